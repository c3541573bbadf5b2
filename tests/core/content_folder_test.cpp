// `antirumour --validate FOLDER`: a content folder checked as the game loads it (every pack, the
// ids across packs, the catalogue, the strings, the practices scenarios link to), each problem
// naming its scenario by number and id.
#include <algorithm>
#include <catch2/catch.hpp>

#include "content_check.h"
#include "test_files.h"
#include "test_year.h"

using namespace ar;

namespace {

const std::string folder = std::string(AR_FIXTURES) + "/content-folder/";

std::vector<std::string> formatted(const std::vector<Problem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(format_problem(p));
  return out;
}

// tests/fixtures/content-folder as platform::read_content reads it: ui-strings.json is missing.
ContentFolder fixture_folder() {
  ContentFolder f;
  f.packs = {{"packs/mini-pack.json", test::read_file(folder + "packs/mini-pack.json")},
             {"packs/my-town.json", test::read_file(folder + "packs/my-town.json")}};
  f.practices = test::read_file(folder + "practices.json");
  f.read_problems = {{"ui-strings.json", 0, 0, "", "this file is missing"}};
  f.current_year = test::current_year;
  return f;
}

}  // namespace

TEST_CASE("a content folder: the other pack of a shared id, unknown practices, missing files") {
  CHECK(formatted(check_content_folder(fixture_folder())) ==
        std::vector<std::string>{
            "ui-strings.json: this file is missing",
            "packs/my-town.json:116:13: $.scenarios[1].id (scenario 2 \"health-two\"): the "
            "scenario id \"health-two\" is already used by the pack \"mini-pack\" "
            "(packs/mini-pack.json)",
            "packs/mini-pack.json:112:9: warning: $.scenarios[0].practices[0] (scenario 1 "
            "\"jobs-one\"): the practice catalogue has no practice \"bilbao-anti-rumour-webapp\" "
            "(did you mean \"bilbao-anti-rumour-web-app\"?): the game shows no link for it"});
}

TEST_CASE("a missing file is reported once, never also as an empty one") {
  ContentFolder f = fixture_folder();
  f.read_problems.push_back({"practices.json", 0, 0, "", "this file is missing"});
  f.practices.clear();
  std::vector<std::string> found = formatted(check_content_folder(f));
  CHECK(std::count(found.begin(), found.end(), "practices.json: this file is missing") == 1);
  for (const auto& line : found) CHECK(line.find("empty") == std::string::npos);
  // With no catalogue, links cannot be checked: no warning claims they are unknown.
  for (const auto& line : found) CHECK(line.find("no practice") == std::string::npos);
}

TEST_CASE("a broken catalogue is reported, not every link as unknown") {
  ContentFolder f = fixture_folder();
  f.practices = R"({"format": 1, "languages": ["en"], "practices": 3})";
  for (const auto& line : formatted(check_content_folder(f)))
    CHECK(line.find("has no practice") == std::string::npos);
}

TEST_CASE("every practice a folder's scenarios name is in its catalogue: no warning") {
  ContentFolder f = fixture_folder();
  f.packs.pop_back();  // no clash
  f.packs[0].text = test::read_file(std::string(AR_FIXTURES) + "/mini-pack.json");
  f.read_problems.clear();
  f.ui_strings = test::read_file(std::string(AR_CONTENT) + "/ui-strings.json");
  CHECK(check_content_folder(f).empty());
}

TEST_CASE("problems about a scenario name it by number and id") {
  const std::string text = R"({"scenarios": [{"id": "jobs-one"}, {"topic": "jobs"}]})";
  std::vector<Problem> problems{{"a.json", 1, 1, "$.scenarios[0].rumour", "x"},
                                {"a.json", 1, 1, "$.scenarios[1].topic", "x"},
                                {"a.json", 1, 1, "$.scenarios[7]", "x"},
                                {"a.json", 1, 1, "$.pack.id", "x"},
                                {"b.json", 1, 1, "$.scenarios[0]", "x"}};
  name_scenarios(problems, text, "a.json");
  name_scenarios(problems, text, "a.json");  // named once, however often it runs
  std::vector<std::string> paths;
  for (const auto& p : problems) paths.push_back(p.path);
  CHECK(paths == std::vector<std::string>{"$.scenarios[0].rumour (scenario 1 \"jobs-one\")",
                                          "$.scenarios[1].topic (scenario 2)",
                                          "$.scenarios[7] (scenario 8)", "$.pack.id",
                                          "$.scenarios[0]"});
  // A file that is not JSON still gets the number.
  std::vector<Problem> cut{{"c.json", 1, 1, "$.scenarios[2].id", "x"}};
  name_scenarios(cut, "{\"scenarios\": [", "c.json");
  CHECK(cut[0].path == "$.scenarios[2].id (scenario 3)");
}
