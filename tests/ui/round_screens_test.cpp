// Plays whole rounds through the real screens with simulated mouse input, as a player would.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>

#include "screen_text.h"
#include "text_size.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

namespace {
// Answers every rumour with the right verdict (verdict mode) or the first good reply.
void play_round(UiDriver& ui, bool answer_right) {
  for (int guard = 0; guard < 40 && ui.session().screen() == Screen::Play; ++guard) {
    const Round& round = ui.session().round();
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
// Plays a round of 3 rumours with wrong verdicts, up to the summary.
void play_wrong_short_round(UiDriver& ui) {
  ui.click("menu-play");
  ui.click("count-fewer");
  ui.click("count-fewer");
  ui.scroll_to("start");
  ui.click("start");
  play_round(ui, false);
  REQUIRE(ui.session().screen() == Screen::Summary);
}
}  // namespace

TEST_CASE("a verdict round played through the screens ends protected when every answer is right") {
  UiDriver ui(test::shipped_content(11));
  REQUIRE(ui.session().screen() == Screen::Title);
  ui.click("menu-play");
  REQUIRE(ui.session().screen() == Screen::Setup);
  ui.click("mode-verdict");
  ui.click("count-fewer");
  ui.click("count-fewer");  // 5 -> 3 rumours
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.session().screen() == Screen::Play);
  CHECK(ui.session().round().order().size() == 3);
  play_round(ui, true);
  REQUIRE(ui.session().screen() == Screen::Summary);
  CHECK(ui.session().round().points() == 30);
  CHECK(ui.session().round().best_streak() == 3);
  CHECK(ui.session().round().is_protected());
  CHECK(ui.visible("summary-result"));
  CHECK(ui.session().progress().best_score.at("verdict") == 100);
}

TEST_CASE("wrong verdicts flood the umbrella and list the believed rumours, each reopenable") {
  UiDriver ui(test::shipped_content(12));
  play_wrong_short_round(ui);
  CHECK(ui.session().round().points() == 0);
  CHECK_FALSE(ui.session().round().is_protected());
  REQUIRE(ui.session().round().believed().size() == 3);
  ui.scroll_to("believed-1");
  ui.click("believed-1");
  REQUIRE(ui.session().reopened_fact() == ui.session().round().believed()[1]->scenario);
  ui.scroll_to("source-link");
  ui.click("source-link");
  auto effects = ui.session().take_effects();
  REQUIRE(effects.links_to_open.size() == 1);
  CHECK(effects.links_to_open[0] == ui.session().round().believed()[1]->scenario->fact.source.url);
}

namespace {
// The feedback leads with the fact: the fact card is drawn above the rumour, which comes small and
// marked as the claim checked, and then the fact again in one line; the rumour is no headline.
void check_fact_first(UiDriver& ui) {
  const Scenario* s = ui.session().round().current();
  REQUIRE(s != nullptr);
  REQUIRE(ui.session().round().phase() == Phase::Feedback);
  ui.frames(3);  // cards take a frame or two to grow to their text
  const std::string& lang = ui.session().language();
  CHECK_FALSE(ui.visible("rumour-text"));  // no rumour card at the top
  const ui::ItemRect* result = ui::find_mark("feedback-result");
  const ui::ItemRect* fact = ui::find_mark("fact-card");
  const ui::ItemRect* claim = ui::find_mark("claim");
  const ui::ItemRect* again = ui::find_mark("fact-again");
  REQUIRE(result != nullptr);
  REQUIRE(fact != nullptr);
  REQUIRE(claim != nullptr);
  REQUIRE(again != nullptr);
  CHECK(result->y < fact->y);
  CHECK(fact->y + fact->h <= claim->y);
  CHECK(claim->y < again->y);
  CHECK(claim->label == s->rumour.in(lang));
  CHECK(again->label.find(fact_in_one_line(s->fact, lang)) != std::string::npos);
  // Each technique the rumour uses, named in one sentence after the fact and the claim.
  REQUIRE_FALSE(s->techniques.empty());
  std::vector<std::string> techniques = technique_lines(ui.session(), *s);
  REQUIRE(techniques.size() == s->techniques.size());
  for (size_t i = 0; i < techniques.size(); ++i) {
    const ui::ItemRect* line = ui::find_mark("technique-" + std::to_string(i));
    REQUIRE(line != nullptr);
    CHECK(line->label == techniques[i]);
    std::string name = ui.session().tr(std::string("technique.") + to_string(s->techniques[i]));
    CHECK(line->label.find(name) != std::string::npos);
    CHECK(fact->y + fact->h <= line->y);
    CHECK(claim->y < line->y);
    CHECK(line->y < again->y);
  }
}
}  // namespace

TEST_CASE("the feedback puts the fact first and the rumour after it, as the claim checked") {
  for (Mode mode : {Mode::Verdict, Mode::Reply}) {
    INFO((mode == Mode::Verdict ? "verdict" : "reply"));
    UiDriver ui(test::shipped_content(21), 1280, 3000);  // tall: the whole feedback on screen
    ui.click("menu-play");
    ui.click(mode == Mode::Verdict ? "mode-verdict" : "mode-reply");
    ui.scroll_to("start");
    ui.click("start");
    const Scenario* s = ui.session().round().current();
    REQUIRE(s != nullptr);
    ui.click(mode == Mode::Verdict ? std::string("verdict-") + to_string(s->verdict)
                                   : std::string("reply-0"));
    check_fact_first(ui);
    ui.scroll_to("next");
    ui.click("next");  // Next stays reachable
    CHECK((ui.session().round().position() == 1 || ui.session().screen() == Screen::Summary));
  }
}

TEST_CASE("the summary lists what to read again by its fact and verdict, not by the rumour") {
  UiDriver ui(test::shipped_content(12), 1280, 3000);
  play_wrong_short_round(ui);
  ui.frames(2);
  const Session& session = ui.session();
  auto believed = session.round().believed();
  REQUIRE(believed.size() == 3);
  for (size_t i = 0; i < believed.size(); ++i) {
    const Scenario* s = believed[i]->scenario;
    const ui::ItemRect* item = ui::find_mark("believed-" + std::to_string(i));
    REQUIRE(item != nullptr);
    INFO(item->label);
    CHECK(item->label.find(fact_in_one_line(s->fact, "en")) != std::string::npos);
    CHECK(item->label.find(session.tr(std::string("verdict.") + to_string(s->verdict))) !=
          std::string::npos);
    CHECK(item->label.find(s->rumour.in("en")) == std::string::npos);
  }
  // The techniques of the three rumours, every one missed: named under their own heading.
  std::vector<std::string> tally = technique_tally_lines(session);
  REQUIRE(tally.size() == 1);  // all missed, none spotted
  CHECK(tally[0].rfind("Techniques that got past you: ", 0) == 0);
  const ui::ItemRect* missed = ui::find_mark("technique-tally-0");
  REQUIRE(missed != nullptr);
  CHECK(missed->label == tally[0]);
  for (size_t i = 0; i < believed.size(); ++i)
    for (Technique t : believed[i]->scenario->techniques)
      CHECK(tally[0].find(session.tr(std::string("technique.") + to_string(t))) !=
            std::string::npos);
  ui.click("believed-0");  // reopening still shows the fact
  CHECK(session.reopened_fact() == believed[0]->scenario);
  ui.frames(2);
  CHECK(ui.visible("fact-card"));
}

TEST_CASE("a reply round played through the screens scores the replies' quality") {
  UiDriver ui(test::shipped_content(13));
  ui.click("menu-play");
  ui.click("mode-reply");
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.session().round().settings().mode == Mode::Reply);
  play_round(ui, true);
  REQUIRE(ui.session().screen() == Screen::Summary);
  CHECK(ui.session().round().points() == 50);
  CHECK(ui.session().round().results_by_topic().size() >= 1);
}

