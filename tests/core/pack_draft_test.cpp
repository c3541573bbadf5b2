// The editor's model: a pack written field by field, checked by the loader after every edit with
// the loader's own messages, exported as the JSON it checked, and undone edit by edit.
#include <catch2/catch.hpp>

#include <algorithm>

#include "pack_draft.h"
#include "pack_loader.h"
#include "test_files.h"
#include "test_year.h"

using namespace ar;
using ar::test::current_year;

namespace {

const std::vector<std::string> langs = {"es", "en"};

bool any_message(const std::vector<const Problem*>& ps, const std::string& part) {
  return std::any_of(ps.begin(), ps.end(),
                     [&](const Problem* p) { return p->message.find(part) != std::string::npos; });
}

// Fills every required field of a blank draft, as an author would, in both languages.
void fill(PackDraft& d, int s) {
  for (const auto& l : langs) {
    d.set({-1, -1, "title", l}, "Rumores de " + l);
    d.set({s, -1, "rumour", l}, "Dicen que… «todos» " + l);
    d.set({s, -1, "fact.text", l}, "Un hecho con su año, 2023, " + l);
    d.set({s, -1, "explanation", l}, "Por qué, " + l);
    d.set({s, -1, "discussion", l}, "¿Y tú qué piensas? " + l);
    for (int r = 0; r < d.reply_count(s); ++r) {
      d.set({s, r, "text", l}, "Respuesta " + std::to_string(r) + " " + l);
      d.set({s, r, "feedback", l}, "Lo que hace la respuesta " + std::to_string(r) + " " + l);
    }
  }
  d.set({-1, -1, "authors"}, "Ana\nJon");
  d.set({-1, -1, "licence"}, "CC-BY-4.0");
  d.set({-1, -1, "last_reviewed"}, "2026-11-30");
  d.set({s, -1, "topic"}, rumour_topics().front());
  d.toggle({s, -1, "techniques"}, "anecdote_as_proof");
  d.set({s, -1, "fact.source.institution"}, "Eustat");
  d.set({s, -1, "fact.source.title"}, "Estadística municipal");
  d.set({s, -1, "fact.source.year"}, "2023");
  d.set({s, -1, "fact.source.area"}, "Bilbao");
  d.set({s, -1, "fact.source.url"}, "https://www.eustat.eus/");
}

}  // namespace

TEST_CASE("a blank pack says what it still needs, in the loader's words, field by field",
          "[pack_draft]") {
  auto d = PackDraft::blank("my-town", langs, current_year);
  REQUIRE(d.scenario_count() == 1);
  CHECK(d.reply_count(0) == 3);
  CHECK_FALSE(d.ready());
  // The same problems the loader gives the exported text, nothing more or less.
  auto loaded = load_pack(d.text(), "my-town.json", current_year);
  REQUIRE(loaded.problems.size() == d.problems().size());
  CHECK_FALSE(loaded.pack);
  // Each missing text is blamed on its own field and language.
  CHECK_FALSE(d.problems_at({0, -1, "rumour", "es"}).empty());
  CHECK_FALSE(d.problems_at({0, -1, "rumour", "en"}).empty());
  CHECK_FALSE(d.problems_at({0, -1, "fact.source.url", ""}).empty());
  CHECK(any_message(d.problems_at({0, -1, "techniques", ""}), "at least one technique"));
  CHECK_FALSE(d.problems_at({-1, -1, "licence", ""}).empty());
  // A field with nothing wrong has no problems.
  CHECK(d.problems_at({0, -1, "verdict", ""}).empty());
  CHECK(d.problems_at({0, -1, "difficulty", ""}).empty());
}

TEST_CASE("a filled draft loads, and exports the JSON it checked", "[pack_draft]") {
  auto d = PackDraft::blank("my-town", langs, current_year);
  fill(d, 0);
  INFO(d.text());
  for (const auto& p : d.problems()) INFO(format_problem(p));
  REQUIRE(d.ready());
  auto loaded = load_pack(d.text(), "my-town.json", current_year);
  REQUIRE(loaded.pack);
  const Scenario& s = loaded.pack->scenarios.at(0);
  CHECK(s.rumour.in("es") == "Dicen que… «todos» es");  // accents and «» kept as typed
  CHECK(s.fact.source.year == 2023);
  CHECK(s.status == ScenarioStatus::Draft);  // a new rumour is a draft until its author says
  CHECK(loaded.pack->info.authors == std::vector<std::string>{"Ana", "Jon"});
  // The keys in the shipped packs' order, whatever order they were filled in.
  std::string text = d.text();
  CHECK(text.find("\"id\"") < text.find("\"topic\""));
  CHECK(text.find("\"topic\"") < text.find("\"rumour\""));
  CHECK(text.find("\"institution\"") < text.find("\"url\""));
  // Exported and read back as a draft: the same pack.
  std::string error;
  auto again = PackDraft::from_text(text, current_year, error);
  REQUIRE(again);
  CHECK(again->text() == text);
  CHECK(again->ready());
}

