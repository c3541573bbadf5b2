// The browser's sound device: the page's own Web Audio context (web/sound.js), made only when the
// game asks, after the player's first touch (GameSound in sound.h).
#include "sound.h"

extern "C" {
int js_sound_open();
void js_sound_play(int cue, const float* samples, int count);
}

namespace ar::platform {

GameSound::~GameSound() = default;  // the page closes its context when it goes

void GameSound::open_device() {
  rate_ = js_sound_open();
  device_ = rate_ > 0 ? 1 : 0;
}

void GameSound::send(Cue cue, const std::vector<float>& samples) {
  // The page keeps one AudioBuffer per cue: the samples are read only the first time.
  js_sound_play(static_cast<int>(cue), samples.data(), static_cast<int>(samples.size()));
}

}  // namespace ar::platform
