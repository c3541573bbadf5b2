// The editor as a facilitator uses it: opened from About, typed into by keyboard (accents and «»
// included), each field's problem shown under it until it is fixed, then kept on the device,
// played, exported, and found again after a restart.
#include <catch2/catch.hpp>

#include "csv_import.h"
#include "pack_loader.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;
namespace de = session_action::draft_edit;

namespace {

void type_into(UiDriver& ui, const std::string& field, const std::string& text) {
  ui.scroll_to("field-" + field);
  ui.click("field-" + field);
  ui.type(text);
  ui.frames(2);
}

// What an author writes in every field but the rumour's Spanish text, through the same edits the
// screen sends (the typing itself is tested field by field above them).
void fill_the_rest(Session& s) {
  auto set = [&](FieldAt at, const std::string& v) {
    s.apply(session_action::EditDraft{de::Set{std::move(at), v}});
  };
  for (std::string l : {"es", "eu", "en"}) {
    set({-1, -1, "title", l}, "Mi barrio " + l);
    if (l != "en") set({0, -1, "rumour", l}, "Dicen que… " + l);
    set({0, -1, "fact.text", l}, "En 2023, un dato " + l);
    set({0, -1, "explanation", l}, "Porque " + l);
    set({0, -1, "discussion", l}, "¿Qué opinas? " + l);
    for (int r = 0; r < 3; ++r) {
      set({0, r, "text", l}, "Respuesta " + std::to_string(r) + l);
      set({0, r, "feedback", l}, "Lo que hace " + std::to_string(r) + l);
    }
  }
  set({-1, -1, "authors"}, "Ana");
  set({-1, -1, "licence"}, "CC-BY-4.0");
  set({-1, -1, "last_reviewed"}, "2026-11-30");
  set({0, -1, "fact.source.institution"}, "Eustat");
  set({0, -1, "fact.source.title"}, "Estadística");
  set({0, -1, "fact.source.year"}, "2023");
  set({0, -1, "fact.source.area"}, "Bilbao");
  set({0, -1, "fact.source.url"}, "https://www.eustat.eus/");
}

}  // namespace

