// The game session: every action on every screen, leaving a round half-way, and outcomes that
// agree between practice and scored rounds. Synthetic packs, the shipped strings and practices.
#include <catch2/catch.hpp>

#include "session.h"
#include "test_session.h"

using namespace ar;
using namespace ar::test;
namespace act = ar::session_action;

namespace {

SessionContent content(int rumours = 6, const std::string& language = "en") {
  return session_content(numbered_pack("pack-a", 1, rumours, {"jobs", "health"},
                                       {Verdict::False, Verdict::Misleading}),
                         language, 42);
}

void start(Session& s, int count, Mode mode = Mode::Verdict, bool practice = false) {
  REQUIRE(s.apply(act::GoTo{Screen::Setup}));
  SetupChoices c = s.setup();
  c.rumour_count = count;
  c.mode = mode;
  c.practice = practice;
  REQUIRE(s.apply(act::ChangeSetup{c}));
  REQUIRE(s.apply(act::StartRound{}));
  REQUIRE(s.screen() == Screen::Play);
  REQUIRE(s.round().phase() == Phase::Answering);
}

// Answers the current rumour with the right verdict and moves on.
void answer_right(Session& s) {
  const Scenario* sc = s.round().current();
  REQUIRE(sc != nullptr);
  REQUIRE(s.apply(act::Game{action::PickVerdict{sc->verdict}}));
  REQUIRE(s.apply(act::Game{action::Next{}}));
}

std::string first_practice_id(const Session& s) {
  REQUIRE_FALSE(s.practices().all().empty());
  return s.practices().all().front().id;
}

}  // namespace

TEST_CASE("a session starts on the title, in the language asked for when the game has it",
          "[session]") {
  Session en(content(6, "en"));
  CHECK(en.screen() == Screen::Title);
  CHECK(en.language() == "en");
  CHECK(en.problems().empty());
  CHECK(en.round().phase() == Phase::Choosing);
  Session unknown(content(6, "xx"));
  CHECK(unknown.language() == "es");  // Spanish when the browser's language is not offered
  CHECK(unknown.tr("title.play") != en.tr("title.play"));
}

TEST_CASE("going from screen to screen", "[session]") {
  Session s(content());
  for (Screen to :
       {Screen::Setup, Screen::Practices, Screen::About, Screen::ContentReport, Screen::Title}) {
    INFO(to_string(to));
    CHECK(s.apply(act::GoTo{to}));
    CHECK(s.screen() == to);
  }
  SECTION("there is no round to go back to") {
    CHECK_FALSE(s.apply(act::GoTo{Screen::Play}));
    CHECK(s.screen() == Screen::Title);
  }
  SECTION("a practice page with no practice open shows the list") {
    CHECK(s.apply(act::GoTo{Screen::PracticeDetail}));
    CHECK(s.screen() == Screen::Practices);
  }
  SECTION("there is no summary without a finished round") {
    CHECK_FALSE(s.apply(act::GoTo{Screen::Summary}));
    CHECK(s.screen() == Screen::Title);
  }
  CHECK(s.take_effects().empty());
}

TEST_CASE("the setup choices live in the session and are checked", "[session]") {
  Session s(content());
  REQUIRE(s.apply(act::GoTo{Screen::Setup}));
  SetupChoices c;
  c.mode = Mode::Reply;
  c.rumour_count = 99;
  c.topics = {"health"};
  c.difficulties = {Difficulty::Easy};
  c.practice = true;
  REQUIRE(s.apply(act::ChangeSetup{c}));
  CHECK(s.setup().mode == Mode::Reply);
  CHECK(s.setup().rumour_count == SetupChoices::max_rumours);  // kept within the range offered
  CHECK(s.setup().topics == std::set<std::string>{"health"});
  CHECK(s.setup().practice);
  c.rumour_count = -3;
  REQUIRE(s.apply(act::ChangeSetup{c}));
  CHECK(s.setup().rumour_count == SetupChoices::min_rumours);
  SetupChoices bad = c;
  bad.topics = {"no-such-topic"};
  CHECK_FALSE(s.apply(act::ChangeSetup{bad}));
  CHECK(s.setup().topics == std::set<std::string>{"health"});  // unchanged
}

