// "Spot the technique": the player picks which manipulation technique a rumour uses from four
// offered (one of its own, three it does not use), shuffled by the seed; only format 2 rumours,
// which name their techniques, are asked.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "round.h"
#include "screen_text.h"
#include "test_library.h"
#include "test_session.h"

using namespace ar;
using ar::test::make_library;
using ar::test::numbered_pack;
using ar::test::PackSpec;

namespace {

// Rumours 1-8 of format 2 (rumour n names technique n % 8, rumour 2 a second one too); rumours
// 101-104 of format 1, which name none.
Library two_formats() {
  PackSpec named = numbered_pack("named", 1, 8);
  named.format = 2;
  named.scenarios[1].techniques = {Technique::ZeroSum, Technique::BlamingAGroup};
  return make_library({named, numbered_pack("unnamed", 101, 4)});
}

RoundSettings technique_round(int count, uint64_t seed = 1) {
  RoundSettings s;
  s.mode = Mode::Technique;
  s.rumour_count = count;
  s.seed = seed;
  return s;
}

bool uses(const Scenario& s, Technique t) {
  return std::find(s.techniques.begin(), s.techniques.end(), t) != s.techniques.end();
}

std::vector<std::vector<Technique>> all_choices(const Library& lib, uint64_t seed) {
  Round r(lib);
  REQUIRE(r.apply(action::Start{technique_round(8, seed)}));
  std::vector<std::vector<Technique>> out;
  while (r.phase() == Phase::Answering) {
    out.push_back(r.technique_choices());
    REQUIRE(r.apply(action::PickTechnique{r.technique_choices()[0]}));
    REQUIRE(r.apply(action::Next{}));
  }
  return out;
}

}  // namespace

TEST_CASE("a technique round asks only rumours that name their techniques") {
  Library lib = two_formats();
  Round r(lib);
  REQUIRE(r.apply(action::Start{technique_round(20)}));
  CHECK(r.order().size() == 8);
  for (const Scenario* s : r.order()) {
    CHECK(s->pack_id == "named");
    CHECK_FALSE(s->techniques.empty());
  }
  CHECK(to_string(Mode::Technique) == std::string("technique"));
}

TEST_CASE("each rumour offers four techniques: exactly one of its own, each once") {
  Library lib = two_formats();
  for (uint64_t seed = 1; seed <= 20; ++seed) {
    Round r(lib);
    REQUIRE(r.apply(action::Start{technique_round(8, seed)}));
    while (r.phase() == Phase::Answering) {
      const Scenario& s = *r.current();
      const auto& offered = r.technique_choices();
      INFO(s.id << " seed " << seed);
      REQUIRE(offered.size() == 4);
      CHECK(std::set<Technique>(offered.begin(), offered.end()).size() == 4);
      CHECK(std::count_if(offered.begin(), offered.end(),
                          [&](Technique t) { return uses(s, t); }) == 1);
      REQUIRE(r.apply(action::PickTechnique{offered[0]}));
      CHECK(r.technique_choices() == offered);  // the same on the feedback
      REQUIRE(r.apply(action::Next{}));
    }
  }
}

TEST_CASE("the techniques offered and their order follow the seed") {
  Library lib = two_formats();
  CHECK(all_choices(lib, 5) == all_choices(lib, 5));
  // The right one is not always in the same place over many seeds.
  std::set<size_t> places;
  for (uint64_t seed = 1; seed <= 30; ++seed) {
    Round r(lib);
    REQUIRE(r.apply(action::Start{technique_round(1, seed)}));
    const auto& offered = r.technique_choices();
    for (size_t i = 0; i < offered.size(); ++i)
      if (uses(*r.current(), offered[i])) places.insert(i);
  }
  CHECK(places.size() == 4);
  CHECK(all_choices(lib, 5) != all_choices(lib, 6));
}

