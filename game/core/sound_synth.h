#pragma once
// The game's few sounds, made from numbers rather than shipped as files (the download stays
// small): mono samples in [-1, 1] at any sample rate, the same every time (seeded noise). Each
// starts and ends at silence, with short fades, so none clicks.
#include <vector>

#include "sound_cues.h"

namespace ar {

// The longest cue, in seconds: none holds up the game.
inline constexpr double longest_cue_seconds = 1.5;

std::vector<float> synthesize(Cue cue, int sample_rate);

}  // namespace ar