TEST_CASE("a facilitator writes a rumour by keyboard, sees each problem go, keeps and plays it") {
  UiDriver ui(test::shipped_content(5), 768, 1024, 2);  // a tablet
  ui.click("menu-about");
  ui.scroll_to("write-pack");
  ui.click("write-pack");
  ui.frames(2);
  REQUIRE(ui.session().screen() == Screen::Editor);
  const PackDraft* d = ui.session().draft();
  REQUIRE(d);
  CHECK(d->id() == "my-pack");
  REQUIRE(ui.visible("editor-state"));
  CHECK(ui::find_mark("editor-state")->label.find("things to fix") != std::string::npos);

  // The rumour in English is missing: said under its box, in the loader's words.
  // (Scrolled to the problem itself: under its box, it may be just below the window's edge.)
  ui.scroll_to("problem-s0-rumour-en");
  REQUIRE(ui.visible("problem-s0-rumour-en"));
  CHECK(ui::find_mark("problem-s0-rumour-en")->label.find("en text is missing") !=
        std::string::npos);
  type_into(ui, "s0-rumour-en", "They say «everyone» here gets a flat — café talk");
  CHECK(d->get({0, -1, "rumour", "en"}) == "They say «everyone» here gets a flat — café talk");
  CHECK(d->problems_at({0, -1, "rumour", "en"}).empty());
  ui.scroll_to("problem-s0-rumour-es");  // the box above: its problem stays, this one's is gone
  REQUIRE(ui.visible("field-s0-rumour-en"));
  CHECK_FALSE(ui.visible("problem-s0-rumour-en"));
  // Autosaved at once: the draft's save holds what was typed.
  auto effects = ui.session().take_effects();
  REQUIRE(effects.draft_to_save);
  CHECK(effects.draft_to_save->find("café talk") != std::string::npos);

  // A year that is not one is blamed on the year's box.
  type_into(ui, "s0-fact.source.year", "20x3");
  ui.scroll_to("problem-s0-fact.source.year");
  REQUIRE(ui.visible("problem-s0-fact.source.year"));
  CHECK(ui::find_mark("problem-s0-fact.source.year")->label.find("20x3") != std::string::npos);
  // A word is picked with a chip.
  ui.scroll_to("chip-s0-topic-housing");
  ui.click("chip-s0-topic-housing");
  ui.scroll_to("chip-s0-techniques-zero_sum");
  ui.click("chip-s0-techniques-zero_sum");
  ui.frames(2);
  CHECK(d->get({0, -1, "topic"}) == "housing");
  CHECK(d->get({0, -1, "techniques"}) == "zero_sum");

  // Keeping a pack with problems is refused, and says so.
  ui.scroll_to("editor-save");
  ui.click("editor-save");
  ui.frames(2);
  CHECK(ui.session().editor_notice().kind == EditorNotice::Kind::SaveRefused);
  CHECK_FALSE(ui.session().has_pack("my-pack"));

  fill_the_rest(ui.session());
  ui.frames(2);
  for (const auto& p : d->problems()) INFO(format_problem(p));
  REQUIRE(d->ready());
  ui.scroll_to("editor-state");
  CHECK(ui::find_mark("editor-state")->label == "Ready: this pack loads in the game.");

  // A rumour id a shipped pack already uses keeps the pack out of the game: said, not kept.
  const std::string taken = ui.session().library().packs().front().scenarios.front().id;
  ui.session().apply(session_action::EditDraft{de::Set{{0, -1, "id"}, taken}});
  ui.frames(2);
  ui.scroll_to("editor-save");
  ui.click("editor-save");
  ui.frames(2);
  CHECK(ui.session().editor_notice().kind == EditorNotice::Kind::SaveRefused);
  REQUIRE_FALSE(ui.session().editor_notice().problems.empty());
  CHECK(ui.session().editor_notice().problems.front().message.find(taken) != std::string::npos);
  CHECK_FALSE(ui.session().has_pack("my-pack"));
  CHECK_FALSE(ui.session().is_device_pack("my-pack"));
  ui.session().apply(session_action::EditDraft{de::Set{{0, -1, "id"}, "my-bakery"}});
  ui.frames(2);

  ui.scroll_to("editor-save");
  ui.click("editor-save");
  ui.frames(2);
  CHECK(ui.session().editor_notice().kind == EditorNotice::Kind::Saved);
  CHECK(ui.session().has_pack("my-pack"));
  CHECK(ui.session().is_device_pack("my-pack"));
  ui.scroll_to("editor-notice");
  CHECK(ui::find_mark("editor-notice")->label.find("Kept on this device") == 0);

  // Download: the JSON handed out is the pack checked, and loads as it is.
  ui.scroll_to("editor-download-json");
  ui.click("editor-download-json");
  effects = ui.session().take_effects();
  REQUIRE(effects.draft_to_export == session_action::DraftFormat::Json);
  auto loaded = load_pack(ui.session().draft_export(session_action::DraftFormat::Json),
                          ui.session().draft_file_name(session_action::DraftFormat::Json), 2026);
  REQUIRE(loaded.pack);
  CHECK(loaded.pack->scenarios.at(0).rumour.in("en") ==
        "They say «everyone» here gets a flat — café talk");

  // And as a spreadsheet, which the importer reads back to the same rumours.
  ui.scroll_to("editor-download-csv");
  ui.click("editor-download-csv");
  effects = ui.session().take_effects();
  REQUIRE(effects.draft_to_export == session_action::DraftFormat::Csv);
  CsvImportOptions options;
  options.pack_id = "my-pack";
  options.licence = "CC-BY-4.0";
  options.last_reviewed = "2026-11-30";
  auto csv = import_scenarios_csv(ui.session().draft_export(session_action::DraftFormat::Csv),
                                  "my-pack.csv", 2026, options);
  for (const auto& p : csv.problems) INFO(format_problem(p));
  auto from_csv = load_pack(csv.pack_json, "my-pack.json", 2026);
  REQUIRE(from_csv.pack);
  CHECK(from_csv.pack->scenarios == loaded.pack->scenarios);

  // Play it: a practice round of its rumours, as a player sees them.
  ui.scroll_to("editor-play");
  ui.click("editor-play");
  ui.frames(2);
  REQUIRE(ui.session().screen() == Screen::Play);
  REQUIRE(ui.session().round().current());
  CHECK(ui.session().round().current()->pack_id == "my-pack");
  CHECK(ui.session().round().settings().practice);
}

