// The pack format's two versions: format 1 packs load as they always did, format 2 adds each
// scenario's manipulation techniques (required), its status and facilitator notes; a wrong
// technique name is explained with the list, a "did you mean" or a letter-case hint.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pack_loader.h"
#include "scenario.h"
#include "test_files.h"
#include "test_year.h"

using namespace ar;
using json = nlohmann::json;

namespace {

json mini_pack() {
  return json::parse(test::read_file(AR_FIXTURES "/mini-pack.json"));
}

// The test pack in format 2: each scenario names the technique `technique`.
json format_2_pack(const json& technique = json::array({"zero_sum"})) {
  json pack = mini_pack();
  pack["format"] = 2;
  for (auto& s : pack["scenarios"]) s["techniques"] = technique;
  return pack;
}

PackLoadResult load(const json& pack) {
  return load_pack(pack.dump(2), "pack.json", test::current_year);
}

// Every problem as "path: message" (the line numbers are those of the dumped text).
std::vector<std::string> problems_of(const json& pack) {
  PackLoadResult r = load(pack);
  CHECK_FALSE(r.pack.has_value());
  std::vector<std::string> out;
  for (const auto& p : r.problems) out.push_back(p.path + ": " + p.message);
  return out;
}

using Lines = std::vector<std::string>;

const std::string valid_techniques =
    "one of: anecdote_as_proof, cherry_picking, numbers_without_rate, false_consensus, zero_sum, "
    "blaming_a_group, scary_projection, old_data_as_new";

}  // namespace

TEST_CASE("a format 1 pack loads as before: no techniques, every scenario checked") {
  PackLoadResult r = load(mini_pack());
  for (const auto& p : r.problems) FAIL_CHECK(format_problem(p));
  REQUIRE(r.pack.has_value());
  CHECK(r.pack->format == 1);
  REQUIRE(r.pack->scenarios.size() == 4);
  for (const auto& s : r.pack->scenarios) {
    CHECK(s.techniques.empty());
    CHECK(s.status == ScenarioStatus::Checked);
    CHECK(s.facilitator_notes.empty());
  }
}

TEST_CASE("a format 1 pack that uses a format 2 field is told to say format 2") {
  for (const char* field : {"techniques", "status", "facilitator_notes"}) {
    json pack = mini_pack();
    pack["scenarios"][1][field] = field == std::string("status") ? json("draft") : json::array();
    CHECK(problems_of(pack) ==
          Lines{std::string("$.scenarios[1].") + field + ": \"" + field +
                "\" is a field of format 2: write \"format\": 2 at the top of the file"});
  }
}

TEST_CASE("a format 2 pack reads each scenario's techniques, status and facilitator notes") {
  json pack = format_2_pack();
  pack["scenarios"][0]["techniques"] = {"cherry_picking", "old_data_as_new"};
  pack["scenarios"][0]["status"] = "draft";
  pack["scenarios"][0]["facilitator_notes"] = {
      {"es", "Pregunta al grupo."}, {"eu", "Galdetu taldeari."}, {"en", "Ask the group."}};
  pack["scenarios"][1]["status"] = "checked";
  PackLoadResult r = load(pack);
  for (const auto& p : r.problems) FAIL_CHECK(format_problem(p));
  REQUIRE(r.pack.has_value());
  CHECK(r.pack->format == 2);
  const auto& s = r.pack->scenarios;
  CHECK(s[0].techniques == std::vector{Technique::CherryPicking, Technique::OldDataAsNew});
  CHECK(s[0].status == ScenarioStatus::Draft);
  CHECK(s[0].facilitator_notes.in("en") == "Ask the group.");
  CHECK(s[0].facilitator_notes.in("eu") == "Galdetu taldeari.");
  CHECK(s[1].techniques == std::vector{Technique::ZeroSum});
  CHECK(s[1].status == ScenarioStatus::Checked);
  CHECK(s[2].status == ScenarioStatus::Checked);  // left out: checked
  CHECK(s[2].facilitator_notes.empty());
}

