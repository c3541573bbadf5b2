// The techniques a round met: each rumour answered right counts as spotted for every technique it
// uses, any other answer as missed; the summary and its screen-reader text name both lists.
#include <algorithm>
#include <catch2/catch.hpp>

#include "round.h"
#include "screen_text.h"
#include "test_library.h"
#include "test_session.h"

using namespace ar;
using ar::test::make_library;
using ar::test::PackSpec;
using ar::test::ScenarioSpec;
using ar::test::wrong_verdict;

namespace {

// Three rumours: 1 zero-sum, 2 zero-sum and cherry-picked, 3 false consensus; all "false".
PackSpec techniques_pack() {
  PackSpec pack;
  pack.id = "techniques";
  pack.format = 2;
  for (int n = 1; n <= 3; ++n) {
    ScenarioSpec s;
    s.number = n;
    pack.scenarios.push_back(s);
  }
  pack.scenarios[0].techniques = {Technique::ZeroSum};
  pack.scenarios[1].techniques = {Technique::ZeroSum, Technique::CherryPicking};
  pack.scenarios[2].techniques = {Technique::FalseConsensus};
  return pack;
}

RoundSettings three_rumours(bool practice = false) {
  RoundSettings s;
  s.rumour_count = 3;
  s.practice = practice;
  return s;
}

// Rumour 1 right, rumour 2 wrong, rumour 3 half right (misleading for false), in any order.
void play(Round& round) {
  while (round.phase() == Phase::Answering) {
    const Scenario* s = round.current();
    Verdict v = s->id == "rumour-1"   ? s->verdict
                : s->id == "rumour-2" ? wrong_verdict(*s)
                                      : Verdict::Misleading;
    REQUIRE(round.apply(action::PickVerdict{v}));
    REQUIRE(round.apply(action::Next{}));
  }
}

const std::vector<TechniqueTally> expected{{Technique::CherryPicking, 0, 1},
                                           {Technique::FalseConsensus, 0, 1},
                                           {Technique::ZeroSum, 1, 1}};

}  // namespace

TEST_CASE("the tally counts each technique as spotted or missed, in the list's order") {
  Library lib = make_library({techniques_pack()});
  Round round(lib);
  CHECK(round.technique_tally().empty());
  REQUIRE(round.apply(action::Start{three_rumours()}));
  CHECK(round.technique_tally().empty());  // nothing answered yet
  play(round);
  REQUIRE(round.phase() == Phase::Summary);
  CHECK(round.technique_tally() == expected);
}

TEST_CASE("a practice round tallies the same techniques, though it scores nothing") {
  Library lib = make_library({techniques_pack()});
  Round round(lib);
  REQUIRE(round.apply(action::Start{three_rumours(true)}));
  play(round);
  CHECK(round.points() == 0);
  CHECK(round.technique_tally() == expected);
}

TEST_CASE("a round of format 1 rumours, which name no technique, has no tally") {
  Library lib = make_library({test::numbered_pack("old", 1, 3)});
  Round round(lib);
  REQUIRE(round.apply(action::Start{three_rumours()}));
  play(round);
  CHECK(round.technique_tally().empty());
}

TEST_CASE("the feedback names the technique after the fact; the summary names spotted and missed",
          "[screen_text]") {
  Session s(test::session_content(techniques_pack(), "en", 3));
  REQUIRE(s.apply(session_action::GoTo{Screen::Setup}));
  SetupChoices c = s.setup();
  c.rumour_count = 3;
  REQUIRE(s.apply(session_action::ChangeSetup{c}));
  REQUIRE(s.apply(session_action::StartRound{}));
  bool saw_two = false;
  while (s.round().phase() == Phase::Answering) {
    const Scenario* sc = s.round().current();
    Verdict v = sc->id == "rumour-1"   ? sc->verdict
                : sc->id == "rumour-2" ? wrong_verdict(*sc)
                                       : Verdict::Misleading;
    REQUIRE(s.apply(session_action::Game{action::PickVerdict{v}}));
    auto lines = screen_text(s);
    auto at = [&](const std::string& text) {
      return std::find(lines.begin(), lines.end(), text) - lines.begin();
    };
    auto fact = std::find_if(lines.begin(), lines.end(),
                             [&](const std::string& l) { return l == sc->fact.text.in("en"); }) -
                lines.begin();
    for (Technique t : sc->techniques) {
      std::string key = std::string("technique.") + to_string(t);
      std::string line = s.format("play.technique", {s.tr(key), s.tr(key + ".about")});
      INFO(line);
      REQUIRE(at(line) < static_cast<long>(lines.size()));
      CHECK(fact < at(line));  // the fact leads
      CHECK(at(line) < at(s.tr("play.why") + " " + sc->explanation.in("en")));
    }
    saw_two |= sc->techniques.size() == 2;
    CHECK(technique_lines(s, *sc).size() == sc->techniques.size());
    REQUIRE(s.apply(session_action::Game{action::Next{}}));
  }
  CHECK(saw_two);
  REQUIRE(s.screen() == Screen::Summary);
  auto lines = screen_text(s);
  CHECK(technique_tally_lines(s) ==
        std::vector<std::string>{
            "Techniques you saw through: Zero-sum thinking",
            "Techniques that got past you: A cherry-picked place or year, “Everyone says so”, "
            "Zero-sum thinking"});
  for (const auto& line : technique_tally_lines(s))
    CHECK(std::find(lines.begin(), lines.end(), line) != lines.end());
  CHECK(std::find(lines.begin(), lines.end(), s.tr("summary.techniques")) != lines.end());
}
