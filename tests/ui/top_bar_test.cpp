// The bar at the top (issue 16): on a 390 px phone at ratio 3, Back, Sound and the three language
// chips share one row, inside the screen; where there is room the game's name sits beside Back.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>

#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

namespace {

// Every widget of the bar on the same row, none past the right edge (device px).
void check_one_row(float width, float ratio, bool with_back) {
  const ui::ItemRect* sound = ui::find_mark("sound");
  REQUIRE(sound != nullptr);
  for (std::string id : {"back", "lang-es", "lang-eu", "lang-en"}) {
    if (id == "back" && !with_back) continue;
    INFO(id);
    const ui::ItemRect* r = ui::find_mark(id);
    REQUIRE(r != nullptr);
    CHECK(r->center_y() == Approx(sound->center_y()).margin(ratio));
    CHECK(r->x >= 0);
    CHECK(r->x + r->w <= width * ratio);
  }
}

}  // namespace

TEST_CASE("on a phone the top bar is one row: Back, Sound and the languages") {
  for (const char* lang : {"en", "es", "eu"}) {
    INFO(lang);
    UiDriver ui(test::shipped_content(7, lang), 390, 844, 3);
    check_one_row(390, 3, false);  // the title: Sound and the languages
    ui.click("menu-play");
    check_one_row(390, 3, true);
    CHECK_FALSE(ui.visible("bar-name"));  // no room for the name: it is on the title, large
    ui.click("start");
    REQUIRE(ui.session().screen() == Screen::Play);
    check_one_row(390, 3, true);
  }
}

TEST_CASE("on a laptop and a tablet the game's name sits beside Back") {
  for (auto [w, h, ratio] :
       {std::tuple{1280.0f, 800.0f, 1.0f}, std::tuple{768.0f, 1024.0f, 2.0f}}) {
    UiDriver ui(test::shipped_content(), w, h, ratio);
    CHECK_FALSE(ui.visible("bar-name"));  // the title screen shows it large instead
    ui.click("menu-play");
    REQUIRE(ui.visible("bar-name"));
    CHECK(ui::find_mark("bar-name")->label == "Anti-Rumour");
    check_one_row(w, ratio, true);
  }
}