TEST_CASE("a practice round scores nothing and says so") {
  UiDriver ui(test::shipped_content(14));
  ui.click("menu-play");
  ui.click("practice-toggle");
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.session().round().settings().practice);
  play_round(ui, true);
  REQUIRE(ui.session().screen() == Screen::Summary);
  CHECK(ui.session().round().points() == 0);
  CHECK_FALSE(ui.visible("summary-result"));
  CHECK(ui.session().progress().best_score.empty());
}

TEST_CASE("choosing one topic plays only rumours on that topic") {
  UiDriver ui(test::shipped_content(15));
  ui.click("menu-play");
  ui.click("topic-housing");
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.session().screen() == Screen::Play);
  REQUIRE(ui.session().round().phase() == Phase::Answering);
  REQUIRE_FALSE(ui.session().round().order().empty());
  for (const Scenario* s : ui.session().round().order()) CHECK(s->topic == "housing");
}

namespace {
// The words on every labelled widget of the screen shown, by widget.
std::map<std::string, std::string> labels_on_screen() {
  std::map<std::string, std::string> out;
  for (const auto& [id, rect] : ui::all_marks())
    if (!rect.label.empty() && id.rfind("lang-", 0) != 0 &&
        rect.label.find_first_not_of("0123456789") != std::string::npos)  // a count stays
      out[id] = rect.label;
  return out;
}

// Switches language with the top bar's buttons and checks that every labelled widget now shows
// other words (a language code, a number or a name such as "Bilbao" may stay the same).
void check_every_label_changes(UiDriver& ui, const std::string& screen) {
  ui.frames(3);  // cards take a frame or two to grow to their text
  std::map<std::string, std::string> before = labels_on_screen();
  REQUIRE(before.size() >= 3);
  for (const char* lang : {"eu", "en", "es"}) {
    INFO(screen << " in " << lang);
    ui.click(std::string("lang-") + lang);
    REQUIRE(ui.session().language() == lang);
    ui.frames(3);
    std::map<std::string, std::string> after = labels_on_screen();
    CHECK(after.size() == before.size());
    for (const auto& [id, text] : before) {
      INFO(id << ": " << text);
      REQUIRE(after.count(id) == 1);
      CHECK(after[id] != text);
    }
    before = after;
  }
}
}  // namespace

