// The workshop as a state machine: setup rules, turn order and all-vote, the talk timer, reveal,
// per-team scores, the debrief, the PIN, the results files (parsed back) and resuming from a save.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "device_data.h"
#include "test_library.h"
#include "workshop.h"
#include "workshop_export.h"
#include "workshop_save.h"

using namespace ar;
namespace wa = ar::workshop_action;
using ar::test::make_library;
using ar::test::numbered_pack;
using ar::test::reply_index;

namespace {

const Library& library() {
  static const Library lib = make_library(
      {numbered_pack("pack-a", 1, 10, {"jobs", "health"}, {Verdict::False, Verdict::True})});
  return lib;
}

WorkshopSettings three_teams(TeamAnswers answers = TeamAnswers::AllVote, int count = 3) {
  WorkshopSettings s;
  s.team_names = {"Owls", "", "Foxes"};
  s.answers = answers;
  s.rumour_count = count;
  s.seed = 7;
  return s;
}

// The index of the scenario's choice holding `v` (verdict mode).
int choice_of(const Scenario& s, Verdict v) {
  for (size_t i = 0; i < s.choices.size(); ++i)
    if (s.choices[i] == v) return static_cast<int>(i);
  return -1;
}
int right_choice(const Workshop& w) {
  return choice_of(*w.current()->scenario, w.current()->scenario->verdict);
}
int wrong_choice(const Workshop& w) {
  return choice_of(*w.current()->scenario, ar::test::wrong_verdict(*w.current()->scenario));
}

std::vector<std::vector<std::string>> csv_rows(const std::string& csv) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(csv);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream l(line);
    while (std::getline(l, cell, ',')) cells.push_back(cell);
    if (!line.empty() && line.back() == ',') cells.push_back("");
    rows.push_back(cells);
  }
  return rows;
}

}  // namespace

TEST_CASE("workshop settings: 2 to 8 teams, timer 30-120 s or off, a PIN of 4-8 digits",
          "[workshop]") {
  WorkshopSettings s = three_teams();
  CHECK(settings_problem(s).empty());
  s.team_names = {"Only one"};
  CHECK(settings_problem(s) == "a workshop needs 2 to 8 teams");
  s.team_names.assign(9, "");
  CHECK(settings_problem(s) == "a workshop needs 2 to 8 teams");
  s.answers = TeamAnswers::CardCount;
  s.team_names.clear();
  CHECK(settings_problem(s).empty());  // voting cards: the room, no teams on the device
  s = three_teams();
  s.talk_seconds = 20;
  CHECK(settings_problem(s) == "the talk timer runs 30 to 120 seconds, or is off");
  s.talk_seconds = 120;
  CHECK(settings_problem(s).empty());
  s.pin = "12a4";
  CHECK(settings_problem(s) == "a PIN is 4 to 8 digits");
  s.pin = "123";
  CHECK(settings_problem(s) == "a PIN is 4 to 8 digits");
  s.pin = "2468";
  CHECK(settings_problem(s).empty());
  s.team_names[0] = std::string(25, 'x');
  CHECK(settings_problem(s) == "a team name is longer than 24 characters");

  Workshop w(library());
  s.team_names = {"A"};
  CHECK_FALSE(w.apply(wa::Begin{s}));
  CHECK(w.last_error() == "a workshop needs 2 to 8 teams");
  CHECK(w.phase() == WorkshopPhase::Setup);
}

