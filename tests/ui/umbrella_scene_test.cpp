// The umbrella in the rain after an answer and on the summary: what it shows for right and wrong,
// and that it moves only for a moment after the event (the game then sleeps again), and not at
// all with reduced motion. Time is the driver's clock: 1/60 s a frame.
#include <catch2/catch.hpp>

#include "sound_cues.h"
#include "ui_driver.h"
#include "umbrella_scene.h"

using namespace ar;
using ar::test::UiDriver;

namespace {

// A round of `fewer` rumours fewer than the 5 the setup offers.
void start_round(UiDriver& ui, int fewer = 2) {
  ui.click("menu-play");
  ui.click("mode-verdict");
  for (int i = 0; i < fewer; ++i) ui.click("count-fewer");
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.session().screen() == Screen::Play);
}

void answer(UiDriver& ui, bool right) {
  const Scenario* s = ui.session().round().current();
  REQUIRE(s != nullptr);
  Verdict pick = s->verdict;
  if (!right)
    for (Verdict v : s->choices)
      if (Scoring::verdict_points(s->verdict, v) == 0) pick = v;
  ui.click(std::string("verdict-") + to_string(pick));
  REQUIRE(ui.session().round().phase() == Phase::Feedback);
}

// Draws frames until the game stops asking for them; returns the simulated seconds that took.
double seconds_until_still(UiDriver& ui) {
  const double start = ui.now();
  for (int i = 0; i < 600 && ui.wants_frames(); ++i) ui.frame();
  return ui.now() - start;
}

std::string scene() {
  const ui::ItemRect* r = ui::find_mark("umbrella-scene");
  return r ? r->label : "";
}

}  // namespace

TEST_CASE(
    "a right answer opens the umbrella; a miss folds it, tears it and lets the rain through") {
  ui::Umbrella right = ui::umbrella_after(Outcome::Right, 1);
  ui::Umbrella partly = ui::umbrella_after(Outcome::Partly, 0);
  ui::Umbrella wrong = ui::umbrella_after(Outcome::Wrong, 0);
  CHECK(right != wrong);
  CHECK(right != partly);
  CHECK(right.dry);
  CHECK(right.torn == 0);
  CHECK(right.open > right.open_from);  // it opens
  CHECK_FALSE(wrong.dry);
  CHECK(wrong.torn > partly.torn);
  CHECK(wrong.open < right.open);
  CHECK(ui::describe(right) == "open, dry");
  CHECK(ui::describe(wrong) == "folded, torn 2, wet");
  // The summary: protected or flooded, as a picture too.
  CHECK(ui::umbrella_for_round(true).dry);
  CHECK_FALSE(ui::umbrella_for_round(false).dry);
  CHECK(ui::umbrella_for_round(true) != ui::umbrella_for_round(false));
}

TEST_CASE("after an answer the picture moves for a moment, then the game stops asking for frames") {
  UiDriver ui(test::shipped_content(11));
  start_round(ui);
  CHECK_FALSE(ui.visible("umbrella-scene"));  // while asking: the plain meter
  CHECK_FALSE(ui.wants_frames());

  answer(ui, true);
  CHECK(scene() == "open, dry");
  CHECK(ui.wants_frames());  // it moves
  double moving = seconds_until_still(ui);
  CHECK(moving > 0.5);
  CHECK(moving <= 2.0);
  // Still, and it stays still: no more frames asked for, however long the player reads.
  ui.frames(30);
  ui.advance(5);
  ui.frames(3);
  CHECK_FALSE(ui.wants_frames());
  CHECK(scene() == "open, dry");

  // The next rumour: no picture while asking; a miss shows the other picture, for a moment too.
  ui.scroll_to("next");
  ui.click("next");
  CHECK_FALSE(ui.visible("umbrella-scene"));
  CHECK_FALSE(ui.wants_frames());
  answer(ui, false);
  CHECK(scene() == "folded, torn 2, wet");
  CHECK(ui.wants_frames());
  CHECK(seconds_until_still(ui) <= 2.0);
}