TEST_CASE("a whole round through the session: play, summary, progress saved, play again",
          "[session]") {
  Session s(content());
  start(s, 3);
  uint64_t first_seed = s.round().settings().seed;
  CHECK_FALSE(s.apply(act::StartRound{}));  // one round at a time
  for (int i = 0; i < 3; ++i) answer_right(s);
  CHECK(s.screen() == Screen::Summary);
  CHECK(s.round().phase() == Phase::Summary);
  CHECK(s.round().points() == 30);
  CHECK(s.progress().rounds_played == 1);
  CHECK(s.progress().best_score.at("verdict") == 100);
  SessionEffects e = s.take_effects();
  REQUIRE(e.progress_to_save);
  CHECK(e.progress_to_save->find("\"rounds_played\": 1") != std::string::npos);
  CHECK(s.take_effects().empty());  // taken once
  SECTION("play again: a new draw") {
    REQUIRE(s.apply(act::GoTo{Screen::Setup}));
    CHECK(s.round().phase() == Phase::Choosing);
    REQUIRE(s.apply(act::StartRound{}));
    CHECK(s.round().settings().seed != first_seed);
  }
  SECTION("home") {
    REQUIRE(s.apply(act::GoTo{Screen::Title}));
    CHECK(s.round().phase() == Phase::Choosing);
    CHECK(s.screen() == Screen::Title);
  }
}

TEST_CASE("leaving a round half-way shows what was answered and remembers it", "[session]") {
  Session s(content());
  SECTION("after two answers, Back goes to the summary of those two") {
    start(s, 4);
    answer_right(s);
    answer_right(s);
    std::string seen_a = s.round().answers()[0].scenario->id;
    REQUIRE(s.apply(act::GoTo{Screen::Title}));
    CHECK(s.screen() == Screen::Summary);
    CHECK(s.round().phase() == Phase::Summary);
    CHECK(s.round().answers().size() == 2);
    CHECK(s.progress().rounds_played == 1);
    CHECK(s.progress().times_seen(seen_a) == 1);
    CHECK(s.take_effects().progress_to_save.has_value());
    REQUIRE(s.apply(act::GoTo{Screen::Title}));
    CHECK(s.screen() == Screen::Title);
    CHECK(s.round().phase() == Phase::Choosing);
  }
  SECTION("while the feedback of an answer is shown, that answer counts too") {
    start(s, 4);
    const Scenario* sc = s.round().current();
    REQUIRE(s.apply(act::Game{action::PickVerdict{sc->verdict}}));
    REQUIRE(s.apply(act::GoTo{Screen::Setup}));
    CHECK(s.screen() == Screen::Summary);
    CHECK(s.progress().times_seen(sc->id) == 1);
  }
  SECTION("before any answer, the round is simply dropped: nothing to remember") {
    start(s, 4);
    REQUIRE(s.apply(act::GoTo{Screen::Title}));
    CHECK(s.screen() == Screen::Title);
    CHECK(s.round().phase() == Phase::Choosing);
    CHECK(s.progress().rounds_played == 0);
    CHECK(s.take_effects().empty());
  }
}

TEST_CASE("switching language keeps the round going", "[session]") {
  Session s(content());
  start(s, 3);
  answer_right(s);
  const Scenario* current = s.round().current();
  REQUIRE(s.apply(act::SetLanguage{"eu"}));
  CHECK(s.language() == "eu");
  CHECK(s.screen() == Screen::Play);
  CHECK(s.round().phase() == Phase::Answering);
  CHECK(s.round().position() == 1);
  CHECK(s.round().current() == current);
  CHECK_FALSE(s.apply(act::SetLanguage{"fr"}));  // not offered
  CHECK(s.language() == "eu");
}

TEST_CASE("links leave the game only as web addresses", "[session]") {
  Session s(content());
  CHECK(s.apply(act::OpenLink{"https://www.coe.int/en/web/interculturalcities"}));
  CHECK(s.apply(act::OpenLink{"HTTP://example.org/a"}));
  for (const char* bad : {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x",
                          "https:", "//example.org", "", "ftp://example.org"}) {
    INFO(bad);
    CHECK_FALSE(s.apply(act::OpenLink{bad}));
  }
  SessionEffects e = s.take_effects();
  REQUIRE(e.links_to_open.size() == 2);
  CHECK(e.links_to_open[0] == "https://www.coe.int/en/web/interculturalcities");
}