TEST_CASE("workshop: all teams vote, answers lock when all have voted, the facilitator reveals",
          "[workshop]") {
  Workshop w(library());
  REQUIRE(w.apply(wa::Begin{three_teams()}));
  CHECK(w.phase() == WorkshopPhase::Asking);
  REQUIRE(w.rumours().size() == 3);
  CHECK(w.turn_team() == -1);
  CHECK_FALSE(w.apply(wa::Next{}));  // nothing to move on from before the reveal
  REQUIRE(w.apply(wa::Vote{0, right_choice(w)}));
  REQUIRE(w.apply(wa::Vote{1, wrong_choice(w)}));
  REQUIRE(w.apply(wa::Vote{1, right_choice(w)}));  // a team may change its mind before the lock
  CHECK_FALSE(w.current()->locked);
  REQUIRE(w.apply(wa::Vote{2, wrong_choice(w)}));
  CHECK(w.current()->locked);  // every team has answered
  CHECK_FALSE(w.apply(wa::Vote{2, right_choice(w)}));
  CHECK(w.last_error() == "answers are not open");
  CHECK_FALSE(w.apply(wa::Vote{3, 0}));
  REQUIRE(w.apply(wa::Reveal{}));
  CHECK(w.phase() == WorkshopPhase::Revealed);
  auto board = w.scoreboard();
  REQUIRE(board.size() == 3);
  CHECK(board[0].team == 0);
  CHECK(board[0].points == 10);
  CHECK(board[1].team == 1);
  CHECK(board[1].points == 10);
  CHECK(board[2].team == 2);
  CHECK(board[2].points == 0);
  REQUIRE(w.apply(wa::Next{}));
  CHECK(w.phase() == WorkshopPhase::Scoreboard);
  REQUIRE(w.apply(wa::Next{}));
  CHECK(w.phase() == WorkshopPhase::Asking);
  CHECK(w.position() == 1);
  // The facilitator may reveal before everyone answered: those teams simply did not answer.
  REQUIRE(w.apply(wa::Vote{2, right_choice(w)}));
  REQUIRE(w.apply(wa::Reveal{}));
  board = w.scoreboard();  // all three have 10 now: a tie keeps the team order
  CHECK(board[0].team == 0);
  CHECK(board[2].team == 2);
  CHECK(board[2].points == 10);
  CHECK(board[2].answered == 2);
  CHECK(board[1].answered == 1);  // B did not answer the second rumour
  REQUIRE(w.apply(wa::Next{}));
  REQUIRE(w.apply(wa::Next{}));
  REQUIRE(w.apply(wa::Reveal{}));
  REQUIRE(w.apply(wa::Next{}));
  REQUIRE(w.apply(wa::Next{}));
  CHECK(w.phase() == WorkshopPhase::Debrief);
  CHECK(w.rumours_done() == 3);
}

TEST_CASE("workshop in turn: one team answers each rumour, A, B, C, A, ...", "[workshop]") {
  Workshop w(library());
  REQUIRE(w.apply(wa::Begin{three_teams(TeamAnswers::InTurn, 4)}));
  for (int rumour = 0; rumour < 4; ++rumour) {
    INFO("rumour " << rumour);
    int turn = rumour % 3;
    CHECK(w.turn_team() == turn);
    for (int t = 0; t < 3; ++t) CHECK(w.may_vote(t) == (t == turn));
    CHECK_FALSE(w.apply(wa::Vote{(turn + 1) % 3, right_choice(w)}));
    CHECK(w.last_error() == "it is another team's turn");
    REQUIRE(w.apply(wa::Vote{turn, right_choice(w)}));
    CHECK(w.current()->locked);  // the team in turn has answered
    REQUIRE(w.apply(wa::Reveal{}));
    REQUIRE(w.apply(wa::Next{}));
    REQUIRE(w.apply(wa::Next{}));
  }
  CHECK(w.phase() == WorkshopPhase::Debrief);
  auto board = w.scoreboard();
  CHECK(board[0].team == 0);  // A answered twice (rumours 1 and 4)
  CHECK(board[0].points == 20);
  CHECK(board[1].points == 10);
  CHECK(board[2].points == 10);
}

TEST_CASE("workshop talk timer: answers lock when time runs out; ticks carry elapsed time",
          "[workshop]") {
  Workshop w(library());
  WorkshopSettings s = three_teams();
  s.talk_seconds = 30;
  REQUIRE(w.apply(wa::Begin{s}));
  CHECK(w.timer_running());
  CHECK(w.current()->talk_left_ms == 30000);
  REQUIRE(w.apply(wa::Vote{0, right_choice(w)}));
  REQUIRE(w.apply(wa::Tick{29999}));
  CHECK(w.current()->talk_left_ms == 1);
  CHECK(w.may_vote(1));
  REQUIRE(w.apply(wa::Tick{16}));
  CHECK(w.current()->talk_left_ms == 0);
  CHECK(w.current()->locked);
  CHECK_FALSE(w.timer_running());
  CHECK_FALSE(w.may_vote(1));
  CHECK_FALSE(w.apply(wa::Vote{1, right_choice(w)}));
  CHECK_FALSE(w.apply(wa::Tick{16}));  // nothing runs any more
  REQUIRE(w.apply(wa::Reveal{}));
  REQUIRE(w.apply(wa::Next{}));
  REQUIRE(w.apply(wa::Next{}));
  CHECK(w.current()->talk_left_ms == 30000);  // each rumour gets its own time
  // Everyone answering early stops the clock.
  for (int t = 0; t < 3; ++t) REQUIRE(w.apply(wa::Vote{t, right_choice(w)}));
  CHECK_FALSE(w.timer_running());
}

