// The Sound button (issue 16): on every main screen, inside the window at the top, on a tablet and
// on a phone; a tap turns sound off or on and keeps the choice with the progress; a workshop
// starts quiet, and the facilitator's tap turns it on for that session only.
#include <algorithm>
#include <catch2/catch.hpp>

#include "screen_text.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

namespace {

// The Sound button is drawn, whole, inside the window, in the top part of the page.
void check_sound_button(UiDriver& ui, float width, float height, const char* where) {
  INFO("on " << where << " at " << width << "x" << height);
  ui.frames(2);
  REQUIRE(ui.visible("sound"));
  const ui::ItemRect& r = *ui::find_mark("sound");
  const float k = ui.pixel_ratio();
  CHECK(r.x >= 0);
  CHECK(r.y >= 0);
  CHECK(r.x + r.w <= width * k + 0.5f);
  CHECK(r.y + r.h <= height * k / 4);  // at the top: found without scrolling
  REQUIRE(ui.visible("lang-en"));
  CHECK(r.h == ui::find_mark("lang-en")->h);  // as easy to hit as the language buttons
  CHECK(r.label.find(ui.session().tr("settings.sound")) != std::string::npos);
}

}  // namespace

TEST_CASE("the Sound button is on every main screen, on a tablet and a phone", "[sound]") {
  struct Size {
    float width, height, ratio;
  };
  for (Size size : {Size{768, 1024, 2}, Size{390, 844, 3}}) {
    UiDriver ui(test::shipped_content(5), size.width, size.height, size.ratio);
    check_sound_button(ui, size.width, size.height, "the title");
    ui.click("menu-play");
    check_sound_button(ui, size.width, size.height, "the setup");
    ui.click("start");
    ui.frames(2);
    if (ui.session().screen() == Screen::Techniques) ui.click("start");  // the page before
    REQUIRE(ui.session().screen() == Screen::Play);
    check_sound_button(ui, size.width, size.height, "a rumour");
    ui.click(std::string("verdict-") + to_string(ui.session().round().current()->verdict));
    check_sound_button(ui, size.width, size.height, "the feedback");
    REQUIRE(ui.session().apply(session_action::Game{action::Finish{}}));
    check_sound_button(ui, size.width, size.height, "the summary");
    REQUIRE(ui.session().apply(session_action::GoTo{Screen::Practices}));
    check_sound_button(ui, size.width, size.height, "the practices");
    REQUIRE(ui.session().apply(session_action::GoTo{Screen::About}));
    check_sound_button(ui, size.width, size.height, "about");
    REQUIRE(ui.session().apply(session_action::GoTo{Screen::Workshop}));
    check_sound_button(ui, size.width, size.height, "the workshop's setup");
  }
}

TEST_CASE("a tap on Sound turns it off and on, kept with the progress and said to screen readers",
          "[sound]") {
  UiDriver ui(test::shipped_content(5), 390, 844, 3);
  ui.frames(2);
  Session& s = ui.session();
  REQUIRE(s.sound_on());  // solo play: on until the player says otherwise
  CHECK(ui::find_mark("sound")->label.rfind("✓ ", 0) == 0);  // on: the check mark, not colour alone
  auto says = [&](const std::string& key) {
    auto lines = screen_text(s);
    return std::find(lines.begin(), lines.end(), s.tr(key)) != lines.end();
  };
  CHECK(says("settings.sound_on"));
  s.take_effects();

  ui.click("sound");
  ui.frames(2);
  CHECK_FALSE(s.sound_on());
  CHECK(s.progress().sound == false);
  SessionEffects e = s.take_effects();
  REQUIRE(e.progress_to_save);
  CHECK(e.progress_to_save->find("\"sound\": false") != std::string::npos);
  CHECK(ui::find_mark("sound")->label == s.tr("settings.sound"));
  CHECK(says("settings.sound_off"));

  ui.click("menu-play");  // still off on the next screen, and a tap there turns it on again
  ui.frames(2);
  ui.click("sound");
  CHECK(s.sound_on());
  CHECK(s.progress().sound == true);
  CHECK(s.take_effects().progress_to_save);
}

TEST_CASE("a workshop starts with sound off; the facilitator turns it on for the session",
          "[sound][workshop]") {
  UiDriver ui(test::shipped_content(5), 768, 1024, 2);
  ui.frames(2);
  Session& s = ui.session();
  REQUIRE(s.sound_on());
  ui.click("menu-workshop");
  ui.frames(2);
  ui.click("begin");
  ui.frames(2);
  REQUIRE(s.workshop().phase() == WorkshopPhase::Asking);
  CHECK_FALSE(s.sound_on());  // a room of tablets stays quiet unless asked
  check_sound_button(ui, 768, 1024, "the workshop's rumour");
  CHECK(ui::find_mark("sound")->label == s.tr("settings.sound"));
  s.take_effects();
  ui.click("sound");
  CHECK(s.sound_on());
  CHECK(s.progress().sound == std::nullopt);  // solo play's choice untouched
  CHECK_FALSE(s.take_effects().progress_to_save);
}