TEST_CASE("each edit keeps or reports validity, and a wrong value is blamed on its field",
          "[pack_draft]") {
  auto d = PackDraft::blank("my-town", langs, current_year);
  fill(d, 0);
  REQUIRE(d.ready());
  SECTION("a year that is not a number") {
    CHECK(d.set({0, -1, "fact.source.year"}, "20x3"));
    CHECK_FALSE(d.ready());
    CHECK_FALSE(d.problems_at({0, -1, "fact.source.year"}).empty());
    CHECK(d.problems_at({0, -1, "fact.source.url"}).empty());
  }
  SECTION("a year after this one") {
    d.set({0, -1, "fact.source.year"}, std::to_string(current_year + 1));
    CHECK_FALSE(d.problems_at({0, -1, "fact.source.year"}).empty());
  }
  SECTION("an address that is not a web page") {
    d.set({0, -1, "fact.source.url"}, "javascript:alert(1)");
    CHECK_FALSE(d.problems_at({0, -1, "fact.source.url"}).empty());
  }
  SECTION("a text past its limit names the limit") {
    d.set({0, -1, "rumour", "en"}, std::string(TextLimits::rumour + 1, 'a'));
    auto ps = d.problems_at({0, -1, "rumour", "en"});
    REQUIRE_FALSE(ps.empty());
    CHECK(any_message(ps, std::to_string(TextLimits::rumour)));
    CHECK(d.problems_at({0, -1, "rumour", "es"}).empty());
  }
  SECTION("an emptied text is missing in that language only") {
    d.set({0, -1, "explanation", "es"}, "");
    CHECK_FALSE(d.problems_at({0, -1, "explanation", "es"}).empty());
    CHECK(d.problems_at({0, -1, "explanation", "en"}).empty());
  }
  SECTION("an id with capitals") {
    d.set({0, -1, "id"}, "Mi-Rumor");
    CHECK(any_message(d.problems_at({0, -1, "id"}), "lowercase"));
  }
  SECTION("no good reply") {
    d.set({0, 0, "quality"}, "poor");
    d.set({0, 1, "quality"}, "partial");
    CHECK(any_message(d.problems_at({0, -1, "replies"}), "good"));
  }
  SECTION("an optional text emptied goes away") {
    d.set({0, -1, "fact.figure", "es"}, "12 %");
    CHECK(d.get({0, -1, "fact.figure", "es"}) == "12 %");
    CHECK_FALSE(d.ready());  // a figure in one language only is missing in the other
    d.set({0, -1, "fact.figure", "es"}, "");
    CHECK(d.ready());
    CHECK(d.text().find("\"figure\"") == std::string::npos);
  }
}

TEST_CASE("scenarios are added, duplicated, reordered and deleted; edits undo one by one",
          "[pack_draft]") {
  auto d = PackDraft::blank("my-town", langs, current_year);
  fill(d, 0);
  std::string filled = d.text();
  CHECK(d.duplicate(0) == 1);
  CHECK(d.scenario_count() == 2);
  CHECK(d.scenario_id(1) != d.scenario_id(0));
  CHECK(d.get({1, -1, "rumour", "es"}) == d.get({0, -1, "rumour", "es"}));
  CHECK(d.ready());  // a copy has its own id: no clash
  int added = d.add_scenario();
  CHECK(added == 2);
  CHECK_FALSE(d.ready());
  CHECK(d.problems_at({0, -1, "", ""}).empty());        // the filled one is fine
  CHECK_FALSE(d.problems_at({2, -1, "", ""}).empty());  // the blank one is not
  std::string id2 = d.scenario_id(2);
  CHECK(d.move(2, -1));
  CHECK(d.scenario_id(1) == id2);
  CHECK_FALSE(d.move(0, -1));  // already first
  CHECK(d.remove(1));
  CHECK(d.scenario_count() == 2);
  CHECK(d.ready());
  // The same id twice is the loader's "used twice".
  d.set({1, -1, "id"}, d.scenario_id(0));
  CHECK(any_message(d.problems_at({1, -1, "id"}), "used twice"));
  // Undo walks back to the filled pack.
  int rev = d.revision();
  while (d.can_undo() && d.text() != filled) d.undo();
  CHECK(d.text() == filled);
  CHECK(d.revision() > rev);
  // Setting the same value again is no edit.
  int before = d.revision();
  CHECK_FALSE(d.set({0, -1, "fact.source.area"}, "Bilbao"));
  CHECK(d.revision() == before);
}