TEST_CASE("workshop with voting cards: the facilitator enters counts; the debrief spreads them",
          "[workshop]") {
  Workshop w(library());
  WorkshopSettings s = three_teams(TeamAnswers::CardCount, 2);
  s.team_names.clear();
  REQUIRE(w.apply(wa::Begin{s}));
  CHECK_FALSE(w.apply(wa::Vote{0, 0}));
  CHECK(w.last_error() == "this session counts voting cards");
  REQUIRE(w.apply(wa::SetCards{right_choice(w), 12}));
  REQUIRE(w.apply(wa::SetCards{wrong_choice(w), 3}));
  CHECK_FALSE(w.apply(wa::SetCards{0, 1000}));
  CHECK_FALSE(w.apply(wa::SetCards{99, 1}));
  REQUIRE(w.apply(wa::Reveal{}));
  REQUIRE(w.apply(wa::Next{}));
  CHECK(w.phase() == WorkshopPhase::Asking);  // no scoreboard without teams
  REQUIRE(w.apply(wa::SetCards{wrong_choice(w), 9}));
  REQUIRE(w.apply(wa::SetCards{right_choice(w), 1}));
  REQUIRE(w.apply(wa::Reveal{}));
  REQUIRE(w.apply(wa::Next{}));
  REQUIRE(w.phase() == WorkshopPhase::Debrief);
  auto d = w.debrief();
  REQUIRE(d.size() == 2);
  CHECK(d[0].position == 1);  // most missed first: 1 of 10 right
  CHECK(d[0].answers == 10);
  CHECK(d[0].right == 1);
  CHECK(d[0].right_percent() == 10);
  CHECK(d[1].position == 0);  // 12 of 15
  CHECK(d[1].right_percent() == 80);
}

TEST_CASE("workshop debrief: most missed first, replay any rumour; End leaves the unasked out",
          "[workshop]") {
  Workshop w(library());
  REQUIRE(w.apply(wa::Begin{three_teams(TeamAnswers::AllVote, 4)}));
  // Rumour 1: all right. Rumour 2: all wrong. Rumour 3: being asked when the session ends.
  for (int t = 0; t < 3; ++t) REQUIRE(w.apply(wa::Vote{t, right_choice(w)}));
  REQUIRE(w.apply(wa::Reveal{}));
  REQUIRE(w.apply(wa::Next{}));
  REQUIRE(w.apply(wa::Next{}));
  for (int t = 0; t < 3; ++t) REQUIRE(w.apply(wa::Vote{t, wrong_choice(w)}));
  REQUIRE(w.apply(wa::Reveal{}));
  REQUIRE(w.apply(wa::Next{}));
  REQUIRE(w.apply(wa::Next{}));
  REQUIRE(w.apply(wa::Vote{0, right_choice(w)}));
  REQUIRE(w.apply(wa::End{}));
  CHECK(w.phase() == WorkshopPhase::Debrief);
  CHECK(w.rumours().size() == 2);
  auto d = w.debrief();
  REQUIRE(d.size() == 2);
  CHECK(d[0].position == 1);
  CHECK(d[0].right_percent() == 0);
  CHECK(d[1].position == 0);
  CHECK(d[1].right_percent() == 100);
  CHECK(w.current() == nullptr);
  REQUIRE(w.apply(wa::Replay{1}));
  CHECK(w.current() == &w.rumours()[1]);
  CHECK_FALSE(w.apply(wa::Replay{2}));
  REQUIRE(w.apply(wa::CloseReplay{}));
  CHECK(w.current() == nullptr);
  CHECK_FALSE(w.apply(wa::End{}));
}

