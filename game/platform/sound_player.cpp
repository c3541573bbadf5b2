// What both platforms do with sound: when to open the device, which cue to play, each synthesised
// once. The device itself: sound_sdl.cpp (desktop), sound_web.cpp (browser).
#include "sound.h"
#include "sound_synth.h"

namespace ar::platform {

void GameSound::notice_input(bool player_touched, bool sound_on) {
  touched_ = touched_ || player_touched;
  if (touched_ && sound_on && !tried_) {
    tried_ = true;
    open_device();
  }
}

void GameSound::play(Cue cue) {
  notice_input(false, true);  // sound just turned on by a tap: the device opens for its sound
  if (!device_) return;
  auto made = made_.find(cue);
  if (made == made_.end()) made = made_.emplace(cue, synthesize(cue, rate_)).first;
  send(cue, made->second);
  played_.push_back(cue);
}

}  // namespace ar::platform
