// Loading scenario packs: the valid test pack loads as written, and every mistake a facilitator can
// make is reported once, in words, at the line:column where it is, while the rest still loads.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "content_check.h"
#include "library.h"
#include "pack_loader.h"
#include "test_files.h"
#include "test_year.h"

using namespace ar;

namespace {

const std::string& mini_pack() {
  static const std::string text = test::read_file(AR_FIXTURES "/mini-pack.json");
  return text;
}

size_t occurrences(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// `text` with `from` replaced by `to`: the first `from` after `after`, or else the only `from`.
std::string change(std::string text, const std::string& from, const std::string& to,
                   const std::string& after = "") {
  INFO("changing " << from << " to " << to);
  size_t start = 0;
  if (after.empty()) {
    REQUIRE(occurrences(text, from) == 1);
  } else {
    start = text.find(after);
    REQUIRE(start != std::string::npos);
  }
  size_t at = text.find(from, start);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

// Markers for the four scenarios of the test pack, $.scenarios[0] to [3].
const std::string jobs_one = "\"id\": \"jobs-one\"";
const std::string health_two = "\"id\": \"health-two\"";
const std::string housing_three = "\"id\": \"housing-three\"";
const std::string crime_four = "\"id\": \"crime-four\"";

// Every problem as "line:column path: message", for comparing whole reports at once.
std::vector<std::string> located(const std::vector<Problem>& problems,
                                 const std::string& file = "mini-pack.json") {
  std::vector<std::string> out;
  for (const auto& p : problems) {
    CHECK(p.file == file);
    CHECK(p.severity == Problem::Severity::Error);
    out.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + " " + p.path + ": " +
                  p.message);
  }
  return out;
}

// Loads a changed test pack, which must be refused as a whole, and returns its problems.
std::vector<std::string> problems_loading(const std::string& text,
                                          int current_year = test::current_year) {
  PackLoadResult r = load_pack(text, "mini-pack.json", current_year);
  CHECK_FALSE(r.pack.has_value());
  CHECK(has_errors(r.problems));
  return located(r.problems);
}

using Lines = std::vector<std::string>;

std::string fixture(const std::string& name) {
  return test::read_file(AR_FIXTURES "/" + name);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The valid test pack

TEST_CASE("the test pack loads with no problems") {
  PackLoadResult r = load_pack(mini_pack(), "mini-pack.json", test::current_year);
  CHECK(located(r.problems).empty());
  REQUIRE(r.pack.has_value());
  const PackInfo& info = r.pack->info;
  CHECK(info.id == "mini-pack");
  CHECK(info.title.in("es") == "Paquete m\xC3\xADnimo");
  CHECK(info.title.in("en") == "Mini pack");
  CHECK(info.version == "1.0.0");
  CHECK(info.languages == std::vector<std::string>{"es", "eu", "en"});
  CHECK(info.authors == std::vector<std::string>{"Anti-Rumour tests"});
  CHECK(info.licence == "CC-BY-4.0");
  CHECK(info.last_reviewed == "2026-01-15");
  CHECK(info.review == ReviewByLanguage{{"es", ReviewStatus::Draft},
                                        {"eu", ReviewStatus::Draft},
                                        {"en", ReviewStatus::Reviewed}});

  const auto& s = r.pack->scenarios;
  REQUIRE(s.size() == 4);
  CHECK(s[0].id == "jobs-one");
  CHECK(s[1].id == "health-two");
  CHECK(s[2].id == "housing-three");
  CHECK(s[3].id == "crime-four");
  for (const auto& scenario : s) CHECK(scenario.pack_id == "mini-pack");
}

TEST_CASE("the test pack's first scenario holds exactly what the file says") {
  PackLoadResult r = load_pack(mini_pack(), "mini-pack.json", test::current_year);
  REQUIRE(r.pack.has_value());
  const Scenario& s = r.pack->scenarios[0];
  CHECK(s.topic == "jobs");
  CHECK(s.difficulty == Difficulty::Easy);
  CHECK(s.rumour.in("en") == "Test rumour one");
  CHECK(s.rumour.in("es") == "Rumor de prueba uno");
  CHECK(s.rumour.in("eu") == "Proba zurrumurrua bat");
  CHECK(s.verdict == Verdict::False);
  CHECK(s.fact.text.in("en") == "Test fact one");
  CHECK(s.fact.figure.in("es") == "12 %");
  CHECK(s.fact.source.institution == "Test Institute one");
  CHECK(s.fact.source.title == "Test report one");
  CHECK(s.fact.source.year == 2019);
  CHECK(s.fact.source.area == "Testland");
  CHECK(s.fact.source.url == "https://example.org/jobs-one");
  CHECK(s.explanation.in("es") == "Explicaci\xC3\xB3n de prueba uno");
  REQUIRE(s.replies.size() == 3);
  CHECK(s.replies[0].kind == ReplyKind::EmpathicQuestion);
  CHECK(s.replies[0].quality == ReplyQuality::Good);
  CHECK(s.replies[0].text.in("eu") == "Erantzuna 1");
  CHECK(s.replies[0].feedback.in("en") == "Feedback 1");
  CHECK(s.replies[1].kind == ReplyKind::Mocking);
  CHECK(s.replies[1].quality == ReplyQuality::Poor);
  CHECK(s.replies[2].kind == ReplyKind::Lecturing);
  CHECK(s.replies[2].quality == ReplyQuality::Partial);
  CHECK(s.discussion.in("en") == "Test question one?");
  CHECK(s.practices == std::vector<std::string>{"bilbao-anti-rumour-web-app"});
}

TEST_CASE("without \"choices\" a player may pick any verdict, in the name table's order") {
  PackLoadResult r = load_pack(mini_pack(), "mini-pack.json", test::current_year);
  REQUIRE(r.pack.has_value());
  std::vector<Verdict> all;  // in the order of the name table
  for (const auto& [verdict, name] : verdict_names()) all.push_back(verdict);
  CHECK(r.pack->scenarios[0].choices == all);
  CHECK(r.pack->scenarios[2].choices == all);
  CHECK(r.pack->scenarios[3].choices == all);
}

TEST_CASE("\"choices\" limits the verdicts, in the order written") {
  PackLoadResult r = load_pack(mini_pack(), "mini-pack.json", test::current_year);
  REQUIRE(r.pack.has_value());
  const Scenario& s = r.pack->scenarios[1];
  CHECK(s.verdict == Verdict::Misleading);
  CHECK(s.choices == std::vector<Verdict>{Verdict::False, Verdict::Misleading, Verdict::True});
  CHECK(s.fact.figure.empty());
  CHECK(s.practices.empty());
}

TEST_CASE("the test pack mixes verdicts, difficulties, topics and reply counts") {
  PackLoadResult r = load_pack(mini_pack(), "mini-pack.json", test::current_year);
  REQUIRE(r.pack.has_value());
  const auto& s = r.pack->scenarios;
  CHECK(s[2].topic == "housing");
  CHECK(s[2].difficulty == Difficulty::Hard);
  CHECK(s[2].verdict == Verdict::True);
  REQUIRE(s[2].replies.size() == 4);
  CHECK(s[2].replies[3].kind == ReplyKind::LocalFact);
  CHECK(s[3].topic == "crime");
  CHECK(s[3].difficulty == Difficulty::Medium);
  CHECK(s[3].verdict == Verdict::NotEnoughData);
  CHECK(s[3].fact.source.year == 2018);
}

// ---------------------------------------------------------------------------------------------
// One mistake at a time, in the test pack

TEST_CASE("a missing required field is reported at the scenario that lacks it") {
  std::string text = change(mini_pack(), "\"topic\": \"health\",\n      ", "", health_two);
  CHECK(problems_loading(text) == Lines{"115:5 $.scenarios[1]: the field \"topic\" is missing"});
}

TEST_CASE("a number where a text belongs says what was found") {
  std::string text = change(mini_pack(), "\"Test rumour two\"", "3");
  CHECK(problems_loading(text) ==
        Lines{"120:15 $.scenarios[1].rumour.en: expected a text in double quotes, found a "
              "number (3)"});
}

TEST_CASE("a blank text counts as missing") {
  std::string text = change(mini_pack(), "\"Test rumour two\"", "\"   \"");
  CHECK(problems_loading(text) == Lines{"120:15 $.scenarios[1].rumour.en: this text is empty"});
}

TEST_CASE("every problem of one text is reported in one pass, the missing languages first") {
  // Texts without a problem are read on a shorter way than the others: beside a good one (es),
  // a missing language, an unknown one and a text too long are each reported, the missing one
  // first and then the others in the order of their keys.
  std::string text = change(mini_pack(), "\"en\": \"Test rumour two\",",
                            "\"$comment\": \"c\", \"fr\": \"x\", \"EN\": \"Test rumour two\",");
  text = change(text, "\"Proba zurrumurrua bi\"", "\"" + std::string(221, 'z') + "\"");
  CHECK(problems_loading(text) ==
        Lines{"119:17 $.scenarios[1].rumour: the en text is missing (the pack's languages are es, "
              "eu, en)",
              "120:43 $.scenarios[1].rumour.EN: the language \"EN\" is not in the pack's "
              "\"languages\" list",
              "122:15 $.scenarios[1].rumour.eu: this text is too long: 221 characters, the limit "
              "is 220",
              "120:32 $.scenarios[1].rumour.fr: the language \"fr\" is not in the pack's "
              "\"languages\" list"});
}

TEST_CASE("a word in the wrong letter case is refused with a hint, in a list too") {
  // Words that are right are found on a shorter way than the others: the others still say so.
  std::string text = change(mini_pack(), "\"kind\": \"empathic_question\"",
                            "\"kind\": \"Empathic_Question\"", health_two);
  text = change(text, "\"difficulty\": \"medium\"", "\"difficulty\": \"MEDIUM\"", health_two);
  text = change(text, "\"true\"", "\"True\"", "\"choices\": [");
  CHECK(problems_loading(text) ==
        Lines{"118:21 $.scenarios[1].difficulty: expected one of: easy, medium, hard, found the "
              "text \"MEDIUM\" (only the letter case differs: write \"medium\")",
              "128:9 $.scenarios[1].choices[2]: expected one of: true, false, misleading, "
              "not_enough_data, found the text \"True\" (only the letter case differs: write "
              "\"true\")",
              "156:19 $.scenarios[1].replies[0].kind: expected one of: empathic_question, "
              "local_fact, alternative_story, mocking, lecturing, agreeing, walking_away, denying, "
              "labelling, fact_dump, found the text \"Empathic_Question\" (only the letter case "
              "differs: write \"empathic_question\")"});
}

TEST_CASE("a wrongly spelt field is reported with a \"did you mean\"") {
  std::string text = change(mini_pack(), "\"rumour\": {", "\"rumor\": {", health_two);
  CHECK(problems_loading(text) ==
        Lines{"119:16 $.scenarios[1].rumor: unknown field \"rumor\" (did you mean \"rumour\"?)",
              "115:5 $.scenarios[1]: the field \"rumour\" is missing"});
}

TEST_CASE("an unknown field that looks like no known one has no suggestion") {
  std::string text = change(mini_pack(), health_two + ",", health_two + ", \"notes\": \"x\",");
  CHECK(problems_loading(text) == Lines{"116:36 $.scenarios[1].notes: unknown field \"notes\""});
}

TEST_CASE("\"$schema\" and \"$comment\" are not unknown fields") {
  std::string text = change(mini_pack(), "\"format\": 1,",
                            "\"$schema\": \"x.json\", \"$comment\": \"notes\", \"format\": 1,");
  PackLoadResult r = load_pack(text, "mini-pack.json", test::current_year);
  CHECK(located(r.problems).empty());
  CHECK(r.pack.has_value());
}

TEST_CASE("a missing field or language says, as data, which path is missing") {
  nlohmann::json pack = nlohmann::json::parse(mini_pack());
  pack["scenarios"][1]["fact"]["source"].erase("url");
  pack["scenarios"][0]["rumour"].erase("eu");
  PackLoadResult r = load_pack(pack.dump(2), "mini-pack.json", test::current_year);
  REQUIRE(r.problems.size() == 2);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& p : r.problems) got.push_back({p.path, p.missing_path});
  CHECK(got == std::vector<std::pair<std::string, std::string>>{
                   {"$.scenarios[0].rumour", "$.scenarios[0].rumour.eu"},
                   {"$.scenarios[1].fact.source", "$.scenarios[1].fact.source.url"}});
  // Other problems have no missing path.
  std::string bad = change(mini_pack(), "\"verdict\": \"misleading\"", "\"verdict\": \"maybe\"");
  for (const auto& p : load_pack(bad, "mini-pack.json", test::current_year).problems)
    CHECK(p.missing_path.empty());
}

TEST_CASE("a verdict that is not one of the four words lists the allowed words") {
  std::string text = change(mini_pack(), "\"verdict\": \"misleading\"", "\"verdict\": \"maybe\"");
  CHECK(problems_loading(text) ==
        Lines{"124:18 $.scenarios[1].verdict: expected one of: true, false, misleading, "
              "not_enough_data, found the text \"maybe\""});
}

TEST_CASE("the right verdict must be one of the choices") {
  std::string text =
      change(mini_pack(), "\"verdict\": \"misleading\"", "\"verdict\": \"not_enough_data\"");
  CHECK(problems_loading(text) ==
        Lines{"125:18 $.scenarios[1].choices: the right verdict \"not_enough_data\" is not among "
              "the choices"});
}

TEST_CASE("a verdict listed twice in the choices is reported at the second one") {
  std::string text = change(mini_pack(), "\"true\"\n      ]", "\"false\"\n      ]", health_two);
  CHECK(problems_loading(text) ==
        Lines{"128:9 $.scenarios[1].choices[2]: this verdict is listed twice"});
}

TEST_CASE("two scenarios with the same id are reported at the second") {
  std::string text = change(mini_pack(), crime_four, jobs_one);
  CHECK(problems_loading(text) ==
        Lines{"293:13 $.scenarios[3].id: the id \"jobs-one\" is used twice in this pack"});
}

TEST_CASE("a scenario needs at least one good reply") {
  std::string text =
      change(mini_pack(), "\"quality\": \"good\"", "\"quality\": \"partial\"", health_two);
  CHECK(problems_loading(text) ==
        Lines{"149:18 $.scenarios[1].replies: at least one reply must have \"quality\": \"good\" "
              "(the right way to answer)"});
}

TEST_CASE("a scenario with two replies is reported with the count") {
  PackLoadResult r =
      load_pack(fixture("broken/two-replies.json"), "two-replies.json", test::current_year);
  CHECK_FALSE(r.pack.has_value());
  CHECK(located(r.problems, "two-replies.json") ==
        Lines{"62:18 $.scenarios[0].replies: a scenario needs 3 or 4 replies, found 2"});
}

TEST_CASE("a scenario with five replies is reported with the count") {
  PackLoadResult r =
      load_pack(fixture("broken/five-replies.json"), "five-replies.json", test::current_year);
  CHECK_FALSE(r.pack.has_value());
  CHECK(located(r.problems, "five-replies.json") ==
        Lines{"62:18 $.scenarios[0].replies: a scenario needs 3 or 4 replies, found 5"});
}

TEST_CASE("a source address must be a web address") {
  const std::string url = "\"https://example.org/health-two\"";
  auto problems_with = [&](const std::string& bad) {
    return problems_loading(change(mini_pack(), url, "\"" + bad + "\""));
  };
  CHECK(problems_with("ftp://x") ==
        Lines{"141:18 $.scenarios[1].fact.source.url: expected a web address starting with "
              "https:// or http://, found \"ftp://x\""});
  CHECK(problems_with("www.x.org") ==
        Lines{"141:18 $.scenarios[1].fact.source.url: expected a web address starting with "
              "https:// or http://, found \"www.x.org\""});
  CHECK(problems_with("https://") ==
        Lines{"141:18 $.scenarios[1].fact.source.url: expected a web address starting with "
              "https:// or http://, found \"https://\""});
  CHECK(problems_with("https://example.org/a b") ==
        Lines{"141:18 $.scenarios[1].fact.source.url: expected a web address starting with "
              "https:// or http://, found \"https://example.org/a b\""});
}

TEST_CASE("plain http addresses are accepted") {
  std::string text =
      change(mini_pack(), "\"https://example.org/health-two\"", "\"http://example.org/x\"");
  PackLoadResult r = load_pack(text, "mini-pack.json", test::current_year);
  CHECK(located(r.problems).empty());
  REQUIRE(r.pack.has_value());
  CHECK(r.pack->scenarios[1].fact.source.url == "http://example.org/x");
}

TEST_CASE("a source year before 1950 is out of range") {
  std::string text = change(mini_pack(), "\"year\": 2021", "\"year\": 1900");
  CHECK(problems_loading(text) ==
        Lines{"139:19 $.scenarios[1].fact.source.year: expected a number from 1950 to 2026, "
              "found 1900"});
}

TEST_CASE("a source year after the current year is out of range") {
  CHECK(problems_loading(change(mini_pack(), "\"year\": 2021", "\"year\": 2031"), 2030) ==
        Lines{"139:19 $.scenarios[1].fact.source.year: expected a number from 1950 to 2030, "
              "found 2031"});
  CHECK(problems_loading(change(mini_pack(), "\"year\": 2021", "\"year\": 2027")) ==
        Lines{"139:19 $.scenarios[1].fact.source.year: expected a number from 1950 to 2026, "
              "found 2027"});
  // The current year itself and 1950 are fine.
  std::string this_year = change(mini_pack(), "\"year\": 2021", "\"year\": 2030");
  CHECK(load_pack(this_year, "mini-pack.json", 2030).problems.empty());
  CHECK(load_pack(change(mini_pack(), "\"year\": 2021", "\"year\": 1950"), "x", test::current_year)
            .problems.empty());
}

TEST_CASE("text length is counted in characters, not bytes") {
  const std::string rumour = "\"Rumor de prueba dos\"";
  std::string e_acute = "\xC3\xA9";  // é: one character, two bytes
  std::string at_limit, over_limit;
  for (int i = 0; i < 220; ++i) at_limit += e_acute;
  over_limit = at_limit + e_acute;

  // 220 characters (440 bytes) is exactly the limit for a rumour.
  PackLoadResult ok =
      load_pack(change(mini_pack(), rumour, "\"" + at_limit + "\""), "x", test::current_year);
  CHECK(ok.problems.empty());
  REQUIRE(ok.pack.has_value());
  CHECK(ok.pack->scenarios[1].rumour.in("es") == at_limit);

  CHECK(problems_loading(change(mini_pack(), rumour, "\"" + over_limit + "\"")) ==
        Lines{"121:15 $.scenarios[1].rumour.es: this text is too long: 221 characters, the limit "
              "is 220"});
}

TEST_CASE("a text without one of the pack's languages names the missing language") {
  std::string text = change(mini_pack(), ",\n        \"eu\": \"Proba zurrumurrua bi\"", "");
  CHECK(problems_loading(text) ==
        Lines{"119:17 $.scenarios[1].rumour: the eu text is missing (the pack's languages are "
              "es, eu, en)"});
}

TEST_CASE("a text in a language the pack does not list is reported") {
  std::string text = change(mini_pack(), "\"en\": \"Test rumour two\",",
                            "\"en\": \"Test rumour two\", \"fr\": \"Rumeur de test deux\",");
  CHECK(problems_loading(text) ==
        Lines{"120:40 $.scenarios[1].rumour.fr: the language \"fr\" is not in the pack's "
              "\"languages\" list"});
}

TEST_CASE("ids may hold only lowercase letters, digits and '-'") {
  CHECK(problems_loading(change(mini_pack(), "\"health-two\"", "\"Health_Two\"")) ==
        Lines{"116:13 $.scenarios[1].id: an id may hold only lowercase letters, digits and '-', "
              "found \"Health_Two\""});
  CHECK(problems_loading(change(mini_pack(), "\"mini-pack\"", "\"mini pack\"")) ==
        Lines{"4:11 $.pack.id: an id may hold only lowercase letters, digits and '-', found "
              "\"mini pack\""});
  CHECK(problems_loading(change(mini_pack(), "\"health-two\"", "\"-two\"")) ==
        Lines{"116:13 $.scenarios[1].id: an id may hold only lowercase letters, digits and '-', "
              "found \"-two\""});
}

TEST_CASE("last_reviewed must be a date written YYYY-MM-DD") {
  CHECK(problems_loading(change(mini_pack(), "\"2026-01-15\"", "\"15/01/2026\"")) ==
        Lines{"20:22 $.pack.last_reviewed: expected a date written YYYY-MM-DD, found "
              "\"15/01/2026\""});
  CHECK(problems_loading(change(mini_pack(), "\"2026-01-15\"", "\"2026-13-01\"")) ==
        Lines{"20:22 $.pack.last_reviewed: expected a date written YYYY-MM-DD, found "
              "\"2026-13-01\""});
}

TEST_CASE("a pack of a newer format is one plain problem, not a list of unknown fields") {
  CHECK(problems_loading(change(mini_pack(), "\"format\": 1,", "\"format\": 3,")) ==
        Lines{"2:13 $.format: this pack was made for a newer version of the game (format 3); "
              "this game reads formats 1 and 2"});
  // A newer format's own fields, wherever they are, are not reported one by one.
  std::string newer = change(mini_pack(), "\"format\": 1,", "\"format\": 7, \"teams\": [],");
  newer = change(newer, "\"difficulty\": \"easy\",", "\"difficulty\": \"easy\", \"hints\": 2,");
  CHECK(problems_loading(newer) ==
        Lines{"2:13 $.format: this pack was made for a newer version of the game (format 7); "
              "this game reads formats 1 and 2"});
  CHECK(problems_loading(change(mini_pack(), "\"format\": 1,", "\"format\": 0,")) ==
        Lines{"2:13 $.format: expected a number from 1 to 2, found 0"});
}

TEST_CASE("a pack with wrong value types reports each of them") {
  // This file is also what `antirumour --validate` must refuse (see tests/CMakeLists.txt).
  PackLoadResult r =
      load_pack(fixture("broken/wrong-types.json"), "wrong-types.json", test::current_year);
  CHECK_FALSE(r.pack.has_value());
  CHECK(located(r.problems, "wrong-types.json") ==
        Lines{"2:13 $.format: expected a whole number, found the text \"1\"",
              "33:15 $.scenarios[0].rumour.en: expected a text in double quotes, found a number "
              "(3)",
              "52:19 $.scenarios[0].fact.source.year: expected a whole number, found the text "
              "\"2019\"",
              "84:22 $.scenarios[0].replies[1].quality: expected one of: good, partial, poor, "
              "found true",
              "106:21 $.scenarios[0].discussion: expected one text per language, like { \"es\": "
              "\"\xE2\x80\xA6\", \"eu\": \"\xE2\x80\xA6\", \"en\": \"\xE2\x80\xA6\" }, found the "
              "text \"Talk about it\""});
}

TEST_CASE("a file cut off in the middle is one problem at its end") {
  PackLoadResult r = load_pack(fixture("broken/cut-off.json"), "cut-off.json", test::current_year);
  CHECK_FALSE(r.pack.has_value());
  CHECK(located(r.problems, "cut-off.json") ==
        Lines{"41:1 : this is not valid JSON: syntax error while parsing object key - unexpected "
              "end of input; expected string literal (the file ends too early: is it cut off, or "
              "is a closing } or ] missing?)"});
}

TEST_CASE("a pack with many different mistakes reports all of them in one pass") {
  std::string text = mini_pack();
  text = change(text, "\"format\": 1,", "\"format\": 0,");
  text = change(text, "\"mini-pack\"", "\"Mini Pack\"");
  text = change(text, "\"2026-01-15\"", "\"2026-13-15\"");
  text = change(text, "\"topic\": \"jobs\"", "\"topic\": \"work\"");
  text = change(text, "\"verdict\": \"misleading\"", "\"verdict\": \"maybe\"");
  text = change(text, "\"https://example.org/health-two\"", "\"ftp://x\"");
  text = change(text, "\"difficulty\": \"hard\"", "\"difficulty\": \"tricky\"");
  text = change(text, "\"Test rumour four\"", "4");
  text = change(text, crime_four, jobs_one);
  std::vector<std::string> problems = problems_loading(text);
  CHECK(problems.size() == 9);
  CHECK(
      problems ==
      Lines{"2:13 $.format: expected a number from 1 to 2, found 0",
            "4:11 $.pack.id: an id may hold only lowercase letters, digits and '-', found \"Mini "
            "Pack\"",
            "20:22 $.pack.last_reviewed: expected a date written YYYY-MM-DD, found "
            "\"2026-13-15\"",
            "30:16 $.scenarios[0].topic: expected one of: jobs, benefits, health, crime, housing, "
            "schools, language, religion, taxes_business, living_together, found the text "
            "\"work\"",
            "124:18 $.scenarios[1].verdict: expected one of: true, false, misleading, "
            "not_enough_data, found the text \"maybe\"",
            "141:18 $.scenarios[1].fact.source.url: expected a web address starting with "
            "https:// or http://, found \"ftp://x\"",
            "202:21 $.scenarios[2].difficulty: expected one of: easy, medium, hard, found the "
            "text \"tricky\"",
            "297:15 $.scenarios[3].rumour.en: expected a text in double quotes, found a number "
            "(4)",
            "293:13 $.scenarios[3].id: the id \"jobs-one\" is used twice in this pack"});
}

// ---------------------------------------------------------------------------------------------
// The library: all packs together

namespace {

// The test pack under another pack id, with its scenario ids renamed unless kept.
std::string other_pack(bool keep_scenario_ids = false) {
  std::string text = change(mini_pack(), "\"mini-pack\"", "\"other-pack\"");
  if (keep_scenario_ids) return text;
  text = change(text, jobs_one, "\"id\": \"jobs-five\"");
  text = change(text, health_two, "\"id\": \"health-six\"");
  text = change(text, housing_three, "\"id\": \"housing-seven\"");
  return change(text, crime_four, "\"id\": \"crime-eight\"");
}

}  // namespace

TEST_CASE("a broken pack is skipped with its report while the other packs load") {
  Library lib = Library::load({{"packs/mini-pack.json", mini_pack()},
                               {"packs/cut-off.json", fixture("broken/cut-off.json")},
                               {"packs/other-pack.json", other_pack()}},
                              test::current_year);
  REQUIRE(lib.reports().size() == 3);
  CHECK(lib.reports()[0].file == "packs/mini-pack.json");
  CHECK(lib.reports()[0].loaded);
  CHECK(lib.reports()[0].problems.empty());
  CHECK(lib.reports()[0].pack_id == "mini-pack");
  CHECK(lib.reports()[1].file == "packs/cut-off.json");
  CHECK_FALSE(lib.reports()[1].loaded);
  CHECK(lib.reports()[1].pack_id.empty());
  REQUIRE(lib.reports()[1].problems.size() == 1);
  CHECK(format_problem(lib.reports()[1].problems[0]).rfind("packs/cut-off.json:41:1: ", 0) == 0);
  CHECK(lib.reports()[2].loaded);
  CHECK(lib.has_problems());

  REQUIRE(lib.packs().size() == 2);
  CHECK(lib.packs()[0].info.id == "mini-pack");
  CHECK(lib.packs()[1].info.id == "other-pack");
  CHECK(lib.scenarios().size() == 8);
  REQUIRE(lib.find("jobs-one") != nullptr);
  CHECK(lib.find("jobs-one")->pack_id == "mini-pack");
  REQUIRE(lib.find("crime-eight") != nullptr);
  CHECK(lib.find("crime-eight")->pack_id == "other-pack");
  CHECK(lib.find("no-such-scenario") == nullptr);
}

TEST_CASE("good packs alone leave the library without problems") {
  Library lib =
      Library::load({{"a.json", mini_pack()}, {"b.json", other_pack()}}, test::current_year);
  CHECK_FALSE(lib.has_problems());
  CHECK(lib.scenarios().size() == 8);
}

TEST_CASE("a scenario id used by an earlier pack is reported and the second pack skipped") {
  std::string text = change(other_pack(), "\"id\": \"crime-eight\"", crime_four);
  Library lib = Library::load({{"packs/mini-pack.json", mini_pack()}, {"packs/b.json", text}},
                              test::current_year);
  REQUIRE(lib.reports().size() == 2);
  CHECK(lib.reports()[0].loaded);
  CHECK_FALSE(lib.reports()[1].loaded);
  REQUIRE(lib.reports()[1].problems.size() == 1);
  CHECK(format_problem(lib.reports()[1].problems[0]) ==
        "packs/b.json:293:13: $.scenarios[3].id: the scenario id \"crime-four\" is already used "
        "by the pack \"mini-pack\" (packs/mini-pack.json)");
  REQUIRE(lib.packs().size() == 1);
  CHECK(lib.scenarios().size() == 4);
  CHECK(lib.find("crime-four")->pack_id == "mini-pack");
  CHECK(lib.find("jobs-five") == nullptr);  // the whole second pack is skipped
}

TEST_CASE("every scenario id shared with an earlier pack is reported") {
  Library lib =
      Library::load({{"a.json", mini_pack()}, {"b.json", other_pack(true)}}, test::current_year);
  REQUIRE(lib.reports().size() == 2);
  CHECK_FALSE(lib.reports()[1].loaded);
  std::vector<std::string> messages;
  for (const auto& p : lib.reports()[1].problems) messages.push_back(p.message);
  CHECK(
      messages ==
      Lines{"the scenario id \"jobs-one\" is already used by the pack \"mini-pack\" (a.json)",
            "the scenario id \"health-two\" is already used by the pack \"mini-pack\" (a.json)",
            "the scenario id \"housing-three\" is already used by the pack \"mini-pack\" (a.json)",
            "the scenario id \"crime-four\" is already used by the pack \"mini-pack\" (a.json)"});
}

TEST_CASE("a scenario id clash between packs points at the id in the second pack") {
  // Known defect: the clash is reported without a line:column (0:0) and at "$.scenarios" rather
  // than at the scenario's id, although the loader knows where it is.
  std::string text = change(other_pack(), "\"id\": \"health-six\"", health_two);
  Library lib = Library::load({{"a.json", mini_pack()}, {"b.json", text}}, test::current_year);
  REQUIRE(lib.reports().size() == 2);
  REQUIRE(lib.reports()[1].problems.size() == 1);
  const Problem& p = lib.reports()[1].problems[0];
  CHECK(p.path == "$.scenarios[1].id");
  CHECK(p.line == 116);
  CHECK(p.column == 13);
}

TEST_CASE("two packs with the same pack id: the second is skipped") {
  std::string text = change(other_pack(), "\"other-pack\"", "\"mini-pack\"");
  Library lib = Library::load({{"a.json", mini_pack()}, {"b.json", text}}, test::current_year);
  REQUIRE(lib.reports().size() == 2);
  CHECK_FALSE(lib.reports()[1].loaded);
  REQUIRE(lib.reports()[1].problems.size() == 1);
  CHECK(lib.reports()[1].problems[0].path == "$.pack.id");
  CHECK(lib.reports()[1].problems[0].message ==
        "another pack already uses the id \"mini-pack\" (a.json)");
  CHECK(lib.packs().size() == 1);
}

TEST_CASE("the library's languages are those of the packs that loaded") {
  CHECK(Library::load({}, test::current_year).languages().empty());
  CHECK(Library::load({{"cut-off.json", fixture("broken/cut-off.json")}}, test::current_year)
            .languages()
            .empty());
  Library lib = Library::load({{"a.json", mini_pack()},
                               {"b.json", other_pack()},
                               {"cut-off.json", fixture("broken/cut-off.json")}},
                              test::current_year);
  CHECK(lib.languages() == std::vector<std::string>{"es", "eu", "en"});
}

// ---------------------------------------------------------------------------------------------
// `antirumour --validate`: any content file, told apart by its top-level fields

TEST_CASE("a file with \"practices\" is checked as the practice catalogue") {
  const char* text =
      R"({"format": 1, "languages": ["en"], "last_reviewed": "2026-01-01", "practices": 3})";
  CHECK(located(check_content_file(text, "p.json", test::current_year), "p.json") ==
        Lines{"1:80 $.practices: expected the list of practices (a list in [ ]), found a number "
              "(3)"});
  CHECK(check_content_file(test::read_file(AR_CONTENT "/practices.json"), "practices.json",
                           test::current_year)
            .empty());
}

TEST_CASE("a file with \"strings\" is checked as the interface strings") {
  const char* text = R"({"format": 1, "languages": ["en"], "strings": 3})";
  CHECK(located(check_content_file(text, "s.json", test::current_year), "s.json") ==
        Lines{"1:47 $.strings: expected the table of strings (a group of fields in { }), found "
              "a number (3)"});
  CHECK(check_content_file(test::read_file(AR_CONTENT "/ui-strings.json"), "ui.json",
                           test::current_year)
            .empty());
}

TEST_CASE("any other file is checked as a scenario pack") {
  CHECK(check_content_file(mini_pack(), "mini-pack.json", test::current_year).empty());
  CHECK(
      located(check_content_file(R"({"format": 1, "scenario": []})", "x.json", test::current_year),
              "x.json") ==
      Lines{"1:27 $.scenario: unknown field \"scenario\" (did you mean \"scenarios\"?)",
            "1:1 $: the field \"pack\" is missing", "1:1 $: the field \"scenarios\" is missing"});
  CHECK(
      located(check_content_file(fixture("broken/wrong-types.json"), "w.json", test::current_year),
              "w.json")
          .size() == 5);
  CHECK(located(check_content_file("{\"a\": ", "x.json", test::current_year), "x.json").size() ==
        1);
}
