// "Propose a practice" (issue 13): a proposal in the ICC template's fields is checked by the
// catalogue's own loader, each problem located at its field, and becomes an entry that loads
// back into the catalogue as it was typed.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "practice_proposal.h"
#include "practices.h"
#include "test_files.h"
#include "test_year.h"

using namespace ar;

namespace {

PracticeProposal complete() {
  PracticeProposal p;
  p.title = "Rumour-free «Zone» in the market, \"Bilbao\" style";
  for (const auto& l : supported_languages()) {
    p.title_local.by_language[l] = "Zona sin rumores (" + l + ")";
    p.purpose.by_language[l] = "Stall holders answer rumours with facts; ñ, ü, «» (" + l + ")";
    p.process.by_language[l] = "Training,\nthen a sticker on each stall (" + l + ")";
  }
  p.cities = "Getxo, Bilbao";
  p.country = "Spain";
  p.years = "2019-2021";
  p.topics = {"anti_rumour", "jobs"};
  p.icc_topics = {"public_space"};
  p.url = "https://example.org/rumour-free-zone";
  return p;
}

// The problems about one field of the form.
std::vector<std::string> messages_for(const std::vector<Problem>& problems,
                                      const std::string& field) {
  std::vector<std::string> out;
  for (const auto& p : problems)
    if (proposal_field(p) == field) out.push_back(p.message);
  return out;
}

// The entry wrapped as a catalogue of one, loaded as content/practices.json is.
std::vector<Problem> load_entry(const std::string& entry, PracticeCatalogue& catalogue) {
  std::string text =
      "{\"format\": 1, \"languages\": [\"es\", \"eu\", \"en\"], \"last_reviewed\": "
      "\"2026-12-02\", \"review\": {\"es\": \"draft\", \"eu\": \"draft\", \"en\": \"draft\"}, "
      "\"practices\": [" +
      entry + "]}";
  std::vector<Problem> problems;
  catalogue = PracticeCatalogue::load(text, "practices.json", problems);
  return problems;
}

}  // namespace

TEST_CASE("a complete proposal has no problems and its entry loads back as typed") {
  PracticeProposal p = complete();
  std::vector<Problem> problems = check(p, test::current_year);
  for (const auto& pr : problems) UNSCOPED_INFO(format_problem(pr));
  CHECK(problems.empty());

  std::string entry = proposal_json(p);
  PracticeCatalogue catalogue;
  std::vector<Problem> loaded = load_entry(entry, catalogue);
  for (const auto& pr : loaded) UNSCOPED_INFO(format_problem(pr));
  CHECK(loaded.empty());
  REQUIRE(catalogue.all().size() == 1);
  const Practice& back = catalogue.all()[0];
  CHECK(back.id == "getxo-rumour-free-zone-in-the-market-bilbao-style");
  CHECK(back.title == p.title);
  CHECK(back.title_local == p.title_local);
  CHECK(back.cities == std::vector<std::string>{"Getxo", "Bilbao"});
  CHECK(back.country == "Spain");
  CHECK(back.years_text == "2019-2021");
  CHECK(back.topics == p.topics);
  CHECK(back.icc_topics == p.icc_topics);
  CHECK(back.purpose == p.purpose);
  CHECK(back.process == p.process);
  CHECK(back.rationale.empty());
  CHECK(back.results.empty());
  CHECK(back.url == p.url);
  // Keys in the catalogue's order, optional texts left blank left out.
  CHECK(entry.find("\"id\"") < entry.find("\"title\""));
  CHECK(entry.find("\"purpose\"") < entry.find("\"url\""));
  CHECK(entry.find("rationale") == std::string::npos);
}

TEST_CASE("a proposal's problems are the loader's own, located at their field") {
  SECTION("missing title") {
    PracticeProposal p = complete();
    p.title = "  ";
    auto problems = check(p, test::current_year);
    CHECK(messages_for(problems, "title") ==
          std::vector<std::string>{"the field \"title\" is missing"});
    // The same words as the loader gives for a practices.json entry without a title.
    PracticeCatalogue c;
    std::string entry = proposal_json(p);
    auto loaded = load_entry(entry, c);
    REQUIRE(loaded.size() == 1);
    CHECK(loaded[0].message == problems[0].message);
  }
  SECTION("bad link") {
    PracticeProposal p = complete();
    p.url = "www.example.org/zone";
    auto messages = messages_for(check(p, test::current_year), "url");
    REQUIRE(messages.size() == 1);
    CHECK(messages[0] ==
          "expected a web address starting with https:// or http://, found "
          "\"www.example.org/zone\"");
  }
  SECTION("bad year") {
    PracticeProposal p = complete();
    p.years = "2021-2019";
    auto messages = messages_for(check(p, test::current_year), "years");
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].find("found \"2021-2019\"") != std::string::npos);
    p.years = "Since 2031";
    messages = messages_for(check(p, test::current_year), "years");
    REQUIRE(messages.size() == 1);
    CHECK(messages[0] == "the year 2031 has not come yet (this is 2026)");
    p.years = "";
    CHECK(messages_for(check(p, test::current_year), "years").size() == 1);
    for (const char* fine : {"2019", "Since 2014", "Ongoing", "2010-ongoing"}) {
      p.years = fine;
      CHECK(messages_for(check(p, test::current_year), "years").empty());
    }
  }
  SECTION("unknown topic") {
    PracticeProposal p = complete();
    p.topics = {"anti_rumour", "rumours"};
    auto messages = messages_for(check(p, test::current_year), "topics");
    REQUIRE(messages.size() == 1);
    CHECK(messages[0] == "unknown topic \"rumours\"; see the topic list in the README");
    p.topics.clear();
    CHECK(messages_for(check(p, test::current_year), "topics") ==
          std::vector<std::string>{"the field \"topics\" is missing"});
  }
  SECTION("a language missing from a text is located at that language's box") {
    PracticeProposal p = complete();
    p.purpose.by_language.erase("eu");
    auto messages = messages_for(check(p, test::current_year), "purpose.eu");
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].find("the eu text is missing") == 0);
  }
  SECTION("a practice already in the catalogue") {
    PracticeProposal p = complete();
    auto messages = messages_for(check(p, test::current_year, {proposal_id(p)}), "title");
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].find("already has a practice") != std::string::npos);
  }
  SECTION("the empty form says what it needs, and has no line numbers of the made-up file") {
    auto problems = check(PracticeProposal{}, test::current_year);
    for (const char* field : {"title", "cities", "country", "years", "topics", "purpose", "url"})
      CHECK(!messages_for(problems, field).empty());
    for (const auto& pr : problems) CHECK(pr.line == 0);
  }
}

TEST_CASE("a proposal's id is made from the first city and the title") {
  PracticeProposal p;
  p.cities = "Zürich; Basel";
  p.title = "Café: «Rumours» & facts!";
  CHECK(proposal_id(p) == "zurich-cafe-rumours-facts");
  CHECK(proposal_id(PracticeProposal{}) == "new-practice");
  p.title = std::string(100, 'a');
  CHECK(proposal_id(p).size() <= 64);
}
