// Plays whole rounds through the real screens with simulated mouse input, as a player would.
#include <catch2/catch.hpp>

#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

namespace {
// Answers every rumour with the right verdict (verdict mode) or the first good reply.
void play_round(UiDriver& ui, bool answer_right) {
  for (int guard = 0; guard < 40 && ui.app().screen() == ui::Screen::Play; ++guard) {
    const Round& round = ui.app().round();
    const Scenario* s = round.current();
    REQUIRE(s != nullptr);
    REQUIRE(round.phase() == Phase::Answering);
    if (round.settings().mode == Mode::Verdict) {
      Verdict pick = s->verdict;
      if (!answer_right)  // a wrong verdict that is not a near miss
        for (Verdict v : s->choices)
          if (Scoring::verdict_points(s->verdict, v) == 0) pick = v;
      ui.click(std::string("verdict-") + to_string(pick));
    } else {
      int pick = 0;
      for (size_t i = 0; i < s->replies.size(); ++i)
        if ((s->replies[i].quality == ReplyQuality::Good) == answer_right)
          pick = static_cast<int>(i);
      ui.click("reply-" + std::to_string(pick));
    }
    REQUIRE(round.phase() == Phase::Feedback);
    REQUIRE(ui.visible("feedback-result"));
    ui.scroll_to("next");
    ui.click("next");
  }
}
}  // namespace

TEST_CASE("a verdict round played through the screens ends protected when every answer is right") {
  UiDriver ui(test::shipped_content(11));
  REQUIRE(ui.app().screen() == ui::Screen::Title);
  ui.click("menu-play");
  REQUIRE(ui.app().screen() == ui::Screen::Setup);
  ui.click("mode-verdict");
  ui.click("count-fewer");
  ui.click("count-fewer");  // 5 -> 3 rumours
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.app().screen() == ui::Screen::Play);
  CHECK(ui.app().round().order().size() == 3);
  play_round(ui, true);
  REQUIRE(ui.app().screen() == ui::Screen::Summary);
  CHECK(ui.app().round().points() == 30);
  CHECK(ui.app().round().best_streak() == 3);
  CHECK(ui.app().round().is_protected());
  CHECK(ui.visible("summary-result"));
  CHECK(ui.app().progress().best_score.at("verdict") == 100);
}

TEST_CASE("wrong verdicts flood the umbrella and list the believed rumours, each reopenable") {
  UiDriver ui(test::shipped_content(12));
  ui.click("menu-play");
  ui.click("count-fewer");
  ui.click("count-fewer");
  ui.scroll_to("start");
  ui.click("start");
  play_round(ui, false);
  REQUIRE(ui.app().screen() == ui::Screen::Summary);
  CHECK(ui.app().round().points() == 0);
  CHECK_FALSE(ui.app().round().is_protected());
  REQUIRE(ui.app().round().believed().size() == 3);
  ui.scroll_to("believed-1");
  ui.click("believed-1");
  REQUIRE(ui.app().reopened_fact() == ui.app().round().believed()[1]->scenario);
  ui.scroll_to("source-link");
  ui.click("source-link");
  auto effects = ui.app().take_effects();
  REQUIRE(effects.links_to_open.size() == 1);
  CHECK(effects.links_to_open[0] == ui.app().round().believed()[1]->scenario->fact.source.url);
}

TEST_CASE("a reply round played through the screens scores the replies' quality") {
  UiDriver ui(test::shipped_content(13));
  ui.click("menu-play");
  ui.click("mode-reply");
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.app().round().settings().mode == Mode::Reply);
  play_round(ui, true);
  REQUIRE(ui.app().screen() == ui::Screen::Summary);
  CHECK(ui.app().round().points() == 50);
  CHECK(ui.app().round().results_by_topic().size() >= 1);
}

TEST_CASE("a practice round scores nothing and says so") {
  UiDriver ui(test::shipped_content(14));
  ui.click("menu-play");
  ui.click("practice-toggle");
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.app().round().settings().practice);
  play_round(ui, true);
  REQUIRE(ui.app().screen() == ui::Screen::Summary);
  CHECK(ui.app().round().points() == 0);
  CHECK_FALSE(ui.visible("summary-result"));
  CHECK(ui.app().progress().best_score.empty());
}

TEST_CASE("choosing one topic plays only rumours on that topic") {
  UiDriver ui(test::shipped_content(15));
  ui.click("menu-play");
  ui.click("topic-housing");
  ui.scroll_to("start");
  ui.click("start");
  for (const Scenario* s : ui.app().round().order()) CHECK(s->topic == "housing");
}

TEST_CASE("the language buttons switch every text on screen") {
  UiDriver ui(test::shipped_content(16, "es"));
  CHECK(ui.app().language() == "es");
  ui.click("lang-eu");
  CHECK(ui.app().language() == "eu");
  ui.click("lang-en");
  CHECK(ui.app().language() == "en");
}

TEST_CASE("the screens fit a portrait tablet: the answer buttons stay inside the screen") {
  UiDriver ui(test::shipped_content(17), 768, 1024);
  ui.click("menu-play");
  ui.scroll_to("start");
  ui.click("start");
  const Scenario* s = ui.app().round().current();
  REQUIRE(s != nullptr);
  for (Verdict v : s->choices) {
    const ui::ItemRect* r = ui::find_mark(std::string("verdict-") + to_string(v));
    REQUIRE(r != nullptr);
    CHECK(r->x >= 0);
    CHECK(r->x + r->w <= 768);
    CHECK(r->h >= ImGui::GetFontSize() * 1.5f);  // large enough for a finger
  }
}
