#include "sound_synth.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace ar {

namespace {

constexpr double two_pi = 6.283185307179586;

// A small seeded generator of our own: std's distributions differ between standard libraries,
// and a cue must sound (and test) the same on every platform.
class Noise {
 public:
  explicit Noise(uint32_t seed) : state_(seed) {}
  float next() {  // uniform in [-1, 1)
    state_ = state_ * 1664525u + 1013904223u;
    return static_cast<float>(state_ >> 8) / 8388608.0f - 1.0f;
  }

 private:
  uint32_t state_;
};

struct Samples {
  int rate;
  std::vector<float> out;
  Samples(int sample_rate, double seconds)
      : rate(sample_rate), out(static_cast<size_t>(seconds * sample_rate), 0.0f) {}
  size_t at(double seconds) const {
    return std::min(out.size(), static_cast<size_t>(std::max(0.0, seconds) * rate));
  }
};

// A sine note from `start` lasting `seconds`, gliding from `from_hz` to `to_hz`, decaying, with
// a little of its octave for a rounder tone.
void note(Samples& s, double start, double seconds, double from_hz, double to_hz, float gain) {
  size_t first = s.at(start), last = s.at(start + seconds);
  double phase = 0;
  for (size_t i = first; i < last; ++i) {
    double t = static_cast<double>(i - first) / s.rate;
    double hz = from_hz + (to_hz - from_hz) * t / seconds;
    phase += two_pi * hz / s.rate;
    double attack = std::min(1.0, t / 0.005);  // 5 ms in: no click at the note's start
    double decay = std::exp(-4.0 * t / seconds);
    double release = std::min(1.0, (seconds - t) / 0.02);
    s.out[i] += static_cast<float>(gain * attack * decay * release *
                                   (std::sin(phase) + 0.25 * std::sin(2 * phase)));
  }
}

// One clap: a burst of bright noise decaying in a few milliseconds.
void clap(Samples& s, Noise& noise, double start, float gain) {
  size_t first = s.at(start), last = s.at(start + 0.04);
  float previous = 0;
  for (size_t i = first; i < last; ++i) {
    double t = static_cast<double>(i - first) / s.rate;
    float white = noise.next();
    float bright = white - previous;  // a difference: high frequencies, like hands
    previous = white;
    double envelope = std::min(1.0, t / 0.001) * std::exp(-t / 0.008);
    s.out[i] += static_cast<float>(gain * envelope) * bright;
  }
}

// Rain: low-passed noise for the hiss, with drops as short, soft ticks.
void rain(Samples& s, Noise& noise) {
  float low = 0;
  for (float& v : s.out) {
    low += 0.15f * (noise.next() - low);  // one-pole low-pass
    v += 0.6f * low;
  }
  for (double t = 0.02; t < static_cast<double>(s.out.size()) / s.rate;
       t += 0.03 + 0.05 * std::abs(noise.next()))
    note(s, t, 0.025, 1800 + 900 * noise.next(), 1200, 0.08f);
}

// The whole cue: fades in and out at its ends, then scaled so its loudest sample is `peak`.
std::vector<float> finish(Samples s, float peak) {
  const size_t n = s.out.size();
  const size_t fade_in = std::min(n / 2, static_cast<size_t>(0.004 * s.rate));
  const size_t fade_out = std::min(n / 2, static_cast<size_t>(0.03 * s.rate));
  for (size_t i = 0; i < fade_in; ++i) s.out[i] *= static_cast<float>(i) / fade_in;
  for (size_t i = 0; i < fade_out; ++i) s.out[n - 1 - i] *= static_cast<float>(i) / fade_out;
  float loudest = 0;
  for (float v : s.out) loudest = std::max(loudest, std::abs(v));
  if (loudest > 0)
    for (float& v : s.out) v *= peak / loudest;
  return std::move(s.out);
}

}  // namespace

std::vector<float> synthesize(Cue cue, int sample_rate) {
  if (sample_rate <= 0) return {};
  Noise noise(0x5eed0000u + static_cast<uint32_t>(cue));
  switch (cue) {
    case Cue::Tap: {  // a soft, short tick: heard, never tiring
      Samples s(sample_rate, 0.05);
      note(s, 0, 0.05, 1400, 1100, 1);
      return finish(std::move(s), 0.25f);
    }
    case Cue::Right: {  // two notes rising a fifth
      Samples s(sample_rate, 0.42);
      note(s, 0, 0.16, 660, 660, 1);
      note(s, 0.12, 0.3, 990, 990, 1);
      return finish(std::move(s), 0.45f);
    }
    case Cue::Partly: {  // the same note twice: neither up nor down
      Samples s(sample_rate, 0.4);
      note(s, 0, 0.16, 587, 587, 1);
      note(s, 0.16, 0.24, 587, 600, 0.8f);
      return finish(std::move(s), 0.4f);
    }
    case Cue::Wrong: {  // a low note falling: a miss, not a buzzer
      Samples s(sample_rate, 0.5);
      note(s, 0, 0.5, 330, 196, 1);
      return finish(std::move(s), 0.45f);
    }
    case Cue::Rain: {  // the rain the umbrella let through
      Samples s(sample_rate, 1.3);
      rain(s, noise);
      return finish(std::move(s), 0.35f);
    }
    case Cue::Applause: {  // many hands, thickest in the middle
      const double seconds = 1.4;
      Samples s(sample_rate, seconds);
      for (double t = 0; t < seconds - 0.05; t += 0.004 + 0.012 * std::abs(noise.next())) {
        double swell = std::sin(3.14159 * t / seconds);  // louder, then dying away
        clap(s, noise, t, static_cast<float>(swell * (0.6 + 0.4 * std::abs(noise.next()))));
      }
      return finish(std::move(s), 0.4f);
    }
  }
  return {};
}

}  // namespace ar
