// The content the game ships: every pack, the practice catalogue and the interface strings load
// without a single problem, are complete in Spanish, Basque and English, and agree with each other
// and with the interface code.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "library.h"
#include "pack_loader.h"
#include "practice_place.h"
#include "practices.h"
#include "round.h"
#include "scenario.h"
#include "shipped_library.h"
#include "test_files.h"
#include "test_year.h"
#include "ui_strings.h"

using namespace ar;
using test::shipped_library;
using test::shipped_pack_files;
namespace fs = std::filesystem;

namespace {

std::string all_problems(const std::vector<Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += format_problem(p) + "\n";
  return out;
}

const std::vector<std::string> languages{"es", "eu", "en"};

UiStrings shipped_strings(std::vector<Problem>& problems) {
  return UiStrings::load(test::read_file(AR_CONTENT "/ui-strings.json"), "ui-strings.json",
                         problems);
}

void check_complete(const LocalText& text, const std::string& what) {
  for (const auto& lang : languages) {
    INFO(what << " in " << lang);
    REQUIRE(text.has(lang));
    CHECK(text.by_language.at(lang).find_first_not_of(" \t\r\n") != std::string::npos);
  }
}

// The string keys written literally in the interface code: tr("key"), tr(cond ? "a" : "b") and
// strings().format("key", ...). Keys built at run time ("topic." + t) are checked separately.
std::set<std::string> keys_used_by_ui() {
  std::set<std::string> keys;
  for (const auto& entry : fs::directory_iterator(AR_CONTENT "/../game/ui")) {
    if (entry.path().extension() != ".cpp") continue;
    std::string code = test::read_file(entry.path().string());
    auto literals_in = [&](size_t from, size_t to, bool first_only) {
      for (size_t q = code.find('"', from); q < to; q = code.find('"', q + 1)) {
        size_t end = code.find('"', q + 1);
        if (end == std::string::npos || end >= to) break;
        keys.insert(code.substr(q + 1, end - q - 1));
        if (first_only) break;
        q = end;
      }
    };
    // tr( ... ) with its argument up to the matching ')'; skipped when it builds a key with '+'.
    for (size_t at = code.find("tr("); at != std::string::npos; at = code.find("tr(", at + 3)) {
      char before = at > 0 ? code[at - 1] : ' ';
      if (std::isalnum(static_cast<unsigned char>(before)) || before == '_') continue;
      size_t open = at + 2, close = open;
      for (int depth = 0; close < code.size(); ++close) {
        if (code[close] == '(') ++depth;
        if (code[close] == ')' && --depth == 0) break;
      }
      std::string argument = code.substr(open, close - open);
      if (argument.find('+') == std::string::npos) literals_in(open, close, false);
    }
    for (const std::string call : {".format(", ".format_count("}) {
      for (size_t at = code.find(call); at != std::string::npos;
           at = code.find(call, at + call.size())) {
        size_t first = code.find_first_not_of(" \t\r\n", at + call.size());
        if (first != std::string::npos && code[first] == '"') literals_in(first, code.size(), true);
      }
    }
  }
  return keys;
}

}  // namespace

TEST_CASE("every shipped pack loads with no problems at all") {
  std::vector<ContentFile> files = shipped_pack_files();
  REQUIRE(files.size() >= 2);
  for (const auto& f : files) {
    INFO(f.name);
    PackLoadResult r = load_pack(f.text, f.name, test::current_year);
    CHECK(all_problems(r.problems) == "");
    CHECK(r.pack.has_value());
  }
  for (const auto& report : shipped_library().reports()) {
    INFO(report.file);
    CHECK(report.loaded);
    CHECK(all_problems(report.problems) == "");
  }
  CHECK_FALSE(shipped_library().has_problems());
}

TEST_CASE("the shipped packs hold at least 80 scenarios over at least 10 rumour topics") {
  auto scenarios = shipped_library().scenarios();
  CHECK(scenarios.size() >= 80);
  std::set<std::string> topics;
  for (const Scenario* s : scenarios) {
    CHECK(is_rumour_topic(s->topic));
    topics.insert(s->topic);
  }
  CHECK(topics.size() >= 10);
}