TEST_CASE("the language buttons switch every text on screen") {
  UiDriver ui(test::shipped_content(16, "es"), 1280, 1600);  // tall: every answer on screen
  CHECK(ui.session().language() == "es");
  check_every_label_changes(ui, "title");
  ui.click("menu-play");
  REQUIRE(ui.session().screen() == Screen::Setup);
  check_every_label_changes(ui, "setup");
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.session().screen() == Screen::Play);
  const Scenario* s = ui.session().round().current();
  check_every_label_changes(ui, "rumour");     // the rumour and the verdicts, in the new language
  CHECK(ui.session().round().current() == s);  // the round goes on
}

TEST_CASE("the screens fit a portrait tablet: the answer buttons stay inside the screen") {
  UiDriver ui(test::shipped_content(17), 768, 1024);
  ui.click("menu-play");
  ui.scroll_to("start");
  ui.click("start");
  const Scenario* s = ui.session().round().current();
  REQUIRE(s != nullptr);
  for (Verdict v : s->choices) {
    const ui::ItemRect* r = ui::find_mark(std::string("verdict-") + to_string(v));
    REQUIRE(r != nullptr);
    CHECK(r->x >= 0);
    CHECK(r->x + r->w <= 768);
    CHECK(r->h >= ImGui::GetFontSize() * 1.5f);  // large enough for a finger
  }
}

TEST_CASE("a round played with the keyboard only: number keys answer, Enter goes on") {
  UiDriver ui(test::shipped_content(18));
  ui.click("menu-play");
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.session().screen() == Screen::Play);
  size_t count = ui.session().round().order().size();
  REQUIRE(count >= 1);
  for (size_t i = 0; i < count; ++i) {
    const Scenario* s = ui.session().round().current();
    REQUIRE(s != nullptr);
    REQUIRE(ui.session().round().phase() == Phase::Answering);
    // The key of the right verdict, by its place among the choices shown.
    auto at = std::find(s->choices.begin(), s->choices.end(), s->verdict);
    REQUIRE(at != s->choices.end());
    ui.press(static_cast<ImGuiKey>(ImGuiKey_1 + (at - s->choices.begin())));
    REQUIRE(ui.session().round().phase() == Phase::Feedback);
    CHECK(ui.session().round().last_answer()->outcome == Outcome::Right);
    ui.press(ImGuiKey_Enter);
  }
  CHECK(ui.session().screen() == Screen::Summary);
  CHECK(ui.session().round().points() == static_cast<int>(count) * Scoring::full_points);
}

