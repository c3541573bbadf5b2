// The page that explains techniques, driven through the real screens with simulated mouse input:
// before the first technique round, with three techniques and their invented examples, then Start;
// from the setup screen's "What are techniques?" and Back.
#include <catch2/catch.hpp>

#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

TEST_CASE("the first technique round starts on the page that explains techniques", "[prebunk]") {
  UiDriver ui(test::shipped_content(23), 768, 1024);  // a tablet
  ui.click("menu-play");
  ui.click("mode-technique");
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.session().screen() == Screen::Techniques);
  ui.frames(2);
  const auto shown = prebunk_techniques();
  for (size_t i = 0; i < shown.size(); ++i) {
    const std::string id = "prebunk-" + std::to_string(i);
    ui.scroll_to(id);
    const ui::ItemRect* named = ui::find_mark(id);
    REQUIRE(named != nullptr);
    CHECK(named->label == ui.session().tr(std::string("technique.") + to_string(shown[i])));
  }
  CHECK_FALSE(ui.session().progress().techniques_explained);
  ui.scroll_to("prebunk-start");
  ui.click("prebunk-start");
  REQUIRE(ui.session().screen() == Screen::Play);
  CHECK(ui.session().round().settings().mode == Mode::Technique);
  CHECK(ui.session().round().technique_choices().size() == 4);
  CHECK(ui.session().progress().techniques_explained);
}

TEST_CASE("\"What are techniques?\" on the setup screen opens the page; Back returns",
          "[prebunk]") {
  UiDriver ui(test::shipped_content(24), 390, 844);  // a phone
  ui.click("menu-play");
  ui.click("what-are-techniques");
  REQUIRE(ui.session().screen() == Screen::Techniques);
  ui.frames(2);
  CHECK(ui.visible("prebunk-0"));
  ui.click("back");
  CHECK(ui.session().screen() == Screen::Setup);
  CHECK_FALSE(ui.session().progress().techniques_explained);
}
