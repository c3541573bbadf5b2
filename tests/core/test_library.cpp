#include "test_library.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "scoring.h"
#include "test_year.h"

namespace ar::test {

namespace {
using json = nlohmann::json;

json local(const std::vector<std::string>& languages, const std::string& text) {
  json out = json::object();
  for (const auto& l : languages) out[l] = text + " (" + l + ")";
  return out;
}
}  // namespace

std::string scenario_id(int number) {
  return "rumour-" + std::to_string(number);
}

std::string pack_json(const PackSpec& pack) {
  const auto& langs = pack.languages;
  json root;
  root["format"] = pack.format;
  root["pack"] = {{"id", pack.id},
                  {"title", local(langs, "Test pack " + pack.id)},
                  {"version", "1.0.0"},
                  {"languages", langs},
                  {"authors", {"Core tests"}},
                  {"licence", "CC-BY-4.0"},
                  {"last_reviewed", "2026-01-15"}};
  json scenarios = json::array();
  for (const auto& s : pack.scenarios) {
    std::string n = std::to_string(s.number);
    json sc;
    sc["id"] = scenario_id(s.number);
    sc["topic"] = s.topic;
    sc["difficulty"] = to_string(s.difficulty);
    if (pack.format >= 2) {
      sc["techniques"] = json::array();
      for (Technique t : s.techniques) sc["techniques"].push_back(to_string(t));
      if (s.techniques.empty())
        sc["techniques"].push_back(
            technique_names()[static_cast<size_t>(s.number) % technique_names().size()].name);
    }
    sc["rumour"] = local(langs, "Test rumour " + n);
    sc["verdict"] = to_string(s.verdict);
    if (!s.choices.empty()) {
      sc["choices"] = json::array();
      for (Verdict v : s.choices) sc["choices"].push_back(to_string(v));
    }
    sc["fact"] = {{"text", local(langs, "Test fact " + n)},
                  {"source",
                   {{"institution", "Test institute"},
                    {"title", "Test report " + n},
                    {"year", 2024},
                    {"area", "Testland"},
                    {"url", "https://example.org/" + n}}}};
    sc["explanation"] = local(langs, "Test explanation " + n);
    json good = {{"text", local(langs, "Good reply " + n)},
                 {"kind", "empathic_question"},
                 {"quality", "good"},
                 {"feedback", local(langs, "Good feedback " + n)}};
    json partial = {{"text", local(langs, "Partial reply " + n)},
                    {"kind", "lecturing"},
                    {"quality", "partial"},
                    {"feedback", local(langs, "Partial feedback " + n)}};
    json poor = {{"text", local(langs, "Poor reply " + n)},
                 {"kind", "mocking"},
                 {"quality", "poor"},
                 {"feedback", local(langs, "Poor feedback " + n)}};
    // The good reply is not always first: scoring must follow the quality, not the position.
    switch (s.number % 3) {
      case 0: sc["replies"] = {good, partial, poor}; break;
      case 1: sc["replies"] = {poor, good, partial}; break;
      default: sc["replies"] = {partial, poor, good}; break;
    }
    sc["discussion"] = local(langs, "Test discussion " + n);
    scenarios.push_back(sc);
  }
  root["scenarios"] = scenarios;
  return root.dump(1);
}

Library make_library(const std::vector<PackSpec>& packs) {
  std::vector<ContentFile> files;
  for (const auto& p : packs) files.push_back({"packs/" + p.id + ".json", pack_json(p)});
  Library lib = Library::load(files, test::current_year);
  for (const auto& report : lib.reports()) {
    INFO("test pack " << report.file);
    for (const auto& problem : report.problems) FAIL_CHECK(format_problem(problem));
    REQUIRE(report.loaded);
  }
  return lib;
}

PackSpec numbered_pack(const std::string& id, int first, int count,
                       const std::vector<std::string>& topics,
                       const std::vector<Verdict>& verdicts) {
  auto difficulties = difficulty_names();
  PackSpec pack;
  pack.id = id;
  for (int i = 0; i < count; ++i) {
    ScenarioSpec s;
    s.number = first + i;
    s.topic = topics[static_cast<size_t>(i) % topics.size()];
    s.difficulty = difficulties[static_cast<size_t>(i) % difficulties.size()].value;
    s.verdict = verdicts[static_cast<size_t>(i) % verdicts.size()];
    pack.scenarios.push_back(s);
  }
  return pack;
}

int reply_index(const Scenario& s, ReplyQuality quality) {
  for (size_t i = 0; i < s.replies.size(); ++i)
    if (s.replies[i].quality == quality) return static_cast<int>(i);
  return -1;
}

Verdict wrong_verdict(const Scenario& s) {
  for (Verdict v : s.choices)
    if (Scoring::verdict_points(s.verdict, v) == 0) return v;
  FAIL("scenario " << s.id << " offers no wrong verdict");
  return s.verdict;
}

std::vector<std::string> ids(const std::vector<const Scenario*>& scenarios) {
  std::vector<std::string> out;
  for (const auto* s : scenarios) out.push_back(s->id);
  return out;
}

}  // namespace ar::test