TEST_CASE("the text-size buttons on the title make every screen's text larger or smaller") {
  UiDriver ui(test::shipped_content(19));
  ui.frames(3);
  float normal = ImGui::GetFontSize();
  ui.click("text-larger");
  ui.click("text-larger");
  ui.frames(3);
  CHECK(ui.session().progress().text_step == Progress::text_steps - 1);
  CHECK(ImGui::GetFontSize() > normal * 1.3f);
  CHECK(ui.session().take_effects().progress_to_save.has_value());  // kept on this device
  for (int i = 0; i + 1 < Progress::text_steps; ++i) ui.click("text-smaller");
  ui.frames(3);
  CHECK(ui.session().progress().text_step == 0);
  CHECK(ImGui::GetFontSize() < normal);
}

TEST_CASE("a spot-the-technique round played through the screens scores the techniques named") {
  UiDriver ui(test::shipped_content(17), 1280, 3000);
  ui.click("menu-play");
  ui.click("mode-technique");
  REQUIRE(ui.session().setup().mode == Mode::Technique);
  ui.click("count-fewer");
  ui.click("count-fewer");  // 5 -> 3 rumours
  ui.scroll_to("start");
  ui.click("start");
  // The first technique round starts with the page that explains three techniques.
  REQUIRE(ui.session().screen() == Screen::Techniques);
  ui.scroll_to("prebunk-start");
  ui.click("prebunk-start");
  REQUIRE(ui.session().screen() == Screen::Play);
  const Round& round = ui.session().round();
  REQUIRE(round.order().size() == 3);
  int answered = 0;
  while (ui.session().screen() == Screen::Play) {
    const Scenario* s = round.current();
    REQUIRE(s != nullptr);
    const auto& offered = round.technique_choices();
    REQUIRE(offered.size() == 4);
    for (Technique t : offered) CHECK(ui.visible(std::string("technique-") + to_string(t)));
    // The first answer right, the others wrong.
    Technique pick = offered[0];
    for (Technique t : offered)
      if ((std::find(s->techniques.begin(), s->techniques.end(), t) != s->techniques.end()) ==
          (answered == 0))
        pick = t;
    ui.click(std::string("technique-") + to_string(pick));
    REQUIRE(round.phase() == Phase::Feedback);
    ui.frames(2);
    const ui::ItemRect* picked = ui::find_mark("technique-picked");
    REQUIRE(picked != nullptr);
    CHECK(picked->label.find(ui.session().tr(std::string("technique.") + to_string(pick))) !=
          std::string::npos);
    CHECK(ui.visible("technique-0"));  // the rumour's own technique, named
    ui.scroll_to("next");
    ui.click("next");
    ++answered;
  }
  REQUIRE(ui.session().screen() == Screen::Summary);
  CHECK(answered == 3);
  CHECK(round.points() == Scoring::full_points);
  CHECK(ui.session().progress().best_score.count("technique") == 1);
  ui.frames(2);
  CHECK(ui.visible("technique-tally-0"));
}

TEST_CASE("the fact card holds its 'Open the source' button at every window and text size") {
  // Seen on a projector: the button's words were cut at its bottom edge when the text was larger
  // than the 44 CSS px touch minimum the button was given.
  struct Window {
    float w, h, ratio;
  };
  for (Window win : {Window{1280, 800, 1}, Window{1600, 1080, 1}, Window{1920, 1080, 1},
                     Window{768, 1024, 2}, Window{390, 844, 3}}) {
    for (int step = 0; step < ui::text_step_count; ++step) {
      UiDriver ui(test::shipped_content(7), win.w, win.h, win.ratio);
      ui::set_text_step(step);
      ui.frames(2);
      ui.click("menu-play");
      ui.scroll_to("start");
      ui.click("start");
      ui.click(std::string("verdict-") + to_string(ui.session().round().current()->verdict));
      ui.frames(3);
      ui.scroll_to("source-link");
      ui.frames(2);
      const ui::ItemRect* link = ui::find_mark("source-link");
      const ui::ItemRect* card = ui::find_mark("fact-card");
      INFO(win.w << "x" << win.h << "@" << win.ratio << ", text step " << step);
      REQUIRE(link != nullptr);
      REQUIRE(card != nullptr);
      CHECK(link->y + link->h <= card->y + card->h - 1);  // the card's padding below the button
      CHECK(link->y >= card->y);
      // and the button is as tall as its words need (a 44 px touch minimum cut large text)
      CHECK(link->h >= ImGui::GetFontSize() + 2 * ImGui::GetStyle().FramePadding.y);
    }
  }
  ui::set_text_step(ui::default_text_step);
}
