#pragma once
// Which short sound an event of the game gives: a tap, an answer's outcome, the round's end. Pure:
// the platform reads a SoundMoment before and after each frame's action and plays what
// cue_between() says (the synthesis is in sound_synth.h, the device in game/platform).
#include <cstddef>
#include <optional>
#include <span>

#include "round.h"
#include "scenario.h"
#include "scoring.h"
#include "workshop.h"

namespace ar {

class Session;

enum class Cue { Tap, Right, Partly, Wrong, Rain, Applause };
std::span<const Named<Cue>> cue_names();  // "tap", "right", "partly", "wrong", "rain", "applause"
const char* to_string(Cue c);

// After one answer: its outcome's own sound (applause when Scoring::celebrates the streak).
Cue cue_after(Outcome outcome, int streak);
// On a scored round's summary: applause when the umbrella held, else the rain coming through.
Cue cue_for_round(bool is_protected);

// What the game shows, as far as sound cares.
struct SoundMoment {
  size_t answers = 0;  // answers given in the round so far
  Outcome last = Outcome::Wrong;
  int streak = 0;
  bool summary = false;  // a round's summary is shown
  bool practice = false;
  bool is_protected = false;
  WorkshopPhase workshop = WorkshopPhase::Setup;
  bool operator==(const SoundMoment&) const = default;
};
SoundMoment sound_moment(const Session& s);

// The cue from one moment to the next; `tapped`: the player's tap or key did something this frame
// (a plain tap, unless it also gave an answer or ended a round). Nothing when nothing happened.
std::optional<Cue> cue_between(const SoundMoment& before, const SoundMoment& after, bool tapped);

}  // namespace ar