TEST_CASE("workshop hand-picked list: those rumours in that order; unknown or twice is refused",
          "[workshop]") {
  Workshop w(library());
  WorkshopSettings s = three_teams();
  s.scenario_ids = {"rumour-4", "rumour-2"};
  REQUIRE(w.apply(wa::Begin{s}));
  REQUIRE(w.rumours().size() == 2);
  CHECK(w.rumours()[0].scenario->id == "rumour-4");
  CHECK(w.rumours()[1].scenario->id == "rumour-2");
  Workshop other(library());
  s.scenario_ids = {"rumour-4", "rumour-99"};
  CHECK_FALSE(other.apply(wa::Begin{s}));
  CHECK(other.last_error() == "there is no rumour with the id \"rumour-99\"");
  s.scenario_ids = {"rumour-4", "rumour-4"};
  CHECK_FALSE(other.apply(wa::Begin{s}));
  CHECK(other.last_error() == "the rumour \"rumour-4\" is chosen twice");
}

TEST_CASE("workshop reply mode: replies shuffled by seed; a good reply scores full points",
          "[workshop]") {
  Workshop w(library());
  WorkshopSettings s = three_teams();
  s.mode = Mode::Reply;
  REQUIRE(w.apply(wa::Begin{s}));
  const Scenario& sc = *w.current()->scenario;
  std::vector<int> sorted = w.current()->reply_order;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == std::vector<int>{0, 1, 2});
  REQUIRE(w.apply(wa::Vote{0, reply_index(sc, ReplyQuality::Good)}));
  REQUIRE(w.apply(wa::Vote{1, reply_index(sc, ReplyQuality::Partial)}));
  REQUIRE(w.apply(wa::Vote{2, reply_index(sc, ReplyQuality::Poor)}));
  REQUIRE(w.apply(wa::Reveal{}));
  auto board = w.scoreboard();
  CHECK(board[0].points == 10);
  CHECK(board[1].points == 5);
  CHECK(board[2].points == 0);
  Workshop again(library());
  REQUIRE(again.apply(wa::Begin{s}));
  CHECK(again.current()->reply_order == w.rumours()[0].reply_order);  // same seed, same order
}

TEST_CASE("workshop PIN: ending and a new group need it; voting and pacing do not", "[workshop]") {
  Workshop w(library());
  WorkshopSettings s = three_teams();
  s.pin = "2468";
  REQUIRE(w.apply(wa::Begin{s}));
  CHECK_FALSE(w.facilitator_unlocked());
  REQUIRE(w.apply(wa::Vote{0, right_choice(w)}));
  REQUIRE(w.apply(wa::Reveal{}));
  REQUIRE(w.apply(wa::Next{}));
  CHECK_FALSE(w.apply(wa::End{}));
  CHECK(w.last_error() == "the facilitator's PIN is needed");
  CHECK_FALSE(w.apply(wa::Unlock{"1111"}));
  CHECK(w.last_error() == "that is not the PIN");
  REQUIRE(w.apply(wa::Unlock{"2468"}));
  CHECK(w.facilitator_unlocked());
  REQUIRE(w.apply(wa::Lock{}));
  CHECK_FALSE(w.apply(wa::NewGroup{}));
  REQUIRE(w.apply(wa::Unlock{"2468"}));
  REQUIRE(w.apply(wa::End{}));
  REQUIRE(w.apply(wa::NewGroup{}));
  CHECK(w.phase() == WorkshopPhase::Setup);
  // Nothing of the group stays: team names are blank again (they may be children's names).
  CHECK(w.settings().team_names == std::vector<std::string>{"", "", ""});
  CHECK(w.settings().pin.empty());
  CHECK(w.rumours().empty());
}