TEST_CASE("a technique the rumour uses earns full points; another, none") {
  Library lib = two_formats();
  Round r(lib);
  REQUIRE(r.apply(action::Start{technique_round(2)}));
  const auto offered = r.technique_choices();
  const Scenario* first = r.current();
  Technique right =
      *std::find_if(offered.begin(), offered.end(), [&](Technique t) { return uses(*first, t); });
  REQUIRE(r.apply(action::PickTechnique{right}));
  REQUIRE(r.phase() == Phase::Feedback);
  CHECK(r.last_answer()->technique == right);
  CHECK(r.last_answer()->outcome == Outcome::Right);
  CHECK(r.last_answer()->reply == -1);
  CHECK_FALSE(r.last_answer()->verdict.has_value());
  CHECK(r.points() == Scoring::full_points);
  REQUIRE(r.apply(action::Next{}));
  const Scenario* second = r.current();
  Technique wrong = *std::find_if(r.technique_choices().begin(), r.technique_choices().end(),
                                  [&](Technique t) { return !uses(*second, t); });
  REQUIRE(r.apply(action::PickTechnique{wrong}));
  CHECK(r.last_answer()->outcome == Outcome::Wrong);
  CHECK(r.points() == Scoring::full_points);
  CHECK(r.streak() == 0);
  REQUIRE(r.apply(action::Next{}));
  CHECK(r.phase() == Phase::Summary);
  CHECK(r.technique_tally().size() >= 2);
  CHECK(Scoring::technique_points({Technique::ZeroSum, Technique::CherryPicking},
                                  Technique::CherryPicking) == Scoring::full_points);
  CHECK(Scoring::technique_points({Technique::ZeroSum}, Technique::CherryPicking) == 0);
}

TEST_CASE("actions that do not fit the technique mode change nothing") {
  Library lib = two_formats();
  Round r(lib);
  CHECK_FALSE(r.apply(action::PickTechnique{Technique::ZeroSum}));  // no round yet
  REQUIRE(r.apply(action::Start{technique_round(2)}));
  const Scenario* s = r.current();
  CHECK_FALSE(r.apply(action::PickVerdict{s->verdict}));
  CHECK_FALSE(r.apply(action::PickReply{0}));
  // A technique that is not among the four offered, even one the rumour uses, is refused.
  for (const auto& [t, name] : technique_names()) {
    const auto& offered = r.technique_choices();
    if (std::find(offered.begin(), offered.end(), t) != offered.end()) continue;
    CHECK_FALSE(r.apply(action::PickTechnique{t}));
    CHECK_FALSE(r.last_error().empty());
  }
  CHECK(r.phase() == Phase::Answering);
  CHECK(r.answers().empty());
  REQUIRE(r.apply(action::PickTechnique{r.technique_choices()[1]}));
  CHECK_FALSE(r.apply(action::PickTechnique{r.technique_choices()[1]}));  // already answered
  CHECK(r.answers().size() == 1);

  Round verdicts(lib);
  RoundSettings v = technique_round(2);
  v.mode = Mode::Verdict;
  REQUIRE(verdicts.apply(action::Start{v}));
  CHECK_FALSE(verdicts.apply(action::PickTechnique{Technique::ZeroSum}));
}

TEST_CASE("with only format 1 rumours a technique round cannot start") {
  Library lib = make_library({numbered_pack("unnamed", 1, 4)});
  Round r(lib);
  CHECK_FALSE(r.apply(action::Start{technique_round(3)}));
  CHECK(r.phase() == Phase::Choosing);
}

TEST_CASE("the mirror numbers the techniques as offered and says the one picked", "[screen_text]") {
  PackSpec named = numbered_pack("named", 1, 4);
  named.format = 2;
  Session s(test::session_content(named, "en", 4));
  REQUIRE(s.apply(session_action::GoTo{Screen::Setup}));
  SetupChoices c = s.setup();
  c.mode = Mode::Technique;
  c.rumour_count = 2;
  REQUIRE(s.apply(session_action::ChangeSetup{c}));
  REQUIRE(s.apply(session_action::StartRound{}));
  REQUIRE(s.screen() == Screen::Techniques);  // the first technique round: the page first
  REQUIRE(s.apply(session_action::StartRound{}));
  auto lines = screen_text(s);
  auto says = [&](const std::string& text) {
    return std::find(lines.begin(), lines.end(), text) != lines.end();
  };
  const auto& offered = s.round().technique_choices();
  std::vector<Action> keys = numbered_choices(s);
  REQUIRE(keys.size() == 4);
  for (size_t n = 0; n < 4; ++n) {
    CHECK(std::get<action::PickTechnique>(keys[n]).technique == offered[n]);
    CHECK(says(std::to_string(n + 1) + ". " +
               s.tr(std::string("technique.") + to_string(offered[n]))));
  }
  Technique picked = offered[2];
  REQUIRE(s.apply(session_action::Game{keys[2]}));
  lines = screen_text(s);
  CHECK(says(
      s.format("play.technique_picked", {s.tr(std::string("technique.") + to_string(picked))})));
  for (const auto& line : technique_lines(s, *s.round().current())) CHECK(says(line));
}
