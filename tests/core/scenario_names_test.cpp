// The enum name tables in scenario.cpp are the one list of words: to_string() and *_from() follow
// them, and the pack loader accepts exactly those words and lists them when a value is wrong.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "content_reader.h"
#include "pack_loader.h"
#include "scenario.h"
#include "test_library.h"
#include "test_year.h"

using namespace ar;
using json = nlohmann::json;

namespace {

// Every value once, every name once, written as content files write them, and back again.
template <typename E, typename From>
void check_table(std::span<const Named<E>> table, From from) {
  REQUIRE_FALSE(table.empty());
  std::set<E> values;
  std::set<std::string> names;
  for (const auto& [value, name] : table) {
    INFO(name);
    CHECK(values.insert(value).second);
    CHECK(names.insert(name).second);
    CHECK(std::string(name).find_first_not_of("abcdefghijklmnopqrstuvwxyz_") == std::string::npos);
    CHECK(std::string(to_string(value)) == name);
    CHECK(from(name) == value);
  }
  CHECK_FALSE(from("maybe").has_value());
  CHECK_FALSE(from("").has_value());
  // The enum's values run 0..N-1 in the table's order: a value missing from the table shows.
  for (size_t i = 0; i < table.size(); ++i) CHECK(static_cast<size_t>(table[i].value) == i);
}

// A one-scenario pack with one field of the scenario, or of its first reply, set to `word`.
json pack_with(const std::string& field, const std::string& word, bool in_reply) {
  test::PackSpec spec = test::numbered_pack("names", 3, 1);  // number 3: the good reply is first
  json pack = json::parse(test::pack_json(spec));
  json& target = in_reply ? pack["scenarios"][0]["replies"][0] : pack["scenarios"][0];
  target[field] = word;
  return pack;
}

// Loads the pack with every name of `table` in `field`, then with a word not in it.
template <typename E, typename Read>
void check_loader_reads(std::span<const Named<E>> table, const std::string& field, bool in_reply,
                        Read read) {
  for (const auto& [value, name] : table) {
    INFO(field << " " << name);
    PackLoadResult r =
        load_pack(pack_with(field, name, in_reply).dump(), "names.json", test::current_year);
    for (const auto& p : r.problems) FAIL_CHECK(format_problem(p));
    REQUIRE(r.pack.has_value());
    CHECK(read(r.pack->scenarios[0]) == value);
  }
  PackLoadResult bad =
      load_pack(pack_with(field, "maybe", in_reply).dump(), "names.json", test::current_year);
  REQUIRE(bad.problems.size() == 1);
  CHECK(bad.problems[0].message ==
        "expected " + ContentReader::one_of(names_of(table)) + ", found the text \"maybe\"");
}

}  // namespace

TEST_CASE("each name table holds every value once, and names go both ways", "[names]") {
  check_table(verdict_names(), verdict_from);
  check_table(difficulty_names(), difficulty_from);
  check_table(reply_kind_names(), reply_kind_from);
  check_table(reply_quality_names(), reply_quality_from);
}

TEST_CASE("the pack loader accepts every name in the tables and lists them for a wrong one",
          "[names]") {
  check_loader_reads(verdict_names(), "verdict", false,
                     [](const Scenario& s) { return s.verdict; });
  check_loader_reads(difficulty_names(), "difficulty", false,
                     [](const Scenario& s) { return s.difficulty; });
  check_loader_reads(reply_kind_names(), "kind", true,
                     [](const Scenario& s) { return s.replies[0].kind; });
  // Only "good" keeps the required good reply; the other qualities are checked for the message.
  PackLoadResult good =
      load_pack(pack_with("quality", "good", true).dump(), "names.json", test::current_year);
  CHECK(good.problems.empty());
  PackLoadResult bad =
      load_pack(pack_with("quality", "best", true).dump(), "names.json", test::current_year);
  REQUIRE_FALSE(bad.problems.empty());
  CHECK(bad.problems[0].message == "expected " +
                                       ContentReader::one_of(names_of(reply_quality_names())) +
                                       ", found the text \"best\"");
}

TEST_CASE("a choice that is not a verdict lists the verdicts", "[names]") {
  json pack = pack_with("verdict", "false", false);
  pack["scenarios"][0]["choices"] = {"false", "perhaps"};
  PackLoadResult r = load_pack(pack.dump(), "names.json", test::current_year);
  REQUIRE_FALSE(r.problems.empty());
  CHECK(r.problems[0].path == "$.scenarios[0].choices[1]");
  CHECK(r.problems[0].message == "expected " + ContentReader::one_of(names_of(verdict_names())) +
                                     ", found the text \"perhaps\"");
}
