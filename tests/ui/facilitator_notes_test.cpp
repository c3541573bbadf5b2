// Facilitator notes (format 2) are kept in the model for the facilitator's screens and never drawn
// on a player's: a round played through the screens never shows or mirrors them.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "screen_text.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

namespace {

const std::string note = "FACILITATOR ONLY";

// The shipped packs with a facilitator's note on every scenario.
SessionContent content_with_notes(uint64_t seed) {
  SessionContent content = test::shipped_content(seed);
  for (auto& file : content.packs) {
    nlohmann::json pack = nlohmann::json::parse(file.text);
    for (auto& s : pack["scenarios"])
      for (const char* lang : {"es", "eu", "en"})
        s["facilitator_notes"][lang] = note + " " + s["id"].get<std::string>();
    file.text = pack.dump();
  }
  return content;
}

// Nothing on the screen (its mirror, every marked widget's words) holds the note.
void check_no_note(UiDriver& ui) {
  for (const auto& line : screen_text(ui.session())) {
    INFO(line);
    CHECK(line.find(note) == std::string::npos);
  }
  for (const auto& [id, rect] : ui::all_marks()) {
    INFO(id << ": " << rect.label);
    CHECK(rect.label.find(note) == std::string::npos);
  }
}

}  // namespace

TEST_CASE("workshop: facilitator notes only for the facilitator, folded, never behind the PIN",
          "[workshop]") {
  UiDriver ui(content_with_notes(43), 1280, 3000);
  ui.click("menu-workshop");
  ui.click("pin");
  ui.type("1357");
  ui.click("begin");
  ui.frames(2);
  ui.click("reveal");
  ui.frames(2);
  REQUIRE(ui.session().workshop().phase() == WorkshopPhase::Revealed);
  check_no_note(ui);  // locked: not even the toggle
  CHECK_FALSE(ui.visible("notes-toggle"));
  for (const char* key : {"pin-1", "pin-3", "pin-5", "pin-7", "pin-OK"}) ui.click(key);
  ui.frames(2);
  check_no_note(ui);  // unlocked: folded away until opened
  ui.click("notes-toggle");
  ui.frames(1);
  const Scenario* s = ui.session().workshop().current()->scenario;
  REQUIRE(ui.visible("facilitator-notes"));
  CHECK(ui::find_mark("facilitator-notes")->label == note + " " + s->id);
  ui.click("next");  // the scoreboard, then the next rumour: folded again
  ui.click("next");
  ui.click("reveal");
  ui.frames(2);
  CHECK_FALSE(ui.visible("facilitator-notes"));
}

TEST_CASE("facilitator notes are loaded but never shown to the player") {
  for (const char* mode : {"mode-verdict", "mode-reply"}) {
    INFO(mode);
    UiDriver ui(content_with_notes(41), 1280, 3000);
    ui.click("menu-play");
    ui.click(mode);
    ui.scroll_to("start");
    ui.click("start");
    int answered = 0;
    while (ui.session().screen() == Screen::Play) {
      const Scenario* s = ui.session().round().current();
      REQUIRE(s != nullptr);
      CHECK(s->facilitator_notes.in("en") == note + " " + s->id);  // in the model
      check_no_note(ui);
      ui.click(std::string(mode) == "mode-verdict" ? "verdict-" + std::string(to_string(s->verdict))
                                                   : "reply-0");
      ui.frames(2);
      check_no_note(ui);
      ui.scroll_to("next");
      ui.click("next");
      ++answered;
    }
    REQUIRE(ui.session().screen() == Screen::Summary);
    CHECK(answered == static_cast<int>(ui.session().round().order().size()));
    check_no_note(ui);
  }
  // And no player's screen reads them: only the workshop's facilitator corner names the field.
  for (const auto& f : std::filesystem::directory_iterator(AR_UI_SOURCES)) {
    if (f.path().filename() == "workshop_screen.cpp") continue;
    std::ifstream in(f.path());
    std::stringstream code;
    code << in.rdbuf();
    INFO(f.path().string());
    CHECK(code.str().find("facilitator_notes") == std::string::npos);
  }
}
