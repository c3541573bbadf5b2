// Hostile or runaway content through every loader: a number too large for a double, too many
// scenarios, authors, practices, strings or saved counts. Each is refused with a located problem
// in plain words, never a throw, and without reading (or reporting) item after item.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "content_limits.h"
#include "pack_loader.h"
#include "practices.h"
#include "progress.h"
#include "test_files.h"
#include "test_year.h"
#include "ui_strings.h"

using namespace ar;
using json = nlohmann::json;

namespace {

const std::string& mini_pack() {
  static const std::string text = test::read_file(AR_FIXTURES "/mini-pack.json");
  return text;
}
const std::string& practices_text() {
  static const std::string text = test::read_file(AR_CONTENT "/practices.json");
  return text;
}
const std::string& ui_text() {
  static const std::string text = test::read_file(AR_CONTENT "/ui-strings.json");
  return text;
}

// `text` with its first `from` replaced by `to`.
std::string replace_first(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::string located(const Problem& p) {
  return std::to_string(p.line) + ":" + std::to_string(p.column) + " " + p.path + ": " + p.message;
}

PackLoadResult load(const json& pack) {
  PackLoadResult r;
  REQUIRE_NOTHROW(r = load_pack(pack.dump(1), "pack.json", test::current_year));
  return r;
}

std::vector<Problem> load_practices(const json& doc) {
  std::vector<Problem> problems;
  REQUIRE_NOTHROW(PracticeCatalogue::load(doc.dump(1), "practices.json", problems));
  return problems;
}

// The only problem of a failed load, located.
std::string only(const std::vector<Problem>& problems) {
  REQUIRE(problems.size() == 1);
  return located(problems[0]);
}

const std::string too_large = "this number is too large";

}  // namespace

TEST_CASE("1e400 in a pack is a located problem, not an uncaught exception", "[limits]") {
  // The crash of issue 15: nlohmann throws out_of_range for a number beyond a double.
  std::string text = replace_first(mini_pack(), "\"year\": 2019", "\"year\": 1e400");
  PackLoadResult r;
  REQUIRE_NOTHROW(r = load_pack(text, "mini-pack.json", test::current_year));
  CHECK_FALSE(r.pack);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].file == "mini-pack.json");
  CHECK(located(r.problems[0]).rfind("52:19 : " + too_large, 0) == 0);
}

TEST_CASE("the fixture with 1e400 (used by the command-line test) is reported the same way",
          "[limits]") {
  PackLoadResult r;
  REQUIRE_NOTHROW(r = load_pack(test::read_file(AR_FIXTURES "/broken/number-too-large.json"),
                                "number-too-large.json", test::current_year));
  REQUIRE(r.problems.size() == 1);
  CHECK(format_problem(r.problems[0]).rfind("number-too-large.json:52:19: " + too_large, 0) == 0);
}

TEST_CASE("1e400 is a located problem in the practices, the strings and a saved game", "[limits]") {
  std::vector<Problem> problems;
  REQUIRE_NOTHROW(PracticeCatalogue::load(
      replace_first(practices_text(), "\"format\": 1", "\"format\": 1e400"), "p.json", problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].line >= 1);
  CHECK(problems[0].message.rfind(too_large, 0) == 0);

  problems.clear();
  REQUIRE_NOTHROW(UiStrings::load(replace_first(ui_text(), "\"format\": 1", "\"format\": -1e400"),
                                  "ui.json", problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].line >= 1);
  CHECK(problems[0].message.rfind(too_large, 0) == 0);

  ProgressLoadResult saved;
  REQUIRE_NOTHROW(saved = load_progress(R"({"format": 1, "seen": {"a": 1e400}})", "save.json"));
  CHECK(only(saved.problems) == "1:29 : " + too_large +
                                    ": numbers in a content file lie between -9007199254740991 "
                                    "and 9007199254740991");
  CHECK(saved.progress.seen.empty());
}

TEST_CASE("a huge whole number is refused, not wrapped into a small one", "[limits]") {
  // 2^64 - 1 would read back as -1 through a long long: "expected a year, found -1".
  std::string text = replace_first(mini_pack(), "\"year\": 2019", "\"year\": 18446744073709551615");
  PackLoadResult r = load_pack(text, "mini-pack.json", test::current_year);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].message.rfind(too_large, 0) == 0);
}

TEST_CASE("a pack over the scenario limit is refused with one problem, unread", "[limits]") {
  json pack = json::parse(mini_pack());
  json one = pack["scenarios"][0];
  pack["scenarios"] = json::array();
  for (size_t i = 0; i <= CountLimits::scenarios; ++i) pack["scenarios"].push_back(one);
  PackLoadResult r = load(pack);
  CHECK_FALSE(r.pack);
  // Copies of one scenario would each repeat its id: not reported, as none is read.
  CHECK(only(r.problems).find("$.scenarios: there are 201 scenarios here; the limit is 200") !=
        std::string::npos);
}

