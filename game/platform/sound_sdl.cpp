#include <cstdio>

#include "sound.h"
#include "sound_synth.h"

namespace ar::platform {

GameSound::~GameSound() {
  if (device_) SDL_CloseAudioDevice(device_);
}

void GameSound::notice_input(bool player_touched, bool sound_on) {
  touched_ = touched_ || player_touched;
  if (touched_ && sound_on && !tried_) open_device();
}

void GameSound::open_device() {
  tried_ = true;
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    // Said once, calmly: the game is the same without sound.
    std::fprintf(stderr, "antirumour: no sound on this device (%s)\n", SDL_GetError());
    return;
  }
  SDL_AudioSpec want{}, have{};
  want.freq = 44100;
  want.format = AUDIO_F32SYS;
  want.channels = 1;
  want.samples = 1024;  // a power of two: Web Audio's script processor needs one
  // Whatever rate the device runs at (a browser's is often 48000): the cues are made at it.
  device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &have, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE);
  if (!device_) {
    std::fprintf(stderr, "antirumour: no sound on this device (%s)\n", SDL_GetError());
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return;
  }
  rate_ = have.freq;
  SDL_PauseAudioDevice(device_, 0);  // plays what is queued from now on
}

void GameSound::after_action(const Session& session, const SoundMoment& before, bool applied) {
  std::optional<Cue> cue = cue_between(before, sound_moment(session), applied);
  if (!cue || !session.sound_on()) return;
  notice_input(false, true);  // sound just turned on by a tap: the device opens for its sound
  play(*cue);
}

void GameSound::play(Cue cue) {
  if (!device_) return;
  auto made = made_.find(cue);
  if (made == made_.end()) made = made_.emplace(cue, synthesize(cue, rate_)).first;
  const std::vector<float>& samples = made->second;
  // A new event's sound replaces the one still playing rather than waiting behind it.
  SDL_ClearQueuedAudio(device_);
  SDL_QueueAudio(device_, samples.data(), static_cast<Uint32>(samples.size() * sizeof(float)));
  played_.push_back(cue);
}

}  // namespace ar::platform
