// A trainer's own pack on the About screen: listed as loaded on this device with a Remove button,
// its facts marked as not checked by the game's authors, a broken one reported with line:column.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "platform.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

namespace {

// The shipped "universal" pack under a new id, title and scenario ids: a pack a trainer could
// write.
std::string own_pack() {
  std::string text;
  REQUIRE(platform::read_text_file(std::string(AR_CONTENT) + "/packs/universal.json", text));
  nlohmann::json j = nlohmann::json::parse(text);
  j["pack"]["id"] = "my-town";
  for (auto& [lang, title] : j["pack"]["title"].items()) title = "My town";
  for (auto& s : j["scenarios"]) s["id"] = "my-town-" + s["id"].get<std::string>();
  return j.dump(2);
}

}  // namespace

TEST_CASE("the About screen lists a pack loaded on this device and removes it") {
  UiDriver ui(test::shipped_content(5), 768, 1024, 2);  // a tablet
  ui.click("menu-about");
  ui.scroll_to("own-pack-load");
  CHECK(ui::find_mark("own-pack-load")->label == "Load a pack");
  ui.click("own-pack-load");
  CHECK(ui.session().take_effects().choose_pack_file);
  ui.session().apply(session_action::LoadPack{"my-town.json", own_pack(), "", ""});
  ui.frames(2);
  ui.scroll_to("own-pack-notice");
  REQUIRE(ui.visible("own-pack-notice"));
  CHECK(ui::find_mark("own-pack-notice")->label.find("my-town, version") == 0);
  ui.scroll_to("own-pack-device-my-town");
  REQUIRE(ui.visible("own-pack-device-my-town"));
  CHECK(ui::find_mark("own-pack-device-my-town")->label ==
        "Loaded on this device: not checked by the game's authors.");
  CHECK_FALSE(ui.visible("own-pack-device-universal"));  // the shipped packs are not marked
  ui.scroll_to("own-pack-remove-my-town");
  CHECK(ui::find_mark("own-pack-remove-my-town")->label == "Remove My town");
  ui.click("own-pack-remove-my-town");
  ui.frames(2);
  CHECK_FALSE(ui.session().has_pack("my-town"));
  CHECK_FALSE(ui.visible("own-pack-remove-my-town"));
  ui.scroll_to("own-pack-notice");
  CHECK(ui::find_mark("own-pack-notice")->label ==
        "The pack my-town was removed from this device.");
}

TEST_CASE(
    "a fact from a pack loaded on this device says it was not checked by the game's authors") {
  UiDriver ui(test::shipped_content(5), 1280, 3000);  // tall: the whole feedback on screen
  ui.session().apply(session_action::LoadPack{"my-town.json", own_pack(), "", ""});
  ui.frames(2);
  ui.click("back");  // the About screen shows what came of loading it
  ui.click("menu-play");
  ui.scroll_to("pack-my-town");
  ui.click("pack-my-town");
  ui.scroll_to("start");
  ui.click("start");
  const Scenario* s = ui.session().round().current();
  REQUIRE(s);
  REQUIRE(s->pack_id == "my-town");
  ui.click(std::string("verdict-") + to_string(s->verdict));
  ui.frames(2);
  REQUIRE(ui.visible("fact-not-checked"));
  CHECK(ui::find_mark("fact-not-checked")->label ==
        "From My town, a pack loaded on this device: not checked by the game's authors.");

  SECTION("a shipped pack's fact has no such line") {
    ui.session().apply(session_action::GoTo{Screen::Title});  // the round's summary first
    ui.session().apply(session_action::GoTo{Screen::Title});
    ui.frames(2);
    ui.click("menu-play");
    ui.scroll_to("pack-universal");
    ui.click("pack-my-town");  // off
    ui.click("pack-universal");
    ui.scroll_to("start");
    ui.click("start");
    const Scenario* shipped = ui.session().round().current();
    REQUIRE(shipped);
    CHECK(shipped->pack_id == "universal");
    ui.click(std::string("verdict-") + to_string(shipped->verdict));
    ui.frames(2);
    CHECK(ui.visible("fact-card"));
    CHECK_FALSE(ui.visible("fact-not-checked"));
  }
}

TEST_CASE("a broken pack's report shows on the About screen with line:column and the field") {
  UiDriver ui(test::shipped_content(5), 768, 1024, 2);
  std::string text = own_pack();
  text.replace(text.find("\"verdict\": \"") + 12, 1, "x");  // "false" -> "xalse": no verdict
  ui.session().apply(session_action::LoadPack{"my-town.json", text, "", ""});
  ui.frames(2);
  REQUIRE(ui.session().screen() == Screen::About);
  ui.scroll_to("own-pack-notice");
  REQUIRE(ui.visible("own-pack-notice"));
  CHECK(ui::find_mark("own-pack-notice")->label ==
        "my-town.json was not loaded; nothing else changed. What to fix:");
  REQUIRE_FALSE(ui.session().pack_notice().problems.empty());
  const Problem& p = ui.session().pack_notice().problems[0];
  CHECK(format_problem(p).find("my-town.json:" + std::to_string(p.line) + ":" +
                               std::to_string(p.column) + ": $.scenarios[0].verdict") == 0);
  CHECK_FALSE(ui.session().has_pack("my-town"));
}

TEST_CASE("a spreadsheet loaded in the game names no licence: its line says 'not stated'") {
  UiDriver ui(test::shipped_content(5), 768, 1024, 2);  // a tablet
  ui.click("menu-about");
  std::string csv;
  REQUIRE(platform::read_text_file(std::string(AR_CONTENT) + "/scenario-template.csv", csv));
  ui.session().apply(session_action::LoadPack{"my-sheet.csv", csv, "", "2026-11-30"});
  ui.frames(2);
  REQUIRE(ui.session().has_pack("my-sheet"));
  ui.scroll_to("pack-line-my-sheet");
  REQUIRE(ui.visible("pack-line-my-sheet"));
  const std::string line = ui::find_mark("pack-line-my-sheet")->label;
  CHECK(line.find("facts checked 2026-11-30, licence not stated") != std::string::npos);
  ui.scroll_to("pack-line-universal");
  CHECK(ui::find_mark("pack-line-universal")->label.find("licence CC-BY-4.0") != std::string::npos);
}