TEST_CASE("the shipped packs are format 2 and every scenario names its techniques") {
  size_t scenarios = 0;
  for (const auto& pack : shipped_library().packs()) {
    INFO(pack.info.id);
    CHECK(pack.format == 2);
    for (const auto& s : pack.scenarios) {
      INFO(s.id);
      CHECK(s.techniques.size() >= 1);
      CHECK(s.techniques.size() <= 2);  // the main one or two, so the feedback stays short
      ++scenarios;
    }
  }
  CHECK(scenarios >= 40);
}

TEST_CASE("the shipped packs are complete in Spanish, Basque and English") {
  for (const auto& pack : shipped_library().packs()) {
    INFO(pack.info.id);
    for (const auto& lang : languages)
      CHECK(std::find(pack.info.languages.begin(), pack.info.languages.end(), lang) !=
            pack.info.languages.end());
    check_complete(pack.info.title, "title");
  }
  for (const Scenario* s : shipped_library().scenarios()) {
    INFO(s->id);
    check_complete(s->rumour, "rumour");
    check_complete(s->fact.text, "fact");
    if (!s->fact.figure.empty()) check_complete(s->fact.figure, "figure");
    check_complete(s->explanation, "explanation");
    check_complete(s->discussion, "discussion");
    CHECK(s->replies.size() >= 3);
    CHECK(s->replies.size() <= 4);
    for (size_t i = 0; i < s->replies.size(); ++i) {
      check_complete(s->replies[i].text, "reply " + std::to_string(i + 1));
      check_complete(s->replies[i].feedback, "feedback " + std::to_string(i + 1));
    }
  }
}

TEST_CASE("every shipped fact names its source in full") {
  for (const Scenario* s : shipped_library().scenarios()) {
    INFO(s->id);
    const Source& src = s->fact.source;
    CHECK_FALSE(src.institution.empty());
    CHECK_FALSE(src.title.empty());
    CHECK(src.year >= 1950);
    CHECK(src.year <= 2026);
    CHECK_FALSE(src.area.empty());
    bool web = src.url.rfind("https://", 0) == 0 || src.url.rfind("http://", 0) == 0;
    CHECK(web);
    CHECK(src.url.find_first_of(" \t\r\n") == std::string::npos);
  }
}

TEST_CASE("every practice a shipped scenario names is in the practice catalogue") {
  std::vector<Problem> problems;
  PracticeCatalogue catalogue = PracticeCatalogue::load(
      test::read_file(AR_CONTENT "/practices.json"), "practices.json", problems);
  CHECK(all_problems(problems) == "");
  REQUIRE_FALSE(catalogue.all().empty());
  for (const Scenario* s : shipped_library().scenarios()) {
    for (const auto& id : s->practices) {
      INFO(s->id << " names the practice " << id);
      CHECK(catalogue.find(id) != nullptr);
    }
  }
  // The test pack links a practice too, for the tests that follow such links.
  CHECK(catalogue.find("bilbao-anti-rumour-web-app") != nullptr);
}

TEST_CASE("the interface strings load with no problems, in Spanish, Basque and English") {
  std::vector<Problem> problems;
  UiStrings strings = shipped_strings(problems);
  CHECK(all_problems(problems) == "");
  CHECK(strings.languages() == languages);
  REQUIRE_FALSE(strings.keys().empty());
  for (const auto& key : strings.keys()) {
    for (const auto& lang : languages) {
      INFO(key << " in " << lang);
      const std::string& text = strings.get(key, lang);
      CHECK(text != key);
      CHECK_FALSE(text.empty());
    }
  }
}