TEST_CASE("facts reopened on the summary, practices opened from anywhere", "[session]") {
  Session s(content());
  start(s, 2);
  const Scenario* first = s.round().current();
  REQUIRE(s.apply(act::Game{action::PickVerdict{wrong_verdict(*first)}}));
  SECTION("a practice opened from the feedback returns to the same place in the round") {
    std::string id = first_practice_id(s);
    REQUIRE(s.apply(act::OpenPractice{id}));
    CHECK(s.screen() == Screen::PracticeDetail);
    CHECK(s.round_under_way());
    CHECK_FALSE(s.apply(act::PlayTopic{"jobs"}));  // no new round from inside one
    REQUIRE(s.apply(act::GoTo{Screen::Play}));
    CHECK(s.round().phase() == Phase::Feedback);
    CHECK(s.round().current() == first);
  }
  SECTION("reopen and close a believed rumour's fact") {
    REQUIRE(s.apply(act::Game{action::Next{}}));
    answer_right(s);
    REQUIRE(s.screen() == Screen::Summary);
    REQUIRE(s.round().believed().size() == 1);
    CHECK_FALSE(s.apply(act::ReopenFact{"no-such-rumour"}));
    REQUIRE(s.apply(act::ReopenFact{first->id}));
    CHECK(s.reopened_fact() == first);
    REQUIRE(s.apply(act::CloseFact{}));
    CHECK(s.reopened_fact() == nullptr);
    REQUIRE(s.apply(act::ReopenFact{first->id}));
    REQUIRE(s.apply(act::GoTo{Screen::Title}));
    CHECK(s.reopened_fact() == nullptr);  // a fact is reopened on its page only
  }
}

TEST_CASE("the practice browser: filters kept, a practice opened, a round on its topic",
          "[session]") {
  Session s(content());
  REQUIRE(s.apply(act::GoTo{Screen::Practices}));
  PracticeFilter f;
  f.topics = {"jobs"};
  f.query = "bilbao";
  REQUIRE(s.apply(act::ChangeFilter{f}));
  CHECK(s.practice_filter() == f);
  CHECK_FALSE(s.apply(act::OpenPractice{"no-such-practice"}));
  CHECK(s.screen() == Screen::Practices);
  std::string id = first_practice_id(s);
  REQUIRE(s.apply(act::OpenPractice{id}));
  CHECK(s.open_practice()->id == id);
  REQUIRE(s.apply(act::GoTo{Screen::Practices}));
  CHECK(s.practice_filter() == f);  // the list comes back as the player left it
  REQUIRE(s.apply(act::GoTo{Screen::PracticeDetail}));
  CHECK(s.screen() == Screen::PracticeDetail);  // the last practice opened
  CHECK_FALSE(s.apply(act::PlayTopic{"no-such-topic"}));
  REQUIRE(s.apply(act::PlayTopic{"health"}));
  CHECK(s.screen() == Screen::Setup);
  CHECK(s.setup().topics == std::set<std::string>{"health"});
  REQUIRE(s.apply(act::StartRound{}));
  REQUIRE_FALSE(s.round().order().empty());
  for (const Scenario* sc : s.round().order()) CHECK(sc->topic == "health");
}

TEST_CASE("an answer's outcome is the same in practice and scored rounds", "[session]") {
  // Every verdict offered for every rumour, once scored and once in practice.
  for (Mode mode : {Mode::Verdict, Mode::Reply}) {
    for (int pick = 0; pick < 4; ++pick) {
      std::vector<Outcome> outcomes[2];
      std::vector<size_t> believed[2];
      for (bool practice : {false, true}) {
        Session s(content(6));
        start(s, 6, mode, practice);
        while (s.round().phase() == Phase::Answering) {
          const Scenario* sc = s.round().current();
          if (mode == Mode::Verdict) {
            Verdict v = sc->choices[static_cast<size_t>(pick) % sc->choices.size()];
            REQUIRE(s.apply(act::Game{action::PickVerdict{v}}));
          } else {
            int r = pick % static_cast<int>(sc->replies.size());
            REQUIRE(s.apply(act::Game{action::PickReply{r}}));
          }
          const Answer* a = s.round().last_answer();
          outcomes[practice].push_back(a->outcome);
          if (practice) CHECK(a->points == 0);
          REQUIRE(s.apply(act::Game{action::Next{}}));
        }
        for (const Answer* a : s.round().believed())
          believed[practice].push_back(static_cast<size_t>(a - s.round().answers().data()));
      }
      INFO(to_string(mode) << " pick " << pick);
      REQUIRE(outcomes[0].size() == 6);
      CHECK(outcomes[0] == outcomes[1]);
      CHECK(believed[0] == believed[1]);
    }
  }
}

