// Sound (issue 16): which cue each event gives, the synthesised cues themselves (heard, within
// range, no click at either end, the same every time, short), and whether sound is on: the
// player's choice kept with the progress, and off while a workshop runs unless turned on.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "progress.h"
#include "session.h"
#include "sound_cues.h"
#include "sound_synth.h"
#include "test_session.h"

using namespace ar;
using namespace ar::test;
namespace act = ar::session_action;

namespace {

SessionContent content() {
  return session_content(
      numbered_pack("pack-a", 1, 8, {"jobs", "health"}, {Verdict::False, Verdict::Misleading}),
      "en", 42);
}

void start_round(Session& s, int count, bool practice = false) {
  choose_round(s, Mode::Verdict, count);
  SetupChoices c = s.setup();
  c.practice = practice;
  REQUIRE(s.apply(act::ChangeSetup{c}));
  REQUIRE(s.apply(act::StartRound{}));
}

// Applies `a` as a screen would hand it over, and returns the cue the platform would play.
std::optional<Cue> cue_of(Session& s, const SessionAction& a) {
  SoundMoment before = sound_moment(s);
  bool applied = s.apply(a);
  return cue_between(before, sound_moment(s), applied);
}

float peak(const std::vector<float>& s) {
  float p = 0;
  for (float v : s) p = std::max(p, std::abs(v));
  return p;
}

}  // namespace

TEST_CASE("sound: each outcome has its cue; a streak and a protected round earn applause",
          "[sound]") {
  CHECK(cue_after(Outcome::Right, 1) == Cue::Right);
  CHECK(cue_after(Outcome::Partly, 0) == Cue::Partly);
  CHECK(cue_after(Outcome::Wrong, 0) == Cue::Wrong);
  CHECK(cue_after(Outcome::Right, Scoring::celebrated_streak) == Cue::Applause);
  CHECK(cue_after(Outcome::Right, Scoring::celebrated_streak + 1) == Cue::Right);
  CHECK(cue_for_round(true) == Cue::Applause);
  CHECK(cue_for_round(false) == Cue::Rain);
  for (const auto& [cue, name] : cue_names()) CHECK(std::string(to_string(cue)) == name);
  CHECK(std::string(to_string(Cue::Tap)) == "tap");
}

TEST_CASE(
    "sound: a round played through the session gives a tap, then each answer's cue, then "
    "the round's",
    "[sound]") {
  Session s(content());
  CHECK(cue_of(s, act::GoTo{Screen::Setup}) == Cue::Tap);
  CHECK_FALSE(cue_of(s, act::GoTo{Screen::Play}));  // refused, nothing happened: no sound
  start_round(s, 3);
  CHECK(cue_of(s, act::Game{action::PickVerdict{s.round().current()->verdict}}) == Cue::Right);
  CHECK(cue_of(s, act::Game{action::Next{}}) == Cue::Tap);
  const Scenario& second = *s.round().current();
  CHECK(cue_of(s, act::Game{action::PickVerdict{wrong_verdict(second)}}) == Cue::Wrong);
  CHECK(cue_of(s, act::Game{action::Next{}}) == Cue::Tap);
  CHECK(cue_of(s, act::Game{action::PickVerdict{wrong_verdict(*s.round().current())}}) ==
        Cue::Wrong);
  // One right of three: the umbrella did not hold, the rain comes through.
  REQUIRE_FALSE(s.round().is_protected());
  CHECK(cue_of(s, act::Game{action::Next{}}) == Cue::Rain);
  CHECK(s.screen() == Screen::Summary);

  Session all_right(content());
  start_round(all_right, 2);
  for (int i = 0; i < 2; ++i) {
    CHECK(cue_of(all_right, act::Game{action::PickVerdict{all_right.round().current()->verdict}}) ==
          Cue::Right);
    if (i == 0) CHECK(cue_of(all_right, act::Game{action::Next{}}) == Cue::Tap);
  }
  CHECK(cue_of(all_right, act::Game{action::Next{}}) == Cue::Applause);
}

TEST_CASE("sound: a practice round's answers are heard, its end is only a tap", "[sound]") {
  Session s(content());
  start_round(s, 1, true);
  CHECK(cue_of(s, act::Game{action::PickVerdict{s.round().current()->verdict}}) == Cue::Right);
  CHECK(cue_of(s, act::Game{action::Next{}}) == Cue::Tap);
  CHECK(s.screen() == Screen::Summary);
}