TEST_CASE("workshop results: the CSV and JSON files parse back with one row per answer",
          "[workshop]") {
  Workshop w(library());
  REQUIRE(w.apply(wa::Begin{three_teams(TeamAnswers::AllVote, 2)}));
  const Scenario& first = *w.current()->scenario;
  REQUIRE(w.apply(wa::Vote{0, right_choice(w)}));
  REQUIRE(w.apply(wa::Vote{2, wrong_choice(w)}));
  REQUIRE(w.apply(wa::Reveal{}));
  REQUIRE(w.apply(wa::Next{}));
  REQUIRE(w.apply(wa::Next{}));
  // The second rumour is still being asked: it is not in the results yet.
  auto rows = csv_rows(workshop_results_csv(w));
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"rumour", "scenario_id", "topic", "right_answer",
                                            "team", "answer", "count", "outcome", "points"});
  CHECK(rows[1] == std::vector<std::string>{"1", first.id, first.topic, to_string(first.verdict),
                                            "A", to_string(first.verdict), "1", "right", "10"});
  CHECK(rows[2][4] == "C");
  CHECK(rows[2][7] == "wrong");
  CHECK(rows[2][8] == "0");
  for (const auto& row : rows) CHECK(row.size() == 9);
  // No team names in the files: they may be children's names.
  CHECK(workshop_results_csv(w).find("Owls") == std::string::npos);
  CHECK(workshop_results_json(w).find("Owls") == std::string::npos);

  auto j = nlohmann::json::parse(workshop_results_json(w));
  CHECK(j["kind"] == "workshop-results");
  CHECK(j["mode"] == "verdict");
  REQUIRE(j["teams"].size() == 3);
  CHECK(j["teams"][0]["team"] == "A");
  CHECK(j["teams"][0]["points"] == 10);
  REQUIRE(j["rumours"].size() == 1);
  CHECK(j["rumours"][0]["scenario_id"] == first.id);
  CHECK(j["rumours"][0]["answers"] == 2);
  CHECK(j["rumours"][0]["right"] == 1);
  CHECK(j["rumours"][0]["by_team"]["B"] == "");
  CHECK(j["rumours"][0]["counts"][to_string(first.verdict)] == 1);
}

TEST_CASE("workshop save: a session resumes where it was, timer and votes included", "[workshop]") {
  Workshop w(library());
  WorkshopSettings s = three_teams(TeamAnswers::InTurn, 3);
  s.talk_seconds = 60;
  s.pin = "1357";
  REQUIRE(w.apply(wa::Begin{s}));
  REQUIRE(w.apply(wa::Vote{0, right_choice(w)}));
  REQUIRE(w.apply(wa::Reveal{}));
  REQUIRE(w.apply(wa::Next{}));
  REQUIRE(w.apply(wa::Next{}));
  REQUIRE(w.apply(wa::Tick{12500}));
  REQUIRE(w.apply(wa::Unlock{"1357"}));

  WorkshopLoadResult back = load_workshop(save_workshop(w), "workshop.json", library());
  REQUIRE(back.problems.empty());
  REQUIRE(back.saved);
  Workshop resumed(library());
  resumed.resume(*back.saved);
  CHECK(resumed.phase() == WorkshopPhase::Asking);
  CHECK(resumed.position() == 1);
  CHECK(resumed.turn_team() == 1);
  CHECK(resumed.current()->talk_left_ms == 47500);
  CHECK(resumed.current()->scenario == w.current()->scenario);
  CHECK(resumed.settings().team_names == s.team_names);
  CHECK(resumed.scoreboard()[0].points == 10);
  CHECK_FALSE(resumed.facilitator_unlocked());  // the PIN is asked again after a restart
  CHECK(save_workshop(resumed) == save_workshop(w));

  // A finished group leaves nothing but its phase.
  REQUIRE(w.apply(wa::End{}));
  REQUIRE(w.apply(wa::NewGroup{}));
  std::string empty = save_workshop(w);
  CHECK(empty.find("Owls") == std::string::npos);
  WorkshopLoadResult none = load_workshop(empty, "workshop.json", library());
  CHECK(none.problems.empty());
  CHECK_FALSE(none.saved);
}

