// The desktop's sound device, through SDL audio (GameSound in sound.h).
#include <SDL.h>

#include <cstdio>

#include "sound.h"

namespace ar::platform {

GameSound::~GameSound() {
  if (device_) SDL_CloseAudioDevice(device_);
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
  // Whatever rate the device runs at: the cues are made at it.
  device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &have, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE);
  if (!device_) {
    std::fprintf(stderr, "antirumour: no sound on this device (%s)\n", SDL_GetError());
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return;
  }
  rate_ = have.freq;
  SDL_PauseAudioDevice(device_, 0);  // plays what is queued from now on
}

void GameSound::send(const std::vector<float>& samples) {
  // A new event's sound replaces the one still playing rather than waiting behind it.
  SDL_ClearQueuedAudio(device_);
  SDL_QueueAudio(device_, samples.data(), static_cast<Uint32>(samples.size() * sizeof(float)));
}

}  // namespace ar::platform
