// Every shipped scenario has an entry in its pack's verification log (docs/verification/) that
// names the same URL as the pack, quotes the source's words with the scenario's figure in them,
// and the fact text names the year of its data. A false fact is the worst bug the game can have.
// Every shipped practice has its line in the practice log, with the same URL and the page's words.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "practice_log.h"
#include "practices.h"
#include "shipped_library.h"
#include "test_files.h"
#include "test_year.h"
#include "verification_log.h"

using namespace ar;
using test::check_against_log;
using test::parse_verification_log;

namespace {

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

Scenario sample_scenario() {
  Scenario s;
  s.id = "jobs-sample";
  s.fact.text.by_language = {{"es", "En 2021, 419.221 personas."},
                             {"en", "In 2021, 419,221 people."}};
  s.fact.figure.by_language = {{"es", "419.221 y 10 % (2021)"}, {"en", "419,221 and 10% (2021)"}};
  s.fact.source.url = "https://example.org/report";
  return s;
}

const std::string sample_entry =
    "## jobs-sample — holds\n"
    "- URL: https://example.org/report (the publisher, 2021)\n"
    "- Quote: \"eran 419 221\" / \"el 10% de ellos\"\n";

std::vector<std::string> problems_of(const Scenario& s, const std::string& log_text) {
  auto log = parse_verification_log(log_text);
  auto problems = log.problems;
  for (const auto& p : check_against_log(s, log, test::current_year)) problems.push_back(p);
  return problems;
}

}  // namespace

TEST_CASE("Every shipped scenario is backed by its entry in the pack's verification log") {
  const Library& lib = test::shipped_library();
  REQUIRE(!lib.packs().empty());
  for (const Pack& pack : lib.packs()) {
    const std::string path = AR_CONTENT "/../docs/verification/" + pack.info.id + ".md";
    auto log = parse_verification_log(test::read_file(path));
    INFO(path);
    CHECK(joined(log.problems).empty());
    std::set<std::string> ids;
    for (const Scenario& s : pack.scenarios) {
      ids.insert(s.id);
      INFO(s.id);
      CHECK(joined(check_against_log(s, log, test::current_year)).empty());
    }
    // An entry for a scenario the pack no longer has must say it was dropped.
    for (const auto& [id, entry] : log.entries) {
      INFO(id << ": " << entry.outcome);
      CHECK((ids.count(id) != 0 || entry.outcome.rfind("dropped", 0) == 0));
    }
  }
}

TEST_CASE("A verification entry holds when its URL and quotes state the scenario's figure") {
  CHECK(joined(problems_of(sample_scenario(), sample_entry)).empty());
}

