// The screen reader's mirror: what each screen says in plain text, numbered choices included.
#include <catch2/catch.hpp>

#include <algorithm>

#include "screen_text.h"
#include "test_session.h"

using namespace ar;
using namespace ar::test;
namespace act = ar::session_action;

namespace {
SessionContent content(const std::string& lang) {
  return session_content(numbered_pack("pack-a", 1, 6, {"jobs"}), lang, 9);
}

bool says(const std::vector<std::string>& lines, const std::string& text) {
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

// The first line that holds `text`, or lines.size() when none does.
size_t line_of(const std::vector<std::string>& lines, const std::string& text) {
  auto at = std::find_if(lines.begin(), lines.end(),
                         [&](const std::string& l) { return l.find(text) != std::string::npos; });
  return static_cast<size_t>(at - lines.begin());
}

// Fact first: the outcome, the fact, then the rumour marked as the claim checked, what is wrong
// with it, and the fact again; the rumour never leads.
void check_truth_sandwich(const Session& s, const Scenario& sc) {
  const std::string& lang = s.language();
  auto lines = screen_text(s);
  size_t fact = line_of(lines, sc.fact.text.in(lang));
  size_t claim =
      line_of(lines, s.tr("play.claim_checked") + " " + quoted(sc.rumour.in(lang), lang));
  size_t why = line_of(lines, sc.explanation.in(lang));
  size_t again = line_of(lines, s.format("play.fact_again", {fact_in_one_line(sc.fact, lang)}));
  REQUIRE(fact < lines.size());
  REQUIRE(claim < lines.size());
  REQUIRE(why < lines.size());
  REQUIRE(again < lines.size());
  CHECK(fact < claim);
  CHECK(claim < why);
  CHECK(why < again);
  CHECK(line_of(lines, sc.rumour.in(lang)) == claim);  // the rumour only once, as the claim
  CHECK(line_of(lines, s.tr("play.neighbour")) == lines.size());
}

void start(Session& s, Mode mode) {
  choose_round(s, mode, 2);
  REQUIRE(s.apply(act::StartRound{}));
}
}  // namespace

TEST_CASE("the mirror says the rumour and numbers the verdicts as the keys pick them",
          "[screen_text]") {
  Session s(content("en"));
  CHECK(says(screen_text(s), s.tr("title.heading")));
  start(s, Mode::Verdict);
  const Scenario* sc = s.round().current();
  auto lines = screen_text(s);
  CHECK(says(lines, "“" + sc->rumour.in("en") + "”"));  // English quotation marks in English
  std::vector<Action> choices = numbered_choices(s);
  REQUIRE(choices.size() == sc->choices.size());
  for (size_t n = 0; n < choices.size(); ++n) {
    Verdict v = std::get<action::PickVerdict>(choices[n]).verdict;
    CHECK(v == sc->choices[n]);
    CHECK(says(lines, std::to_string(n + 1) + ". " + s.tr(std::string("verdict.") + to_string(v))));
  }
  REQUIRE(s.apply(act::Game{choices[0]}));
  lines = screen_text(s);
  CHECK(numbered_choices(s).empty());  // nothing asked on the feedback
  CHECK(says(lines, sc->fact.text.in("en")));
  CHECK(says(lines, sc->fact.source.institution));
  CHECK(says(lines, "Enter"));
  check_truth_sandwich(s, *sc);
}

TEST_CASE("the reply feedback leads with the fact too, then the reply and what it does",
          "[screen_text]") {
  Session s(content("en"));
  start(s, Mode::Reply);
  const Scenario* sc = s.round().current();
  std::vector<Action> choices = numbered_choices(s);
  REQUIRE_FALSE(choices.empty());
  REQUIRE(s.apply(act::Game{choices[0]}));
  check_truth_sandwich(s, *sc);
  auto lines = screen_text(s);
  const Reply& r = sc->replies[static_cast<size_t>(std::get<action::PickReply>(choices[0]).index)];
  size_t reply = line_of(lines, "“" + r.text.in("en") + "”");
  REQUIRE(reply < lines.size());
  CHECK(line_of(lines, sc->fact.text.in("en")) < reply);
  CHECK(says(lines, r.feedback.in("en")));
}

TEST_CASE("the fact in one line is its figure, else its first sentence", "[screen_text]") {
  Fact f;
  f.text.by_language["en"] = "Half as many visits. The rest is detail, e.g. more.";
  CHECK(fact_in_one_line(f, "en") == "Half as many visits.");
  f.text.by_language["en"] = "One sentence only.";
  CHECK(fact_in_one_line(f, "en") == "One sentence only.");
  f.text.by_language["en"] = "Is it? Yes.";
  CHECK(fact_in_one_line(f, "en") == "Is it?");
  f.figure.by_language["en"] = "10% of the population";
  CHECK(fact_in_one_line(f, "en") == "10% of the population");
}

TEST_CASE("reply choices are numbered in the shuffled order shown", "[screen_text]") {
  Session s(content("es"));
  start(s, Mode::Reply);
  const Scenario* sc = s.round().current();
  auto lines = screen_text(s);
  std::vector<Action> choices = numbered_choices(s);
  REQUIRE(choices.size() == s.round().reply_order().size());
  for (size_t n = 0; n < choices.size(); ++n) {
    int reply = std::get<action::PickReply>(choices[n]).index;
    CHECK(reply == s.round().reply_order()[n]);
    CHECK(says(lines, std::to_string(n + 1) + ". " +
                          sc->replies[static_cast<size_t>(reply)].text.in("es")));
  }
}

TEST_CASE("the summary lists what got through by its fact, not by the rumour", "[screen_text]") {
  Session s(content("en"));
  start(s, Mode::Verdict);
  std::vector<const Scenario*> missed;
  while (s.round().phase() == Phase::Answering) {
    const Scenario* sc = s.round().current();
    missed.push_back(sc);
    REQUIRE(s.apply(act::Game{action::PickVerdict{wrong_verdict(*sc)}}));
    REQUIRE(s.apply(act::Game{action::Next{}}));
  }
  REQUIRE(s.screen() == Screen::Summary);
  auto lines = screen_text(s);
  CHECK(says(lines, s.tr("summary.flooded")));
  CHECK(says(lines, s.tr("summary.believed")));
  for (const Scenario* sc : missed) {
    std::string verdict = s.tr(std::string("verdict.") + to_string(sc->verdict));
    size_t item = line_of(lines, fact_in_one_line(sc->fact, "en"));
    REQUIRE(item < lines.size());
    CHECK(lines[item].rfind("· " + fact_in_one_line(sc->fact, "en"), 0) == 0);  // the fact leads
    CHECK(says({lines[item]}, s.format("summary.claim_was", {verdict})));
    CHECK_FALSE(says(lines, sc->rumour.in("en")));
  }
}

TEST_CASE("every screen says something in every language", "[screen_text]") {
  for (const char* lang : {"es", "eu", "en"}) {
    Session s(content(lang));
    for (Screen sc :
         {Screen::Title, Screen::Setup, Screen::Practices, Screen::About, Screen::ContentReport}) {
      REQUIRE(s.apply(act::GoTo{sc}));
      auto lines = screen_text(s);
      INFO(lang << " " << to_string(sc));
      CHECK(lines.size() >= 2);
      for (const auto& l : lines) CHECK_FALSE(l.empty());
    }
  }
}

TEST_CASE("a rumour is quoted as its language quotes: «…» in Spanish and Basque, “…” in English",
          "[screen_text]") {
  CHECK(quoted("Dicen que…", "es") == "«Dicen que…»");
  CHECK(quoted("Esaten dute…", "eu") == "«Esaten dute…»");
  CHECK(quoted("They say…", "en") == "“They say…”");
  CHECK(quoted("Man sagt…", "de") == "“Man sagt…”");  // a language the game has no rule for
  for (const char* lang : {"es", "eu", "en"}) {
    Session s(content(lang));
    start(s, Mode::Verdict);
    const Scenario* sc = s.round().current();
    const std::string open = std::string(lang) == "en" ? "“" : "«";
    const std::string close = std::string(lang) == "en" ? "”" : "»";
    INFO(lang);
    CHECK(says(screen_text(s), open + sc->rumour.in(lang) + close));
    CHECK_FALSE(says(screen_text(s), (open == "«" ? "“" : "«") + sc->rumour.in(lang)));
  }
}
