// A whole 3-team workshop through the real screens with simulated input, as a facilitator and the
// teams would play it on one tablet: setup, votes, reveal (fact first), scoreboard, debrief,
// results, a new group; and the PIN keypad.
#include <catch2/catch.hpp>

#include "screen_text.h"
#include "ui_driver.h"
#include "workshop_summary.h"
#include "workshop_text.h"

using namespace ar;
using ar::test::UiDriver;

namespace {

// The index (in the scenario's choices) of its right verdict, and of one that earns nothing.
int right_choice(const WorkshopRumour& r) {
  const auto& c = r.scenario->choices;
  return static_cast<int>(std::find(c.begin(), c.end(), r.scenario->verdict) - c.begin());
}
int wrong_choice(const WorkshopRumour& r) {
  for (size_t i = 0; i < r.scenario->choices.size(); ++i)
    if (Scoring::verdict_points(r.scenario->verdict, r.scenario->choices[i]) == 0)
      return static_cast<int>(i);
  return -1;
}
std::string vote(int team, int choice) {
  return "vote-" + std::to_string(team) + "-" + std::to_string(choice);
}

}  // namespace

TEST_CASE("a 3-team workshop played through the screens on a tablet", "[workshop]") {
  UiDriver ui(test::shipped_content(5), 768, 1024, 2);
  ui.click("menu-workshop");
  REQUIRE(ui.session().screen() == Screen::Workshop);
  REQUIRE(ui.visible("team-name-2"));  // three teams to start with
  CHECK_FALSE(ui.visible("team-name-3"));
  ui.click("team-name-0");
  ui.type("Owls");
  ui.click("count-fewer");
  ui.click("count-fewer");
  ui.click("count-fewer");  // 6 -> 3 rumours
  ui.click("timer-60");
  ui.click("begin");
  ui.frames(2);  // the click's frame drew the setup; the next ones draw the rumour
  const Workshop& w = ui.session().workshop();
  REQUIRE(w.phase() == WorkshopPhase::Asking);
  CHECK(w.settings().team_names[0] == "Owls");
  CHECK(w.settings().talk_seconds == 60);
  REQUIRE(w.rumours().size() == 3);

  for (int rumour = 0; rumour < 3; ++rumour) {
    INFO("rumour " << rumour);
    const WorkshopRumour& r = *w.current();
    REQUIRE(ui.visible("rumour-text"));
    CHECK(ui.visible("timer"));
    // A always right; B takes its first answer back and answers wrong; C does not answer (the
    // answers lock only when every team has answered, or the time runs out).
    ui.click(vote(0, right_choice(r)));
    ui.click(vote(1, right_choice(r)));
    ui.click(vote(1, right_choice(r)));
    ui.click(vote(1, wrong_choice(r)));
    CHECK(r.team_choice == std::vector<int>{right_choice(r), wrong_choice(r), -1});
    CHECK_FALSE(r.locked);
    ui.click("reveal");
    ui.frames(2);
    REQUIRE(w.phase() == WorkshopPhase::Revealed);
    // Fact first: after the heading lines, the fact leads; the rumour comes later as the claim.
    std::vector<std::string> lines = screen_text(ui.session());
    REQUIRE(lines.size() > 4);
    CHECK(lines[3] == ui.session().tr("play.fact"));
    REQUIRE(ui.visible("fact-card"));
    CHECK(ar::ui::find_mark("fact-card")->y < ar::ui::find_mark("claim")->y);
    ui.scroll_to("team-result-0");
    CHECK(ar::ui::find_mark("team-result-0")->label.find("✓") != std::string::npos);
    ui.click("next");
    ui.frames(2);
    REQUIRE(w.phase() == WorkshopPhase::Scoreboard);
    CHECK(ar::ui::find_mark("score-A")->label == std::to_string(10 * (rumour + 1)));
    CHECK(ar::ui::find_mark("score-B")->label == "0");
    ui.click("next");
    ui.frames(2);
  }
  REQUIRE(w.phase() == WorkshopPhase::Debrief);
  for (int i = 0; i < 3; ++i) {
    std::string id = "debrief-share-" + std::to_string(i);
    ui.scroll_to(id);
    REQUIRE(ui.visible(id));
    CHECK(ar::ui::find_mark(id)->label == "50");  // one of the two answers right
  }
  // Team B fell for every rumour: each rumour's techniques got through, named by the debrief.
  for (Technique t : w.rumours()[0].scenario->techniques) {
    std::string id = std::string("technique-missed-") + to_string(t);
    ui.scroll_to(id);
    REQUIRE(ui.visible(id));
  }
  ui.click("debrief-open-1");
  CHECK(w.replaying() == 1);
  ui.click("back-to-debrief");
  CHECK_FALSE(w.replaying());
  ui.click("export-csv");
  SessionEffects e = ui.session().take_effects();
  REQUIRE(e.results_to_export == session_action::ResultsFormat::Csv);
  ui.session().apply(session_action::ResultsExported{"antirumour-workshop.csv", ""});
  ui.frames(2);
  ui.scroll_to("export-notice");
  CHECK(ar::ui::find_mark("export-notice")->label == "antirumour-workshop.csv");
  ui.click("new-group");
  CHECK(w.phase() == WorkshopPhase::Setup);
  CHECK(ui.session().workshop_setup().team_names[0].empty());
}