TEST_CASE("workshop save: damage is reported where it is, never half-used", "[workshop]") {
  Workshop w(library());
  REQUIRE(w.apply(wa::Begin{three_teams()}));
  REQUIRE(w.apply(wa::Vote{0, 0}));
  const std::string good = save_workshop(w);
  auto problem_of = [&](const std::string& text) {
    WorkshopLoadResult r = load_workshop(text, "workshop.json", library());
    CHECK_FALSE(r.saved);
    REQUIRE_FALSE(r.problems.empty());
    return format_problem(r.problems[0]);
  };
  auto edited = [&](auto change) {
    nlohmann::json j = nlohmann::json::parse(good);
    change(j);
    return j.dump();
  };
  CHECK(problem_of(good.substr(0, good.size() / 2)).find("workshop.json") == 0);
  CHECK_THAT(problem_of(edited([](auto& j) { j["rumours"][0]["id"] = "gone"; })),
             Catch::Contains("$.rumours[0].id") &&
                 Catch::Contains("the rumour \"gone\" is not in the content any more"));
  CHECK_THAT(problem_of(edited([](auto& j) { j["rumours"][0]["team_choice"][1] = 7; })),
             Catch::Contains("$.rumours[0].team_choice[1]"));
  CHECK_THAT(problem_of(edited([](auto& j) { j["rumours"][0]["team_choice"].push_back(0); })),
             Catch::Contains("expected 3 numbers, found 4"));
  CHECK_THAT(problem_of(edited([](auto& j) {
               j["rumours"][0]["reply_order"] = {0, 0, 1};
             })),
             Catch::Contains("a reply appears twice"));
  CHECK_THAT(problem_of(edited([](auto& j) { j["position"] = 5; })), Catch::Contains("$.position"));
  CHECK_THAT(problem_of(edited([](auto& j) { j["settings"]["pin"] = "12"; })),
             Catch::Contains("a PIN is 4 to 8 digits"));
  CHECK_THAT(problem_of(edited([](auto& j) { j["kind"] = "progress"; })),
             Catch::Contains("this is not a workshop save"));
  CHECK_THAT(problem_of(edited([](auto& j) { j["format"] = 9; })),
             Catch::Contains("newer version of the game"));
}

TEST_CASE("workshop save: the browser's unsynced copy is checked before it is written back",
          "[workshop]") {
  // A reload before IndexedDB has the save: the page's copy is restored when check_save takes it.
  Workshop w(library());
  REQUIRE(w.apply(wa::Begin{three_teams()}));
  CHECK(check_save("workshop", save_workshop(w), "workshop").empty());
  CHECK_FALSE(check_save("workshop", "{", "workshop").empty());
  CHECK_FALSE(check_save("workshop", R"({"format": 1, "kind": "progress"})", "workshop").empty());
  CHECK_FALSE(
      check_save("workshop", R"({"format": 1, "kind": "workshop", "phase": "x"})", "workshop")
          .empty());
}

namespace {
// Two format 2 packs: every rumour names a technique, so a workshop can ask for them.
const Library& two_packs() {
  static const Library lib = [] {
    ar::test::PackSpec a = numbered_pack("pack-a", 1, 6, {"jobs"}, {Verdict::False, Verdict::True});
    ar::test::PackSpec b = numbered_pack("pack-b", 101, 6, {"health"}, {Verdict::Misleading});
    a.format = b.format = 2;
    return make_library({a, b});
  }();
  return lib;
}
}  // namespace

TEST_CASE("workshop packs: only the chosen packs' rumours are drawn", "[workshop]") {
  WorkshopSettings s = three_teams(TeamAnswers::AllVote, 6);
  s.packs = {"pack-b"};
  Workshop w(two_packs());
  REQUIRE(w.apply(wa::Begin{s}));
  REQUIRE(w.rumours().size() == 6);
  for (const auto& r : w.rumours()) CHECK(std::stoi(r.scenario->id.substr(7)) >= 101);
  // A pack id no pack has draws nothing: the workshop cannot begin.
  Workshop none(two_packs());
  s.packs = {"no-such-pack"};
  CHECK_FALSE(none.apply(wa::Begin{s}));
  CHECK(none.phase() == WorkshopPhase::Setup);
}

TEST_CASE("workshop spot the technique: four techniques per rumour, one of them its own",
          "[workshop]") {
  WorkshopSettings s = three_teams(TeamAnswers::AllVote, 4);
  s.mode = Mode::Technique;
  Workshop w(two_packs());
  REQUIRE(w.apply(wa::Begin{s}));
  for (const auto& r : w.rumours()) {
    REQUIRE(r.technique_choices.size() == 4);
    REQUIRE(choice_count(r, Mode::Technique) == 4);
    int right = 0;
    for (int c = 0; c < 4; ++c)
      if (choice_points(r, Mode::Technique, c) == Scoring::full_points) ++right;
    CHECK(right == 1);
    CHECK(r.card_counts.size() == 4);
  }
  // Team A names the rumour's technique, B and C another: A scores, the debrief counts 1 of 3.
  const WorkshopRumour& first = *w.current();
  int right = -1, wrong = -1;
  for (int c = 0; c < 4; ++c)
    (choice_points(first, Mode::Technique, c) == Scoring::full_points ? right : wrong) = c;
  REQUIRE(w.apply(wa::Vote{0, right}));
  REQUIRE(w.apply(wa::Vote{1, wrong}));
  REQUIRE(w.apply(wa::Vote{2, wrong}));
  CHECK_FALSE(w.apply(wa::Vote{0, 4}));  // there are four choices
  REQUIRE(w.apply(wa::Reveal{}));
  CHECK(w.scoreboard()[0].team == 0);
  CHECK(w.scoreboard()[0].points == Scoring::full_points);
  CHECK(w.spread(0).right == 1);
  CHECK(w.spread(0).answers == 3);
  // The results name techniques.
  auto rows = csv_rows(workshop_results_csv(w));
  REQUIRE(rows.size() == 4);
  CHECK(rows[1][3] == to_string(first.technique_choices[static_cast<size_t>(right)]));
  CHECK(rows[1][5] == to_string(first.technique_choices[static_cast<size_t>(right)]));
  CHECK(rows[2][7] == "wrong");
}

