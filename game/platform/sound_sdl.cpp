// The desktop's sound device, through SDL audio (GameSound in sound.h). The device pulls its
// samples from a callback on SDL's audio thread, which mixes every cue still playing (SoundMix,
// game/core/sound_mix.h): a new cue sounds over the last instead of cutting it off.
#include <SDL.h>

#include <cstdio>
#include <span>

#include "sound.h"

namespace ar::platform {

namespace {
// SDL's audio thread asks for `bytes` of float samples.
void fill(void* mix, Uint8* stream, int bytes) {
  static_cast<SoundMix*>(mix)->mix(
      std::span(reinterpret_cast<float*>(stream), static_cast<size_t>(bytes) / sizeof(float)));
}
}  // namespace

GameSound::~GameSound() {
  if (device_) SDL_CloseAudioDevice(device_);  // the callback stops before mix_ goes
}

void GameSound::open_device() {
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    // Said once, calmly: the game is the same without sound.
    std::fprintf(stderr, "antirumour: no sound on this device (%s)\n", SDL_GetError());
    return;
  }
  SDL_AudioSpec want{}, have{};
  want.freq = 44100;
  want.format = AUDIO_F32SYS;
  want.channels = 1;
  want.samples = 1024;
  want.callback = fill;
  want.userdata = &mix_;
  // Whatever rate the device runs at: the cues are made at it.
  device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &have, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE);
  if (!device_) {
    std::fprintf(stderr, "antirumour: no sound on this device (%s)\n", SDL_GetError());
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return;
  }
  rate_ = have.freq;
  SDL_PauseAudioDevice(device_, 0);  // the callback runs from now on (silence until a cue)
}

void GameSound::send(Cue, const std::vector<float>& samples) {
  // Added between two callbacks: the audio thread never sees the list half changed.
  SDL_LockAudioDevice(device_);
  mix_.add(samples);
  SDL_UnlockAudioDevice(device_);
}

}  // namespace ar::platform