TEST_CASE("a near miss (false for misleading, or the other way) is partly right everywhere",
          "[session]") {
  CHECK(Scoring::outcome(Scoring::verdict_points(Verdict::Misleading, Verdict::False)) ==
        Outcome::Partly);
  CHECK(Scoring::outcome(Scoring::verdict_points(Verdict::False, Verdict::Misleading)) ==
        Outcome::Partly);
  CHECK(Scoring::outcome(Scoring::verdict_points(Verdict::False, Verdict::True)) == Outcome::Wrong);
  CHECK(Scoring::outcome(Scoring::reply_points(ReplyQuality::Partial)) == Outcome::Partly);
  for (bool practice : {false, true}) {
    Session s(content(6));
    start(s, 6, Mode::Verdict, practice);
    bool found = false;
    while (s.round().phase() == Phase::Answering) {
      const Scenario* sc = s.round().current();
      Verdict near = sc->verdict == Verdict::False ? Verdict::Misleading : Verdict::False;
      REQUIRE(s.apply(act::Game{action::PickVerdict{near}}));
      INFO("practice " << practice);
      CHECK(s.round().last_answer()->outcome == Outcome::Partly);
      found = true;
      REQUIRE(s.apply(act::Game{action::Next{}}));
    }
    CHECK(found);
  }
}

TEST_CASE("a saved progress that cannot be read is reported and replaced", "[session]") {
  SessionContent c = content();
  c.saved_progress = "{ not json";
  Session s(std::move(c));
  CHECK(s.saved_progress_unreadable());
  REQUIRE(s.problems().size() == 1);
  CHECK(s.problems()[0].file == "saved progress");
  CHECK(s.progress().rounds_played == 0);
  SessionContent good = content();
  good.saved_progress =
      R"({"format": 1, "seen": {"rumour-1": 2}, "best_score": {}, "rounds_played": 3})";
  Session again(std::move(good));
  CHECK_FALSE(again.saved_progress_unreadable());
  CHECK(again.progress().rounds_played == 3);
  CHECK(again.progress().times_seen("rumour-1") == 2);
}

TEST_CASE("the text size is a setting kept with the progress", "[session]") {
  Session s(content());
  CHECK(s.progress().text_step == Progress::default_text_step);
  REQUIRE(s.apply(act::SetTextStep{3}));
  CHECK(s.progress().text_step == 3);
  SessionEffects e = s.take_effects();
  REQUIRE(e.progress_to_save);
  CHECK_FALSE(s.apply(act::SetTextStep{4}));  // no such step
  CHECK_FALSE(s.apply(act::SetTextStep{-1}));
  CHECK_FALSE(s.apply(act::SetTextStep{3}));  // already
  CHECK(s.take_effects().empty());
  SessionContent again = content();
  again.saved_progress = *e.progress_to_save;
  Session next(std::move(again));
  CHECK_FALSE(next.saved_progress_unreadable());
  CHECK(next.progress().text_step == 3);  // the next visit starts at the same size
}

TEST_CASE("high contrast and less motion follow the device until the player chooses", "[session]") {
  SessionContent c = content();
  c.device = {.high_contrast = true, .reduced_motion = false};
  Session s(std::move(c));
  CHECK(s.high_contrast());  // the browser asked for more contrast
  CHECK_FALSE(s.reduced_motion());
  CHECK(s.take_effects().empty());
  // The player turns high contrast off and less motion on: both kept, both saved.
  REQUIRE(s.apply(act::SetHighContrast{false}));
  CHECK_FALSE(s.high_contrast());
  REQUIRE(s.take_effects().progress_to_save);
  REQUIRE(s.apply(act::SetReducedMotion{true}));
  CHECK(s.reduced_motion());
  SessionEffects e = s.take_effects();
  REQUIRE(e.progress_to_save);
  CHECK_FALSE(s.apply(act::SetReducedMotion{true}));  // already chosen
  // The next visit, on a device that now asks for the opposite: the player's choice wins.
  SessionContent again = content();
  again.saved_progress = *e.progress_to_save;
  again.device = {.high_contrast = true, .reduced_motion = false};
  Session next(std::move(again));
  CHECK_FALSE(next.high_contrast());
  CHECK(next.reduced_motion());
  // A choice equal to the device's setting is still kept: it holds when the device changes.
  Session plain(content());
  REQUIRE(plain.apply(act::SetHighContrast{false}));
  CHECK(plain.progress().high_contrast == false);
}
