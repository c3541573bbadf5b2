#pragma once
// Scenario packs built in code for the core tests: synthetic, small and exactly known, so tests
// never depend on the shipped content for their numbers.
//
//   auto lib = ar::test::make_library({ar::test::numbered_pack("pack-a", 1, 12)});
//
// Scenario n has the id "rumour-n", the rumour "Test rumour n" in every pack language, a source at
// https://example.org/n and three replies: one good, one partial, one poor (their order rotates
// with n, so tests must look the index up with reply_index()).
#include <string>
#include <vector>

#include "library.h"
#include "scenario.h"

namespace ar::test {

struct ScenarioSpec {
  int number = 1;  // gives the id "rumour-<number>" and the synthetic texts
  std::string topic = "jobs";
  Difficulty difficulty = Difficulty::Easy;
  Verdict verdict = Verdict::False;
  std::vector<Verdict> choices;  // empty: the "choices" field is left out (all four verdicts)
  // Format 2 packs only; empty there: the technique at index number % 8 of technique_names().
  std::vector<Technique> techniques;
};

struct PackSpec {
  std::string id = "test-pack";
  std::vector<std::string> languages{"es", "eu", "en"};
  std::vector<ScenarioSpec> scenarios;
  int format = 1;  // 2: every scenario names its techniques
};

std::string scenario_id(int number);  // "rumour-<number>"

// The pack as a content file would hold it (format 1, or 2 as the spec says).
std::string pack_json(const PackSpec& pack);

// Loads the packs through Library::load; fails the running test if any pack has a problem.
Library make_library(const std::vector<PackSpec>& packs);

// `count` scenarios numbered first, first+1, ...; topics cycle through `topics`, difficulties
// through the difficulty table (easy, medium, hard), verdicts through `verdicts`.
PackSpec numbered_pack(const std::string& id, int first, int count,
                       const std::vector<std::string>& topics = {"jobs"},
                       const std::vector<Verdict>& verdicts = {Verdict::False});

// Index in s.replies of the (first) reply of this quality; -1 when there is none.
int reply_index(const Scenario& s, ReplyQuality quality);

// A verdict other than s.verdict that is offered and earns no points (not a near miss).
Verdict wrong_verdict(const Scenario& s);

std::vector<std::string> ids(const std::vector<const Scenario*>& scenarios);

}  // namespace ar::test