TEST_CASE("The log check fails on each way an entry can miss its scenario") {
  Scenario s = sample_scenario();
  SECTION("no entry") {
    CHECK(problems_of(s, "## jobs-other — holds\n- URL: https://example.org/report\n").size() == 1);
  }
  SECTION("another URL") {
    s.fact.source.url = "https://example.org/report?amp=true";
    auto problems = problems_of(s, sample_entry);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("differs from source.url") != std::string::npos);
  }
  SECTION("two URL lines") {
    auto problems = problems_of(s, sample_entry + "- URL: https://example.org/report\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("2 \"- URL:\" lines") != std::string::npos);
  }
  SECTION("a figure the quote does not state") {
    s.fact.figure.by_language = {{"es", "419.221 y 11 % (2021)"}, {"en", "419,221 and 11% (2021)"}};
    auto problems = problems_of(s, sample_entry);
    REQUIRE(problems.size() == 2);  // once per language
    CHECK(problems[0].find("the figure's 11 ") != std::string::npos);
  }
  SECTION("a rounded figure") {
    s.fact.figure.by_language = {{"es", "419.000 y 10 %"}, {"en", "419,000 and 10%"}};
    CHECK(problems_of(s, sample_entry).size() == 2);
  }
  SECTION("a figure in words where the source writes digits") {
    s.fact.figure.by_language = {{"es", "diez por ciento"}, {"en", "ten percent"}};
    CHECK(problems_of(s, sample_entry).empty());  // words are not checked: the fact is
    s.fact.figure.by_language = {{"es", "10 %"}, {"en", "0.1"}};
    CHECK(problems_of(s, sample_entry).size() == 2);  // 0.1 not quoted; languages differ
  }
  SECTION("a decimal is not a thousands group") {
    s.fact.figure.by_language = {{"es", "419,2"}, {"en", "419.2"}};
    CHECK(problems_of(s, sample_entry).size() == 2);
  }
  SECTION("no year in the fact text") {
    s.fact.text.by_language["en"] = "Lately, 419,221 people.";
    auto problems = problems_of(s, sample_entry);
    REQUIRE(problems.size() == 2);  // the figure's year is not in it either
    CHECK(problems[1] == "the fact text (en) names no year");
  }
  SECTION("a quote without straight quotes, a broken heading") {
    auto problems = problems_of(s, "## jobs-sample (true) — holds\n## jobs-sample holds\n");
    CHECK(problems.size() == 3);  // two headings, then no entry
    problems = problems_of(s,
                           "## jobs-sample — holds\n- URL: https://example.org/report\n"
                           "- Quote: «419 221»\n");
    CHECK(problems.size() == 6);  // no quote on the line, nothing quoted, 2 numbers × 2 languages
  }
}

TEST_CASE("Every shipped practice has its line in the practice log, with its URL and a quote") {
  std::vector<Problem> problems;
  PracticeCatalogue c = PracticeCatalogue::load(test::read_file(AR_CONTENT "/practices.json"),
                                                "practices.json", problems);
  REQUIRE(c.all().size() >= 150);
  auto log =
      test::parse_practice_log(test::read_file(AR_CONTENT "/../docs/verification/practices.md"));
  for (const auto& p : c.all()) {
    INFO(p.id);
    CHECK(joined(test::check_practice_against_log(p.id, p.url, log)).empty());
  }
}

TEST_CASE("The practice log check fails on each way a line can miss its practice") {
  const std::string url = "https://www.coe.int/en/web/interculturalcities/-/a-practice";
  auto problems = [&](const std::string& text) {
    return test::check_practice_against_log("city-a-practice", url, test::parse_practice_log(text));
  };
  const std::string good =
      "- city-a-practice (extra) | " + url + " (ICC page) | \"Purpose: to meet\"\n";
  CHECK(problems(good).empty());
  CHECK(problems("intro\n- city-a-practice | " + url + " | \"words\"").empty());
  CHECK(problems("- city-other | " + url + " | \"words\"\n") ==
        std::vector<std::string>{"no line for city-a-practice in the practice log"});
  CHECK(problems(good + good).size() == 1);  // two lines: which one holds?
  auto other = problems("- city-a-practice | " + url + "-2 | \"words\"\n");
  REQUIRE(other.size() == 1);
  CHECK(other[0].find("differs from url") != std::string::npos);
  auto bare = problems("- city-a-practice | " + url + " | words without quotes\n");
  REQUIRE(bare.size() == 1);
  CHECK(bare[0] == "no quoted words from the page (line 1)");
  CHECK(problems("- city-a-practice | " + url + "\n").size() == 1);  // no quote field at all
}

TEST_CASE("Numbers read the same whatever the language's separators") {
  auto value = [](const std::string& s) {
    auto n = test::numbers_in(s);
    REQUIRE(n.size() == 1);
    return n[0].value;
  };
  CHECK(value("104.548 afiliados") == "104548");
  CHECK(value("104,548 workers") == "104548");
  CHECK(value("419\xC2\xA0"
              "221") == "419221");
  CHECK(value("% 63,6") == "63.6");
  CHECK(value("63.6%") == "63.6");
  CHECK(value("1.234.567,5") == "1234567.5");
  CHECK(test::numbers_in("2025eko")[0].is_year);
  CHECK_FALSE(test::numbers_in("2.025")[0].is_year);
}