TEST_CASE("a pack at the scenario limit loads", "[limits]") {
  json pack = json::parse(mini_pack());
  json one = pack["scenarios"][0];
  pack["scenarios"] = json::array();
  for (size_t i = 0; i < CountLimits::scenarios; ++i) {
    json copy = one;
    copy["id"] = "scenario-" + std::to_string(i);
    for (auto& reply : copy["replies"])  // each reply has its own feedback
      for (auto it = reply["feedback"].begin(); it != reply["feedback"].end(); ++it)
        *it = it->get<std::string>() + " " + std::to_string(i);
    pack["scenarios"].push_back(copy);
  }
  PackLoadResult r = load(pack);
  for (const auto& p : r.problems) FAIL_CHECK(format_problem(p));
  REQUIRE(r.pack);
  CHECK(r.pack->scenarios.size() == CountLimits::scenarios);
}

TEST_CASE("a million scenarios are refused without being read", "[limits]") {
  std::string text = R"({"format": 1, "scenarios": [{})";
  for (int i = 1; i < 1000000; ++i) text += ",{}";
  text += "]}";
  PackLoadResult r = load_pack(text, "million.json", test::current_year);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].message.rfind("the file is too large", 0) == 0);
  // 100,000 fit in the file size: the count of values refuses them, where it passes the limit.
  text = R"({"format": 1, "scenarios": [{})";
  for (int i = 1; i < 100000; ++i) text += ",{}";
  text += "]}";
  r = load_pack(text, "many.json", test::current_year);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].line == 1);
  CHECK(r.problems[0].message.rfind("the file holds more than 100000 values", 0) == 0);
}

TEST_CASE("lists of texts in a pack have limits: authors, languages, practice ids", "[limits]") {
  json pack = json::parse(mini_pack());
  pack["pack"]["authors"] = std::vector<std::string>(CountLimits::authors, "A. Author");
  CHECK(load(pack).problems.empty());
  pack["pack"]["authors"].push_back("One too many");
  CHECK(only(load(pack).problems)
            .find("$.pack.authors: there are 21 entries here; the limit is "
                  "20") != std::string::npos);

  pack = json::parse(mini_pack());
  pack["scenarios"][0]["practices"] = std::vector<std::string>(11, "some-practice");
  CHECK(only(load(pack).problems)
            .find("$.scenarios[0].practices: there are 11 entries here; the "
                  "limit is 10") != std::string::npos);

  pack = json::parse(mini_pack());
  auto& langs = pack["pack"]["languages"];
  for (const char* extra : {"fr", "de", "it", "pt", "ca", "gl"}) langs.push_back(extra);
  PackLoadResult r = load(pack);
  REQUIRE_FALSE(r.problems.empty());
  CHECK(located(r.problems[0]).find("$.pack.languages: there are 9 entries here; the limit is 8") !=
        std::string::npos);
}

TEST_CASE("a file broken everywhere gives at most 200 problems and says more follow", "[limits]") {
  json pack = json::parse(mini_pack());
  for (int i = 0; i < 5000; ++i) pack["scenarios"][0]["unknown-" + std::to_string(i)] = 1;
  PackLoadResult r = load(pack);
  REQUIRE(r.problems.size() == CountLimits::problems + 1);
  CHECK(r.problems[0].message.rfind("unknown field", 0) == 0);
  CHECK(r.problems.back().message == "more problems follow: fix the ones above first");
  CHECK(r.problems.back().line == 0);
}

TEST_CASE("the practice catalogue has limits on practices, cities and topics", "[limits]") {
  json doc = json::parse(practices_text());
  json one = doc["practices"][0];
  doc["practices"] = std::vector<json>(CountLimits::practices + 1, one);
  CHECK(only(load_practices(doc))
            .find("$.practices: there are 501 practices here; the limit is "
                  "500") != std::string::npos);

  doc = json::parse(practices_text());
  doc["practices"][0]["cities"] = std::vector<std::string>(CountLimits::cities + 1, "Bilbao");
  doc["practices"][1]["topics"] =
      std::vector<std::string>(CountLimits::practice_topics + 1, "media");
  std::vector<Problem> problems = load_practices(doc);
  REQUIRE(problems.size() == 2);
  CHECK(located(problems[0])
            .find("$.practices[0].cities: there are 31 entries here; the limit is "
                  "30") != std::string::npos);
  CHECK(located(problems[1])
            .find("$.practices[1].topics: there are 11 entries here; the limit is "
                  "10") != std::string::npos);
}

TEST_CASE("the interface strings have a limit on their number", "[limits]") {
  json doc = json::parse(ui_text());
  json first = doc["strings"].begin().value();
  for (size_t i = doc["strings"].size(); i <= CountLimits::ui_strings; ++i)
    doc["strings"]["extra_" + std::to_string(i)] = first;
  std::vector<Problem> problems;
  REQUIRE_NOTHROW(UiStrings::load(doc.dump(1), "ui.json", problems));
  CHECK(only(problems).find("$.strings: there are 2001 strings here; the limit is 2000") !=
        std::string::npos);
}

TEST_CASE("a saved game with too many counts starts fresh, with a located problem", "[limits]") {
  json save = {{"format", 1}, {"seen", json::object()}};
  for (size_t i = 0; i < CountLimits::seen_scenarios; ++i)
    save["seen"]["rumour-" + std::to_string(i)] = 1;
  CHECK(load_progress(save.dump(), "save.json").problems.empty());
  save["seen"]["one-more"] = 1;
  ProgressLoadResult r = load_progress(save.dump(), "save.json");
  CHECK(only(r.problems).find("$.seen: there are 10001 counts here; the limit is 10000") !=
        std::string::npos);
  CHECK(r.progress.seen.empty());
}