TEST_CASE("the summary shows protected or flooded as a picture, moving for a moment only") {
  for (bool right : {true, false}) {
    UiDriver ui(test::shipped_content(12));
    start_round(ui);
    while (ui.session().screen() == Screen::Play) {
      answer(ui, right);
      ui.scroll_to("next");
      ui.click("next");
    }
    REQUIRE(ui.session().screen() == Screen::Summary);
    CHECK(ui.session().round().is_protected() == right);
    CHECK(scene() == ui::describe(ui::umbrella_for_round(right)));
    CHECK(ui.wants_frames());
    CHECK(seconds_until_still(ui) <= 2.0);
    ui.frames(10);
    CHECK_FALSE(ui.wants_frames());
  }
}

TEST_CASE("with reduced motion the still picture comes at once and no frame is asked for") {
  UiDriver ui(test::shipped_content(11));
  ui.click("reduced-motion");
  REQUIRE(ui.session().reduced_motion());
  start_round(ui);
  answer(ui, true);
  CHECK(scene() == "open, dry");
  for (int i = 0; i < 5; ++i) {
    CHECK_FALSE(ui.wants_frames());
    ui.frame();
  }
  ui.scroll_to("next");
  ui.click("next");
  answer(ui, false);
  CHECK(scene() == "folded, torn 2, wet");
  CHECK_FALSE(ui.wants_frames());
}

TEST_CASE("every fifth right answer in a row is celebrated; a miss or a fourth is not") {
  CHECK_FALSE(Scoring::celebrates(0));
  CHECK_FALSE(Scoring::celebrates(4));
  CHECK(Scoring::celebrates(5));
  CHECK_FALSE(Scoring::celebrates(6));
  CHECK(Scoring::celebrates(10));
  CHECK(ui::umbrella_after(Outcome::Right, 5).sun);
  CHECK_FALSE(ui::umbrella_after(Outcome::Right, 4).sun);
  CHECK_FALSE(ui::umbrella_after(Outcome::Wrong, 5).sun);  // a streak never ends on a miss
  CHECK(ui::describe(ui::umbrella_after(Outcome::Right, 5)) == "open, dry, sun");
  // The same moment the applause sounds.
  CHECK(cue_after(Outcome::Right, 5) == Cue::Applause);
  CHECK(cue_after(Outcome::Right, 4) == Cue::Right);
}

TEST_CASE("five right in a row: the sun comes out, said in words too, and then all stands still") {
  for (bool reduced : {false, true}) {
    INFO((reduced ? "reduced motion" : "motion"));
    UiDriver ui(test::shipped_content(13));
    if (reduced) ui.click("reduced-motion");
    start_round(ui, 0);
    REQUIRE(ui.session().round().order().size() == 5);
    for (int n = 1; n <= 5; ++n) {
      INFO("answer " << n);
      answer(ui, true);
      REQUIRE(ui.session().round().streak() == n);
      if (n < 5) {
        CHECK(scene() == "open, dry");
        CHECK_FALSE(ui.visible("streak-cheer"));
        seconds_until_still(ui);
        ui.scroll_to("next");
        ui.click("next");
      }
    }
    CHECK(scene() == "open, dry, sun");
    REQUIRE(ui.visible("streak-cheer"));
    const ui::ItemRect* cheer = ui::find_mark("streak-cheer");
    CHECK(cheer->label.find('5') != std::string::npos);
    CHECK(ui.wants_frames() == !reduced);  // it moves, unless motion is reduced
    CHECK(seconds_until_still(ui) <= 2.0);
    ui.frames(10);
    CHECK_FALSE(ui.wants_frames());
    CHECK(scene() == "open, dry, sun");  // the still picture keeps the sun
  }
}

TEST_CASE("practice rounds score nothing and show no umbrella, so nothing moves") {
  UiDriver ui(test::shipped_content(11));
  ui.click("menu-play");
  ui.click("practice-toggle");
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.session().round().settings().practice);
  answer(ui, true);
  CHECK_FALSE(ui.visible("umbrella-scene"));
  CHECK_FALSE(ui.wants_frames());
}
