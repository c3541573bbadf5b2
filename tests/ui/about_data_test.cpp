// The About screen's "Your data on this device": its two buttons, driven with the mouse, ask the
// platform to save or load a file, and what came of it is shown on the screen.
#include <catch2/catch.hpp>

#include "device_data.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

TEST_CASE("the About screen saves the device's data to a file and loads it back") {
  UiDriver ui(test::shipped_content(5), 768, 1024, 2);  // a tablet
  ui.click("menu-about");
  REQUIRE(ui.session().screen() == Screen::About);
  CHECK_FALSE(ui.visible("data-notice"));

  ui.scroll_to("data-export");
  // Big enough for a finger: at least two lines of text high.
  const ui::ItemRect* button = ui::find_mark("data-export");
  REQUIRE(button);
  CHECK(button->h >= 2 * ImGui::GetFontSize());
  CHECK(button->label == "Save to a file");
  ui.click("data-export");
  SessionEffects asked = ui.session().take_effects();
  CHECK(asked.export_data);
  CHECK_FALSE(asked.choose_import_file);
  ui.session().apply(session_action::DataExported{"antirumour-data-2026-12-02.json", ""});
  ui.frames(2);
  ui.scroll_to("data-notice");
  REQUIRE(ui.visible("data-notice"));
  CHECK(ui::find_mark("data-notice")->label == "Saved: antirumour-data-2026-12-02.json");

  ui.click("data-import");
  CHECK(ui.session().take_effects().choose_import_file);
  Progress other;
  other.rounds_played = 6;
  ui.session().apply(session_action::ImportData{"from-the-laptop.json",
                                                write_device_data({"2026-12-01", other}), ""});
  ui.frames(2);
  ui.scroll_to("data-notice");
  REQUIRE(ui.visible("data-notice"));
  CHECK(ui::find_mark("data-notice")->label.find("Loaded from from-the-laptop.json") == 0);
  CHECK(ui.session().progress().rounds_played == 6);

  ui.session().apply(session_action::ImportData{"broken.json", "{\"format\": 1,", ""});
  ui.frames(2);
  ui.scroll_to("data-notice");
  CHECK(ui::find_mark("data-notice")->label.find("Nothing was loaded from broken.json") == 0);
  CHECK(ui.session().progress().rounds_played == 6);
}

TEST_CASE("the data section speaks the player's language") {
  UiDriver ui(test::shipped_content(5, "eu"));
  ui.click("menu-about");
  ui.scroll_to("data-import");
  CHECK(ui::find_mark("data-import")->label == "Kargatu fitxategi batetik");
  ui.session().apply(session_action::ImportData{"x.json", "", "cannot read this file"});
  ui.frames(2);
  ui.scroll_to("data-notice");
  CHECK(ui::find_mark("data-notice")->label.find("Ez da ezer kargatu x.json") == 0);
}
