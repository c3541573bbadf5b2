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

void start(Session& s, Mode mode) {
  REQUIRE(s.apply(act::GoTo{Screen::Setup}));
  SetupChoices c = s.setup();
  c.mode = mode;
  c.rumour_count = 2;
  REQUIRE(s.apply(act::ChangeSetup{c}));
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
  CHECK(says(lines, "«" + sc->rumour.in("en") + "»"));
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
  for (const Scenario* sc : missed) {
    CHECK(says(lines, sc->fact.text.in("en")));
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
