// Overlapping cues (issue 16): a second cue plays over the first instead of cutting it off, the
// sum is clamped, and silence follows once every cue has ended.
#include <catch2/catch.hpp>

#include <vector>

#include "sound_mix.h"
#include "sound_synth.h"

using namespace ar;

TEST_CASE("a second cue plays over the first, it does not cut it off", "[sound]") {
  const std::vector<float> first(100, 0.25f), second(30, 0.5f);
  SoundMix mix;
  mix.add(first);
  std::vector<float> out(40);
  mix.mix(out);
  CHECK(out[0] == 0.25f);
  CHECK(out[39] == 0.25f);

  mix.add(second);  // 40 samples into the first
  CHECK(mix.playing() == 2);
  mix.mix(out);
  for (size_t i = 0; i < 30; ++i) CHECK(out[i] == 0.75f);   // both at once
  for (size_t i = 30; i < 40; ++i) CHECK(out[i] == 0.25f);  // the first goes on alone
  CHECK(mix.playing() == 1);

  mix.mix(out);  // samples 80..99 of the first, then silence
  CHECK(out[19] == 0.25f);
  CHECK(out[20] == 0.0f);
  CHECK(mix.playing() == 0);
}

TEST_CASE("the sum of loud cues is clamped to [-1, 1]", "[sound]") {
  const std::vector<float> up(10, 0.8f), down(10, -0.8f);
  SoundMix mix;
  mix.add(up);
  mix.add(up);
  std::vector<float> out(10);
  mix.mix(out);
  for (float s : out) CHECK(s == 1.0f);
  mix.add(down);
  mix.add(down);
  mix.mix(out);
  for (float s : out) CHECK(s == -1.0f);
}

TEST_CASE("real cues mixed stay within range, and a burst of taps stays bounded", "[sound]") {
  const std::vector<float> tap = synthesize(Cue::Tap, 22050);
  const std::vector<float> applause = synthesize(Cue::Applause, 22050);
  SoundMix mix;
  mix.add(applause);
  for (int i = 0; i < 20; ++i) mix.add(tap);
  CHECK(mix.playing() == SoundMix::max_voices);
  std::vector<float> out(512);
  bool heard = false;
  while (mix.playing() > 0) {
    mix.mix(out);
    for (float s : out) {
      REQUIRE(s >= -1.0f);
      REQUIRE(s <= 1.0f);
      heard = heard || s != 0.0f;
    }
  }
  CHECK(heard);
}