TEST_CASE("every technique name of the core's list loads, and no other") {
  for (const auto& [technique, name] : technique_names()) {
    INFO(name);
    PackLoadResult r = load(format_2_pack(json::array({name})));
    REQUIRE(r.pack.has_value());
    CHECK(r.pack->scenarios[3].techniques == std::vector{technique});
  }
  CHECK(technique_names().size() == 8);
}

TEST_CASE("a format 2 scenario needs at least one technique") {
  json pack = format_2_pack();
  pack["scenarios"][2].erase("techniques");
  pack["scenarios"][3]["techniques"] = json::array();
  CHECK(problems_of(pack) ==
        Lines{"$.scenarios[2]: the field \"techniques\" is missing",
              "$.scenarios[3].techniques: name at least one technique the rumour uses, " +
                  valid_techniques});
}

TEST_CASE("a wrong technique name lists the valid ones, with a did-you-mean or a case hint") {
  json pack = format_2_pack();
  pack["scenarios"][0]["techniques"] = {"cherry-picking"};
  pack["scenarios"][1]["techniques"] = {"zero_sum", "Blaming_A_Group"};
  pack["scenarios"][2]["techniques"] = {"lying"};
  pack["scenarios"][3]["techniques"] = {"zero_sum", 4, "zero_sum"};
  CHECK(problems_of(pack) ==
        Lines{"$.scenarios[0].techniques[0]: expected " + valid_techniques +
                  ", found the text \"cherry-picking\" (did you mean \"cherry_picking\"?)",
              "$.scenarios[1].techniques[1]: expected " + valid_techniques +
                  ", found the text \"Blaming_A_Group\" (only the letter case differs: write "
                  "\"blaming_a_group\")",
              "$.scenarios[2].techniques[0]: expected " + valid_techniques +
                  ", found the text \"lying\"",
              "$.scenarios[3].techniques[1]: expected " + valid_techniques + ", found a number (4)",
              "$.scenarios[3].techniques[2]: this technique is listed twice"});
}

TEST_CASE("the other words of a pack get the same hints as technique names") {
  json pack = mini_pack();
  pack["scenarios"][0]["verdict"] = "False";
  pack["scenarios"][1]["replies"][0]["kind"] = "local-fact";
  pack["scenarios"][2]["choices"] = {"true", "flase", "misleading"};
  pack["format"] = 2;
  for (auto& s : pack["scenarios"]) s["techniques"] = {"zero_sum"};
  pack["scenarios"][3]["status"] = "ready";
  CHECK(problems_of(pack) ==
        Lines{"$.scenarios[0].verdict: expected one of: true, false, misleading, not_enough_data, "
              "found the text \"False\" (only the letter case differs: write \"false\")",
              "$.scenarios[1].replies[0].kind: expected one of: empathic_question, local_fact, "
              "alternative_story, mocking, lecturing, agreeing, walking_away, denying, labelling, "
              "fact_dump, found the text "
              "\"local-fact\" (did you mean \"local_fact\"?)",
              "$.scenarios[2].choices[1]: expected one of: true, false, misleading, "
              "not_enough_data, found the text \"flase\" (did you mean \"false\"?)",
              "$.scenarios[3].status: expected one of: draft, checked, found the text \"ready\""});
}

TEST_CASE("facilitator notes follow the pack's languages and length limit like any text") {
  json pack = format_2_pack();
  pack["scenarios"][0]["facilitator_notes"] = {{"es", "Nota."}, {"en", "Note."}};
  pack["scenarios"][1]["facilitator_notes"] = {
      {"es", "x"}, {"eu", "x"}, {"en", std::string(TextLimits::facilitator_notes + 1, 'n')}};
  CHECK(problems_of(pack) ==
        Lines{"$.scenarios[0].facilitator_notes: the eu text is missing (the pack's languages "
              "are es, eu, en)",
              "$.scenarios[1].facilitator_notes.en: this text is too long: 1001 characters, the "
              "limit is 1000"});
}
