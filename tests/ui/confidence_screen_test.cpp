// Confidence chips in verdict mode and the reply kinds in reply mode, played through the screens:
// the summary shows how often "sure" was right, and which kinds of reply the player reached for.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "screen_text.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

namespace {
void start_round(UiDriver& ui, const char* mode) {
  ui.click("menu-play");
  ui.click(mode);
  ui.click("count-fewer");
  ui.click("count-fewer");  // 5 -> 3 rumours
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.session().screen() == Screen::Play);
}
}  // namespace

TEST_CASE(
    "choosing 'sure' before a verdict shows in the feedback and in the summary's calibration") {
  UiDriver ui(test::shipped_content(21));
  start_round(ui, "mode-verdict");
  const Round& round = ui.session().round();
  int right = 0;
  for (int n = 0; n < 3; ++n) {
    REQUIRE(ui.visible("confidence-sure"));
    CHECK(ui::find_mark("confidence-sure")->label == "Sure");
    ui.click("confidence-sure");
    ui.frames(2);
    CHECK(round.confidence() == Confidence::Sure);
    CHECK(ui::find_mark("confidence-sure")->label == "✓ Sure");  // not by colour alone
    const Scenario* s = round.current();
    Verdict pick = s->verdict;
    if (n == 1)
      for (Verdict v : s->choices)
        if (Scoring::verdict_points(s->verdict, v) == 0) pick = v;
    right += n == 1 ? 0 : 1;
    ui.click(std::string("verdict-") + to_string(pick));
    REQUIRE(round.phase() == Phase::Feedback);
    ui.frames(2);
    ui.scroll_to("confidence-said");  // a quiet line under the explanation
    REQUIRE(ui.visible("confidence-said"));
    CHECK(ui::find_mark("confidence-said")->label == "You said: Sure");
    ui.scroll_to("next");
    ui.click("next");
  }
  REQUIRE(ui.session().screen() == Screen::Summary);
  ui.frames(2);
  ui.scroll_to("calibration-0");
  REQUIRE(ui.visible("calibration-0"));
  CHECK(ui::find_mark("calibration-0")->label == "Sure: right " + std::to_string(right) + " of 3");
  CHECK_FALSE(ui.visible("reply-kinds"));  // a verdict round gives no replies
}

TEST_CASE(
    "a verdict tapped with no confidence chosen records none, and the summary has no calibration") {
  UiDriver ui(test::shipped_content(22));
  start_round(ui, "mode-verdict");
  ui.click("confidence-guessing");
  ui.frames(2);
  ui.click("confidence-guessing");  // tapped again: taken back
  ui.frames(2);
  CHECK_FALSE(ui.session().round().confidence());
  ui.click(std::string("verdict-") + to_string(ui.session().round().current()->verdict));
  CHECK_FALSE(ui.session().round().last_answer()->confidence);
}

TEST_CASE("a reply round's summary groups the replies given by kind") {
  UiDriver ui(test::shipped_content(23));
  start_round(ui, "mode-reply");
  CHECK_FALSE(ui.visible("confidence-sure"));  // confidence is asked in verdict rounds only
  while (ui.session().screen() == Screen::Play) {
    ui.click("reply-0");
    ui.frames(2);
    ui.scroll_to("reply-kind-about");
    REQUIRE(ui.visible("reply-kind-about"));
    ui.scroll_to("next");
    ui.click("next");
  }
  REQUIRE(ui.session().screen() == Screen::Summary);
  ui.frames(2);
  ui.scroll_to("reply-kinds");
  REQUIRE(ui.visible("reply-kinds"));
  CHECK(ui::find_mark("reply-kinds")->label == reply_kind_line(ui.session()));
  CHECK_FALSE(reply_kind_line(ui.session()).empty());
}

TEST_CASE("in a reply round the neighbour answers the reply, in the voice of its kind") {
  // On a phone at ratio 3: the exchange fits its narrow column.
  UiDriver ui(test::shipped_content(24), 390, 844, 3);
  start_round(ui, "mode-reply");
  std::set<std::string> heard;
  for (int n = 0; ui.session().screen() == Screen::Play; ++n) {
    const Scenario& s = *ui.session().round().current();
    const int pick = n % static_cast<int>(s.replies.size());  // a different reply each time
    ui.scroll_to("reply-" + std::to_string(pick));
    ui.click("reply-" + std::to_string(pick));
    ui.frames(2);
    const std::string kind = to_string(s.replies[static_cast<size_t>(pick)].kind);
    const std::string reaction = ui.session().tr("reply_kind." + kind + ".reaction");
    ui.scroll_to("neighbour-reaction");
    REQUIRE(ui.visible("neighbour-reaction"));
    const ui::ItemRect* said = ui::find_mark("neighbour-reaction");
    CHECK(said->label == reaction);
    CHECK(said->x + said->w <= 390 * 3);  // marks are in device px
    // The screen reader hears the same exchange.
    const auto lines = screen_text(ui.session());
    CHECK(std::find(lines.begin(), lines.end(),
                    ui.session().tr("play.neighbour_answers") + " “" + reaction + "”") !=
          lines.end());
    heard.insert(reaction);
    ui.scroll_to("next");
    ui.click("next");
  }
  CHECK(heard.size() >= 2);  // the answer follows the reply, not one line for all
}