TEST_CASE(
    "sound: every cue is heard, within [-1, 1], silent at both ends, short and the same "
    "every time",
    "[sound]") {
  for (int rate : {22050, 44100, 48000}) {
    for (const auto& [cue, name] : cue_names()) {
      INFO(name << " at " << rate << " Hz");
      std::vector<float> s = synthesize(cue, rate);
      REQUIRE(s.size() > static_cast<size_t>(rate / 50));  // at least 20 ms
      CHECK(s.size() <= static_cast<size_t>(longest_cue_seconds * rate));
      CHECK(peak(s) > 0.1f);  // heard
      CHECK(peak(s) <= 1.0f);
      for (float v : s) REQUIRE(std::isfinite(v));
      // Starts and ends at silence: no click when it begins or stops.
      CHECK(std::abs(s.front()) < 1e-3f);
      CHECK(std::abs(s.back()) < 1e-3f);
      size_t edge = static_cast<size_t>(rate / 1000);  // the first and last millisecond stay soft
      for (size_t i = 0; i < edge; ++i) {
        CHECK(std::abs(s[i]) < 0.5f * peak(s));
        CHECK(std::abs(s[s.size() - 1 - i]) < 0.5f * peak(s));
      }
      CHECK(synthesize(cue, rate) == s);  // deterministic, noise included
    }
  }
  // The taps are short and soft; the round's cues are the long ones.
  CHECK(synthesize(Cue::Tap, 44100).size() < synthesize(Cue::Right, 44100).size());
  CHECK(peak(synthesize(Cue::Tap, 44100)) < peak(synthesize(Cue::Right, 44100)));
  CHECK(synthesize(Cue::Rain, 44100).size() > 44100);
  CHECK(synthesize(Cue::Applause, 44100) != synthesize(Cue::Rain, 44100));
  CHECK(synthesize(Cue::Tap, 0).empty());
}

TEST_CASE("sound: on in solo play until the player turns it off, kept with the progress",
          "[sound][session]") {
  Session s(content());
  CHECK(s.sound_on());
  CHECK(s.take_effects().empty());
  REQUIRE(s.apply(act::SetSound{false}));
  CHECK_FALSE(s.sound_on());
  SessionEffects e = s.take_effects();
  REQUIRE(e.progress_to_save);
  CHECK_FALSE(s.apply(act::SetSound{false}));  // already off
  SessionContent again = content();
  again.saved_progress = *e.progress_to_save;
  Session next(std::move(again));
  CHECK_FALSE(next.sound_on());
  CHECK(next.progress().sound == false);

  // The save: absent when never chosen, true or false when chosen; anything else is a problem.
  Progress p;
  CHECK(save_progress(p).find("\"sound\"") == std::string::npos);
  p.sound = true;
  ProgressLoadResult loaded = load_progress(save_progress(p), "progress.json");
  CHECK(loaded.problems.empty());
  CHECK(loaded.progress.sound == true);
  ProgressLoadResult bad = load_progress(R"({"format": 1, "sound": "loud"})", "progress.json");
  REQUIRE_FALSE(bad.problems.empty());
  CHECK(bad.problems.front().path == "$.sound");
}

TEST_CASE(
    "sound: a workshop starts quiet, whatever solo play chose; the facilitator may turn it "
    "on for that session",
    "[sound][workshop]") {
  Session s(content());
  REQUIRE(s.sound_on());
  REQUIRE(s.apply(act::GoTo{Screen::Workshop}));
  WorkshopSettings w = s.workshop_setup();
  w.rumour_count = 2;
  REQUIRE(s.apply(act::ChangeWorkshopSetup{w}));
  REQUIRE(s.apply(act::WorkshopStep{workshop_action::Begin{w}}));
  CHECK_FALSE(s.sound_on());
  s.take_effects();
  REQUIRE(s.apply(act::SetSound{true}));
  CHECK(s.sound_on());
  CHECK_FALSE(s.take_effects().progress_to_save);  // the solo choice is not touched
  CHECK(s.progress().sound == std::nullopt);
  // The room's debrief is applauded.
  REQUIRE(s.apply(act::WorkshopStep{workshop_action::Reveal{}}));
  CHECK(cue_of(s, act::WorkshopStep{workshop_action::End{}}) == Cue::Applause);
  // The next group starts quiet again; after it, solo play has its own choice back.
  REQUIRE(s.apply(act::WorkshopStep{workshop_action::NewGroup{}}));
  CHECK(s.sound_on());  // no session under way: solo play's (never chosen: on)
  REQUIRE(s.apply(act::WorkshopStep{workshop_action::Begin{w}}));
  CHECK_FALSE(s.sound_on());
}
