// The browser's sound device: the page's own Web Audio context (web/sound.js), made only when the
// game asks, after the player's first touch (GameSound in sound.h).
#include "sound.h"

extern "C" {
int js_sound_open();
void js_sound_play(const float* samples, int count);
}

namespace ar::platform {

GameSound::~GameSound() = default;  // the page closes its context when it goes

void GameSound::open_device() {
  rate_ = js_sound_open();
  device_ = rate_ > 0 ? 1 : 0;
}

void GameSound::send(const std::vector<float>& samples) {
  js_sound_play(samples.data(), static_cast<int>(samples.size()));
}

}  // namespace ar::platform