TEST_CASE("workshop spot the technique: a hand-picked rumour without techniques is refused",
          "[workshop]") {
  WorkshopSettings s = three_teams();
  s.mode = Mode::Technique;
  s.scenario_ids = {"rumour-1"};  // library(): a format 1 pack, no techniques
  Workshop w(library());
  CHECK_FALSE(w.apply(wa::Begin{s}));
  CHECK(w.last_error() == "the rumour \"rumour-1\" names no technique to spot");
  s.scenario_ids = {"rumour-102", "rumour-3"};
  Workshop picked(two_packs());
  REQUIRE(picked.apply(wa::Begin{s}));
  CHECK(picked.rumours()[0].scenario->id == "rumour-102");
  CHECK(picked.rumours()[1].technique_choices.size() == 4);
}

TEST_CASE("workshop save: technique mode resumes with the same choices; damage is located",
          "[workshop]") {
  WorkshopSettings s = three_teams(TeamAnswers::InTurn, 3);
  s.mode = Mode::Technique;
  Workshop w(two_packs());
  REQUIRE(w.apply(wa::Begin{s}));
  REQUIRE(w.apply(wa::Vote{0, 2}));
  std::string saved = save_workshop(w);
  WorkshopLoadResult back = load_workshop(saved, "w.json", two_packs());
  REQUIRE(back.problems.empty());
  REQUIRE(back.saved);
  Workshop resumed(two_packs());
  resumed.resume(std::move(*back.saved));
  for (size_t i = 0; i < 3; ++i)
    CHECK(resumed.rumours()[i].technique_choices == w.rumours()[i].technique_choices);
  CHECK(resumed.current()->team_choice[0] == 2);

  nlohmann::json doc = nlohmann::json::parse(saved);
  doc["rumours"][1]["technique_choices"][2] = "gossip";
  WorkshopLoadResult bad = load_workshop(doc.dump(), "w.json", two_packs());
  CHECK_FALSE(bad.saved);
  REQUIRE(bad.problems.size() == 1);
  CHECK(bad.problems[0].path == "$.rumours[1].technique_choices[2]");
  doc = nlohmann::json::parse(saved);
  doc["rumours"][0].erase("technique_choices");
  bad = load_workshop(doc.dump(), "w.json", two_packs());
  CHECK_FALSE(bad.saved);
  REQUIRE_FALSE(bad.problems.empty());
  CHECK(bad.problems[0].path.find("$.rumours[0]") == 0);
}

TEST_CASE("workshop settings: the room's rules apart from the draw's", "[workshop]") {
  WorkshopSettings s = three_teams();
  s.rumour_count = 0;  // a draw rule: a saved session has drawn already
  CHECK(room_problem(s).empty());
  CHECK(settings_problem(s) == "a workshop asks 1 to 20 rumours");
  s.pin = "12";
  CHECK(room_problem(s) == "a PIN is 4 to 8 digits");
  CHECK(settings_problem(s) == "a PIN is 4 to 8 digits");
  CHECK(to_string(TeamAnswers::CardCount) == std::string("card_count"));
  CHECK(team_answers_from("in_turn") == TeamAnswers::InTurn);
  CHECK(workshop_phase_from("scoreboard") == WorkshopPhase::Scoreboard);
  CHECK_FALSE(workshop_phase_from("Scoreboard"));
  CHECK(mode_from("technique") == Mode::Technique);
}