TEST_CASE("rumours are added, copied, moved and deleted from the editor's buttons; undo") {
  UiDriver ui(test::shipped_content(5), 390, 844, 3);  // a phone
  ui.session().apply(session_action::OpenEditor{""});
  ui.frames(2);
  const PackDraft* d = ui.session().draft();
  REQUIRE(d);
  type_into(ui, "s0-id", "-bakery");
  CHECK(d->scenario_id(0) == "rumour-1-bakery");
  ui.scroll_to("editor-add");
  ui.click("editor-add");
  ui.frames(2);
  CHECK(d->scenario_count() == 2);
  CHECK(ui.session().draft_scenario() == 1);
  ui.scroll_to("editor-up");
  ui.click("editor-up");
  ui.frames(2);
  CHECK(d->scenario_id(1) == "rumour-1-bakery");
  CHECK(ui.session().draft_scenario() == 0);
  ui.scroll_to("editor-duplicate");
  ui.click("editor-duplicate");
  ui.frames(2);
  CHECK(d->scenario_count() == 3);
  ui.scroll_to("editor-delete");
  ui.click("editor-delete");
  ui.frames(2);
  CHECK(d->scenario_count() == 2);
  ui.scroll_to("editor-rumour-1");
  ui.click("editor-rumour-1");
  ui.frames(2);
  CHECK(ui.session().draft_scenario() == 1);
  ui.scroll_to("editor-undo");
  ui.click("editor-undo");  // the delete comes back
  ui.frames(2);
  CHECK(d->scenario_count() == 3);
  // A new pack waits until this one is kept somewhere, and says so.
  ui.scroll_to("editor-new");
  ui.click("editor-new");
  ui.frames(2);
  CHECK(ui.session().editor_notice().kind == EditorNotice::Kind::NotKept);
  CHECK(d->scenario_count() == 3);
  ui.scroll_to("editor-notice");
  CHECK(ui::find_mark("editor-notice")->label.find("not kept anywhere") != std::string::npos);
}

TEST_CASE("the draft is there again after a restart; a damaged draft is kept aside") {
  std::string saved;
  {
    UiDriver ui(test::shipped_content(5), 1280, 800);
    ui.session().apply(session_action::OpenEditor{""});
    ui.frames(2);
    type_into(ui, "s0-rumour-es", "Dicen que «todos» cobran ayudas");
    auto effects = ui.session().take_effects();
    REQUIRE(effects.draft_to_save);
    saved = *effects.draft_to_save;
  }
  SessionContent content = test::shipped_content(5);
  content.saved_draft = saved;
  UiDriver ui(content, 1280, 800);
  ui.session().apply(session_action::OpenEditor{""});
  ui.frames(2);
  REQUIRE(ui.session().draft());
  CHECK(ui.session().draft()->get({0, -1, "rumour", "es"}) == "Dicen que «todos» cobran ayudas");
  CHECK_FALSE(ui.session().draft_kept());  // nothing kept it yet: New pack waits

  SessionContent broken = test::shipped_content(5);
  broken.saved_draft = saved.substr(0, saved.size() / 2);
  UiDriver again(broken, 1280, 800);
  CHECK(again.session().saved_draft_unreadable());
  CHECK_FALSE(again.session().draft());
  bool said = false;
  for (const auto& p : again.session().problems())
    said |= p.file == "saved draft" && p.message.find("kept aside") != std::string::npos;
  CHECK(said);
}

TEST_CASE("a shipped pack is copied under an id of its own; a device pack is edited as it is") {
  UiDriver ui(test::shipped_content(5), 1280, 800);
  ui.click("menu-about");
  ui.scroll_to("edit-pack-universal");
  ui.click("edit-pack-universal");
  ui.frames(2);
  REQUIRE(ui.session().screen() == Screen::Editor);
  const PackDraft* d = ui.session().draft();
  REQUIRE(d);
  CHECK(d->id() == "universal-copy");
  CHECK(d->ready());
  ui.scroll_to("editor-save");
  ui.click("editor-save");
  ui.frames(2);
  REQUIRE(ui.session().is_device_pack("universal-copy"));
  // Opened again from About: the device's pack, as kept.
  ui.session().apply(session_action::GoTo{Screen::About});
  ui.frames(2);
  ui.scroll_to("edit-pack-universal-copy");
  ui.click("edit-pack-universal-copy");
  ui.frames(2);
  CHECK(ui.session().draft()->id() == "universal-copy");
  CHECK(ui.session().draft_kept());
}
