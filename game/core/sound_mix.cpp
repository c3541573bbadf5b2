#include "sound_mix.h"

#include <algorithm>

namespace ar {

void SoundMix::add(std::span<const float> samples) {
  if (samples.empty()) return;
  if (voices_.size() >= max_voices) voices_.erase(voices_.begin());
  voices_.push_back({samples, 0});
}

void SoundMix::mix(std::span<float> out) {
  std::fill(out.begin(), out.end(), 0.0f);
  for (Voice& v : voices_) {
    size_t n = std::min(out.size(), v.samples.size() - v.at);
    for (size_t i = 0; i < n; ++i) out[i] += v.samples[v.at + i];
    v.at += n;
  }
  for (float& s : out) s = std::clamp(s, -1.0f, 1.0f);  // two loud cues together never wrap
  std::erase_if(voices_, [](const Voice& v) { return v.at >= v.samples.size(); });
}

}  // namespace ar
