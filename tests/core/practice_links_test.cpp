// Links both ways between rumours and practices: what the feedback and the practice page show.
#include <catch2/catch.hpp>

#include "practice_links.h"
#include "test_files.h"
#include "test_library.h"
#include "test_year.h"

using namespace ar;

namespace {
Practice practice(std::string id, std::vector<std::string> topics) {
  Practice p;
  p.id = std::move(id);
  p.title = p.id;
  p.country = "Spain";
  p.cities = {"Bilbao"};
  p.topics = std::move(topics);
  p.url = "https://example.org/" + p.id;
  return p;
}

std::vector<std::string> ids(const std::vector<const Practice*>& v) {
  std::vector<std::string> out;
  for (const Practice* p : v) out.push_back(p->id);
  return out;
}
}  // namespace

TEST_CASE("a rumour's feedback shows the practices it names, in its order", "[links]") {
  PracticeCatalogue c = PracticeCatalogue::from(
      {practice("a", {"jobs"}), practice("b", {"health"}), practice("c", {"jobs", "anti_rumour"})});
  Scenario s;
  s.topic = "jobs";
  s.practices = {"b", "no-such-practice", "a"};
  CHECK(ids(practices_for(s, c)) == std::vector<std::string>{"b", "a"});  // unknown ids skipped
  CHECK(ids(practices_for(s, c, 1)) == std::vector<std::string>{"b"});
}

TEST_CASE("without named practices, those on its topic show, anti-rumour work first", "[links]") {
  PracticeCatalogue c = PracticeCatalogue::from({practice("a", {"jobs"}), practice("b", {"health"}),
                                                 practice("c", {"jobs", "anti_rumour"}),
                                                 practice("d", {"jobs"}), practice("e", {"jobs"})});
  Scenario s;
  s.topic = "jobs";
  CHECK(ids(practices_for(s, c)) == std::vector<std::string>{"c", "a", "d"});
  s.topic = "religion";
  CHECK(practices_for(s, c).empty());
}

TEST_CASE("a practice lists the rumours on its topics and those that name it", "[links]") {
  test::PackSpec pack;
  int n = 0;
  for (const char* topic : {"jobs", "health", "housing", "jobs"}) {
    test::ScenarioSpec spec;
    spec.number = ++n;
    spec.topic = topic;
    pack.scenarios.push_back(spec);
  }
  Library lib = test::make_library({pack});
  Practice p = practice("jobs-practice", {"jobs", "culture"});
  std::vector<std::string> found;
  for (const Scenario* s : scenarios_for(p, lib)) found.push_back(s->id);
  CHECK(found == std::vector<std::string>{"rumour-1", "rumour-4"});
  CHECK(playable_topics(p, lib) == std::vector<std::string>{"jobs"});  // no rumour on culture

  Practice none = practice("culture-only", {"culture"});
  CHECK(scenarios_for(none, lib).empty());
  CHECK(playable_topics(none, lib).empty());
}

TEST_CASE("every shipped rumour leads to at least one practice, and back", "[links][content]") {
  std::vector<Problem> problems;
  PracticeCatalogue c = PracticeCatalogue::load(test::read_file(AR_CONTENT "/practices.json"),
                                                "practices.json", problems);
  REQUIRE(problems.empty());
  Library lib = Library::load({{"a", test::read_file(AR_CONTENT "/packs/work-and-welfare.json")},
                               {"b", test::read_file(AR_CONTENT "/packs/neighbourhood-life.json")}},
                              test::current_year);
  REQUIRE(lib.scenarios().size() >= 40);
  for (const Scenario* s : lib.scenarios()) {
    INFO(s->id);
    auto practices = practices_for(*s, c);
    REQUIRE_FALSE(practices.empty());
    for (const Practice* p : practices) {
      auto back = scenarios_for(*p, lib);
      CHECK(std::find(back.begin(), back.end(), s) != back.end());
    }
  }
}