TEST_CASE("voting cards: the facilitator counts each answer with − and +", "[workshop]") {
  UiDriver ui(test::shipped_content(6), 1280, 800, 1);
  ui.click("menu-workshop");
  ui.click("answers-card_count");
  CHECK_FALSE(ui.visible("team-name-0"));
  ui.click("begin");
  const Workshop& w = ui.session().workshop();
  REQUIRE(w.phase() == WorkshopPhase::Asking);
  int right = right_choice(*w.current());
  for (int i = 0; i < 4; ++i) ui.click("cards-" + std::to_string(right) + "-more");
  ui.click("cards-" + std::to_string(right) + "-fewer");
  CHECK(w.current()->card_counts[static_cast<size_t>(right)] == 3);
  ui.click("reveal");
  ui.click("next");  // no scoreboard without teams: straight to the next rumour
  CHECK(w.phase() == WorkshopPhase::Asking);
  CHECK(w.position() == 1);
}

TEST_CASE("the facilitator's PIN: set at setup, entered on the keypad to end the session",
          "[workshop]") {
  UiDriver ui(test::shipped_content(8), 390, 844, 3);
  ui.click("menu-workshop");
  ui.click("pin");
  ui.type("2468");
  ui.click("begin");
  ui.frames(2);
  REQUIRE(ui.session().workshop().phase() == WorkshopPhase::Asking);
  CHECK(ui.session().workshop_locked());
  CHECK_FALSE(ui.visible("back"));  // no way out of the room's session
  CHECK_FALSE(ui.visible("end"));
  for (const char* key : {"pin-1", "pin-1", "pin-1", "pin-1", "pin-OK"}) ui.click(key);
  ui.frames(2);
  CHECK(ui.session().workshop_locked());
  CHECK(ui.session().pin_refused());
  ui.scroll_to("wrong-pin");       // under the keypad
  CHECK(ui.visible("wrong-pin"));  // the session refused it; the keypad says so
  CHECK(ar::ui::find_mark("pin-OK")->label == ui.session().tr("workshop.unlock"));
  for (const char* key : {"pin-2", "pin-4", "pin-6", "pin-8"}) ui.click(key);
  ui.frames(1);
  CHECK(ar::ui::find_mark("pin-typed")->label == "****");
  ui.click("pin-OK");
  ui.frames(1);
  CHECK_FALSE(ui.session().workshop_locked());
  ui.click("end");
  CHECK(ui.session().workshop().phase() == WorkshopPhase::Debrief);
}

TEST_CASE("a workshop of hand-picked rumours from one pack, spotting the technique", "[workshop]") {
  UiDriver ui(test::shipped_content(5), 768, 1024, 2);
  ui.click("menu-workshop");
  const Library& lib = ui.session().library();
  REQUIRE(lib.packs().size() >= 2);
  const std::string pack = lib.packs()[1].info.id;
  ui.click("pack-" + pack);
  ui.click("mode-technique");
  ui.click("draw-pick");
  ui.frames(2);
  CHECK_FALSE(ui.visible("count-more"));  // chosen one by one: no count to set
  // Only the chosen pack's rumours are listed; tap two, in the order the room will hear them.
  const auto& scenarios = lib.packs()[1].scenarios;
  CHECK_FALSE(ui.visible("pick-" + lib.packs()[0].scenarios[0].id));
  const std::string first = scenarios[3].id, second = scenarios[0].id;
  ui.scroll_to("pick-" + first);
  ui.click("pick-" + first);
  ui.scroll_to("pick-" + second);
  ui.click("pick-" + second);
  ui.frames(2);
  CHECK(ar::ui::find_mark("picked-count")->label == "2");
  CHECK(ui.session().workshop_setup().scenario_ids == std::vector<std::string>{first, second});
  ui.scroll_to("begin");
  ui.click("begin");
  ui.frames(2);
  const Workshop& w = ui.session().workshop();
  REQUIRE(w.phase() == WorkshopPhase::Asking);
  CHECK(w.settings().mode == Mode::Technique);
  REQUIRE(w.rumours().size() == 2);
  CHECK(w.rumours()[0].scenario->id == first);
  for (int rumour = 0; rumour < 2; ++rumour) {
    const WorkshopRumour& r = *w.current();
    int right = -1;
    for (int c = 0; c < 4; ++c)
      if (choice_points(r, Mode::Technique, c) == Scoring::full_points) right = c;
    REQUIRE(right >= 0);
    // The chips carry the techniques' names.
    CHECK(ar::ui::find_mark(vote(0, right))->label ==
          ui.session().tr(std::string("technique.") +
                          to_string(r.technique_choices[static_cast<size_t>(right)])));
    for (int t = 0; t < 3; ++t) {
      ui.scroll_to(vote(t, right));
      ui.click(vote(t, t == 0 ? right : (right + 1) % 4));
    }
    ui.scroll_to("reveal");
    ui.click("reveal");
    ui.frames(2);
    CHECK(ui.visible("technique-0"));  // the technique is named after the fact
    ui.scroll_to("next");
    ui.click("next");  // the scoreboard
    ui.frames(2);
    ui.click("next");
    ui.frames(2);
  }
  REQUIRE(w.phase() == WorkshopPhase::Debrief);
  CHECK(w.scoreboard()[0].team == 0);
  ui.scroll_to("export-summary");
  ui.click("export-summary");
  SessionEffects e = ui.session().take_effects();
  REQUIRE(e.results_to_export == session_action::ResultsFormat::Summary);
  std::string page = ui.session().workshop_results(*e.results_to_export, "2026-12-02");
  CHECK(page.find("<!DOCTYPE html>") == 0);
  for (const WorkshopRumour& r : w.rumours())  // every rumour the room was asked, by its fact
    CHECK(page.find(html_escape(fact_in_one_line(r.scenario->fact, ui.session().language()))) !=
          std::string::npos);
}