TEST_CASE("replies are added up to four and removed down to none, the loader says how many",
          "[pack_draft]") {
  auto d = PackDraft::blank("my-town", langs, current_year);
  fill(d, 0);
  CHECK(d.add_reply(0) == 3);
  CHECK(d.add_reply(0) == -1);  // four is the most
  CHECK(d.remove_reply(0, 3));
  CHECK(d.remove_reply(0, 2));
  CHECK(any_message(d.problems_at({0, -1, "replies"}), "3 or 4 replies"));
}

TEST_CASE("techniques and choices toggle in the list's own order", "[pack_draft]") {
  auto d = PackDraft::blank("my-town", langs, current_year);
  FieldAt t{0, -1, "techniques", ""};
  d.toggle(t, "zero_sum");
  d.toggle(t, "anecdote_as_proof");
  CHECK(d.get(t) == "anecdote_as_proof\nzero_sum");
  CHECK(d.words(t) == std::vector<std::string>{"anecdote_as_proof", "zero_sum"});
  d.toggle(t, "zero_sum");
  CHECK(d.get(t) == "anecdote_as_proof");
  d.toggle(t, "anecdote_as_proof");
  CHECK(d.get(t).empty());
  CHECK(d.words(t).empty());
  CHECK(any_message(d.problems_at(t), "at least one technique"));
  FieldAt c{0, -1, "choices", ""};
  d.toggle(c, "true");  // take away "true"
  CHECK(d.get(c) == "false\nmisleading\nnot_enough_data");
  CHECK_FALSE(d.toggle(c, "nonsense"));
}

TEST_CASE("a shipped pack opens as a draft that exports to the same pack", "[pack_draft]") {
  std::string text = test::read_file(AR_CONTENT "/packs/neighbourhood-life.json");
  std::string error;
  auto d = PackDraft::from_text(text, current_year, error);
  REQUIRE(d);
  CHECK(d->ready());
  auto a = load_pack(text, "a.json", current_year),
       b = load_pack(d->text(), "b.json", current_year);
  REQUIRE(a.pack);
  REQUIRE(b.pack);
  CHECK(*a.pack == *b.pack);
  CHECK_FALSE(PackDraft::from_text("[1, 2]", current_year, error));
  CHECK_FALSE(error.empty());
  CHECK_FALSE(PackDraft::from_text("{\"format\": ", current_year, error));
}

TEST_CASE("typing into one field is one undo step; another field starts the next", "[pack_draft]") {
  auto d = PackDraft::blank("my-town", langs, current_year);
  FieldAt rumour{0, -1, "rumour", "es"}, area{0, -1, "fact.source.area"};
  std::string typed;
  for (char c : std::string("Dicen")) d.set(rumour, typed += c);
  for (char c : std::string("Bilbao"))
    d.set(area, std::string(1, c) == "B" ? "B" : d.get(area) + c);
  CHECK(d.get(area) == "Bilbao");
  CHECK(d.undo());
  CHECK(d.get(area).empty());
  CHECK(d.get(rumour) == "Dicen");
  CHECK(d.undo());
  CHECK(d.get(rumour).empty());
  CHECK_FALSE(d.can_undo());
}

TEST_CASE("the draft's save reads back; a damaged one says where", "[pack_draft]") {
  auto d = PackDraft::blank("my-town", langs, current_year);
  d.set({0, -1, "rumour", "es"}, "Dicen que «todos»");
  std::string saved = write_draft_save(d, 0, true);
  auto read = read_draft_save(saved, "draft.json", current_year);
  REQUIRE(read.draft);
  CHECK(read.problems.empty());
  CHECK(read.kept);
  CHECK(read.draft->text() == d.text());
  auto broken = read_draft_save(saved.substr(0, 30), "draft.json", current_year);
  CHECK_FALSE(broken.draft);
  REQUIRE_FALSE(broken.problems.empty());
  CHECK(broken.problems.front().file == "draft.json");
  auto other = read_draft_save(R"({"format": 1, "kind": "progress"})", "draft.json", current_year);
  CHECK_FALSE(other.draft);
  CHECK(has_errors(other.problems));
}
