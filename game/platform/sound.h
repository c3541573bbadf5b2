#pragma once
// The game's sounds through SDL audio: natively the system's device, in the browser Web Audio
// (SDL's emscripten backend). The device is opened only after the player's first tap, click or
// key: before it a browser refuses to play anything, and a desktop game stays silent until it is
// used. Without a device (a CI machine, Xvfb, a browser with no audio) the game goes on silently.
#include <SDL.h>

#include <map>
#include <vector>

#include "session.h"
#include "sound_cues.h"

namespace ar::platform {

class GameSound {
 public:
  GameSound() = default;
  GameSound(const GameSound&) = delete;
  GameSound& operator=(const GameSound&) = delete;
  ~GameSound();

  // Call once a frame with whether the player touched the game this frame: from the first touch,
  // the device is opened when sound is on (once; a failure is not tried again).
  void notice_input(bool player_touched, bool sound_on);
  // Around each frame's action: read the moment before it, then hand it to after_action() with
  // whether the action did something; the cue it gives plays if sound is on.
  void after_action(const Session& session, const SoundMoment& before, bool applied);

  bool device_open() const { return device_ != 0; }
  bool touched() const { return touched_; }
  // The cues played so far (sent to an open device), for the end-to-end tests.
  const std::vector<Cue>& played() const { return played_; }

 private:
  void open_device();
  void play(Cue cue);

  bool touched_ = false;
  bool tried_ = false;  // the device was asked for (open or refused)
  SDL_AudioDeviceID device_ = 0;
  int rate_ = 0;
  std::map<Cue, std::vector<float>> made_;  // each cue synthesised once, at the device's rate
  std::vector<Cue> played_;
};

}  // namespace ar::platform