TEST_CASE("every string key the interface code uses exists") {
  std::vector<Problem> problems;
  UiStrings strings = shipped_strings(problems);
  std::set<std::string> keys = keys_used_by_ui();
  // The scan must find the keys: a wrong folder or a broken scan would otherwise pass silently.
  REQUIRE(keys.size() >= 70);
  CHECK(keys.count("topic.") == 0);  // tr("topic." + t) builds its key: checked in the next test
  CHECK(keys.count("app.title") == 1);
  CHECK(keys.count("play.see_result") == 1);       // tr(last ? "play.see_result" : "play.next")
  CHECK(keys.count("play.neighbour_reply") == 1);  // a condition over two lines
  CHECK(keys.count("play.streak") == 1);           // strings().format("play.streak", ...)
  CHECK(keys.count("setup.available") == 1);       // strings().format_count(...)
  for (const auto& key : keys) {
    INFO("the interface uses \"" << key << "\"");
    CHECK(strings.has(key));
  }
}

TEST_CASE("every singular (.one) string has its plural, and the counted sentences have both") {
  std::vector<Problem> problems;
  UiStrings strings = shipped_strings(problems);
  for (const auto& key : strings.keys()) {
    if (key.size() < 4 || key.compare(key.size() - 4, 4, ".one") != 0) continue;
    INFO(key);
    CHECK(strings.has(key.substr(0, key.size() - 4)));
  }
  for (const char* key :
       {"setup.available", "summary.practice_body", "practices.linked", "about.pack_line"}) {
    INFO(key);
    CHECK(strings.has(std::string(key) + ".one"));
    for (const auto& lang : languages)
      CHECK(strings.format_count(key, lang, 1, {"1"}) != strings.format(key, lang, {"1"}));
  }
}

TEST_CASE("every string key the interface builds at run time exists") {
  std::vector<Problem> problems;
  UiStrings strings = shipped_strings(problems);
  std::vector<std::string> keys;
  for (const auto& t : practice_topics()) keys.push_back("topic." + t);
  for (const auto& t : icc_topic_list()) keys.push_back("icc_topic." + t);
  // Each name table as a whole: a value added to an enum's table needs its string too.
  for (const auto& [v, name] : verdict_names()) keys.push_back(std::string("verdict.") + name);
  for (const auto& [d, name] : difficulty_names())
    keys.push_back(std::string("difficulty.") + name);
  for (const auto& [k, name] : reply_kind_names()) {
    keys.push_back(std::string("reply_kind.") + name);
    keys.push_back(std::string("reply_kind.") + name + ".about");
    keys.push_back(std::string("reply_kind.") + name + ".reaction");  // the neighbour's answer
    keys.push_back(std::string("reply_kinds.") + name);               // the summary's count
  }
  for (const auto& [c, name] : confidence_names())
    keys.push_back(std::string("confidence.") + name);
  for (const auto& [t, name] : technique_names()) {
    keys.push_back(std::string("technique.") + name);
    keys.push_back(std::string("technique.") + name + ".about");
  }
  for (const char* key :
       {"mode.verdict", "mode.reply", "mode.technique", "practices.purpose", "practices.rationale",
        "practices.process", "practices.results", "play.technique_picked", "play.confidence_said"})
    keys.push_back(key);
  for (const auto& key : keys) {
    INFO(key);
    CHECK(strings.has(key));
    for (const auto& lang : languages) CHECK(strings.get(key, lang) != key);
  }
}

TEST_CASE("every shipped practice has ICC topics, a title in each language and a named country") {
  std::vector<Problem> problems;
  UiStrings strings = shipped_strings(problems);
  PracticeCatalogue c = PracticeCatalogue::load(test::read_file(AR_CONTENT "/practices.json"),
                                                "practices.json", problems);
  CHECK(all_problems(problems) == "");
  REQUIRE_FALSE(c.all().empty());
  std::set<std::string> icc_seen;
  for (const auto& p : c.all()) {
    INFO("practice " << p.id);
    CHECK_FALSE(p.icc_topics.empty());
    icc_seen.insert(p.icc_topics.begin(), p.icc_topics.end());
    check_complete(p.title_local, "title_translated");
    // The country reads in the player's language: its name is in the interface strings.
    CHECK(strings.has(country_key(p.country)));
  }
  CHECK(icc_seen.size() >= 10);  // the facet is worth a filter
}
