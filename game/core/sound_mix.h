#pragma once
// Cues that overlap: a new cue plays over the ones still sounding instead of cutting them off
// (a tap, then the "right" notes, then a streak's applause). The device asks for its next block of
// samples and gets the sum of every cue still playing, clamped to [-1, 1]. No device here: the
// desktop's SDL audio callback calls mix() (sound_sdl.cpp); tests call it directly.
#include <cstddef>
#include <span>
#include <vector>

namespace ar {

class SoundMix {
 public:
  // Starts a cue from its first sample. The samples are not copied: they must outlive the cue
  // (GameSound keeps each cue's samples for the whole game).
  void add(std::span<const float> samples);
  // Writes the next `out.size()` samples of all the cues playing, summed and clamped; silence
  // where none plays. Cues that have ended are dropped.
  void mix(std::span<float> out);
  // How many cues are still playing.
  size_t playing() const { return voices_.size(); }

  // More than this many at once: the oldest is dropped (a burst of taps stays bounded).
  static constexpr size_t max_voices = 8;

 private:
  struct Voice {
    std::span<const float> samples;
    size_t at = 0;
  };
  std::vector<Voice> voices_;
};

}  // namespace ar
