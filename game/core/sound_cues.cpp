#include "sound_cues.h"

#include <array>

#include "session.h"

namespace ar {

namespace {
constexpr std::array<Named<Cue>, 6> cues{{{Cue::Tap, "tap"},
                                          {Cue::Right, "right"},
                                          {Cue::Partly, "partly"},
                                          {Cue::Wrong, "wrong"},
                                          {Cue::Rain, "rain"},
                                          {Cue::Applause, "applause"}}};
}  // namespace

std::span<const Named<Cue>> cue_names() {
  return cues;
}

const char* to_string(Cue c) {
  return name_of(c, cue_names());
}

Cue cue_after(Outcome outcome, int streak) {
  switch (outcome) {
    case Outcome::Right: return Scoring::celebrates(streak) ? Cue::Applause : Cue::Right;
    case Outcome::Partly: return Cue::Partly;
    case Outcome::Wrong: return Cue::Wrong;
  }
  return Cue::Wrong;
}

Cue cue_for_round(bool is_protected) {
  return is_protected ? Cue::Applause : Cue::Rain;
}

SoundMoment sound_moment(const Session& s) {
  const Round& round = s.round();
  SoundMoment m;
  m.answers = round.answers().size();
  if (const Answer* a = round.last_answer()) m.last = a->outcome;
  m.streak = round.streak();
  m.summary = s.screen() == Screen::Summary && round.phase() == Phase::Summary;
  m.practice = round.settings().practice;
  m.is_protected = round.is_protected();
  m.workshop = s.workshop().phase();
  return m;
}

std::optional<Cue> cue_between(const SoundMoment& before, const SoundMoment& after, bool tapped) {
  if (after.answers > before.answers) return cue_after(after.last, after.streak);
  // A practice round scores nothing: its end is a plain tap, with no verdict on the umbrella.
  if (after.summary && !before.summary && !after.practice && after.answers > 0)
    return cue_for_round(after.is_protected);
  // The room's debrief: the session is over, whatever the scores.
  if (after.workshop == WorkshopPhase::Debrief && before.workshop != WorkshopPhase::Debrief)
    return Cue::Applause;
  if (tapped) return Cue::Tap;
  return std::nullopt;
}

}  // namespace ar
