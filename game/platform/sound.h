#pragma once
// The game's sounds: natively through SDL audio (sound_sdl.cpp), in the browser straight through
// Web Audio (sound_web.cpp, web/sound.js: SDL's own audio code would add about 29 KB to the
// download). The device is opened only after the player's first tap, click or key: before it a
// browser refuses to play anything, and a desktop game stays silent until it is used. Without a
// device (a CI machine, Xvfb, a browser with no Web Audio) the game goes on silently.
#include <cstdint>
#include <map>
#include <vector>

#include "session.h"
#include "sound_cues.h"
#include "sound_mix.h"

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
  // Plays the cue a frame's action gave (apply_action in session_host.h), opening the device
  // first when sound was just turned on by that tap.
  void play(Cue cue);

  bool device_open() const { return device_ != 0; }
  bool touched() const { return touched_; }
  // The cues played so far (sent to an open device), for the end-to-end tests.
  const std::vector<Cue>& played() const { return played_; }

 private:
  // Per platform: open the device (setting device_ and rate_, or leaving device_ 0), and hand it
  // a cue's samples at rate_ to play over whatever is still playing (cues overlap, never cut).
  void open_device();
  void send(Cue cue, const std::vector<float>& samples);

  bool touched_ = false;
  bool tried_ = false;   // the device was asked for (open or refused)
  uint32_t device_ = 0;  // SDL's device id natively; 1 in the browser once its context is made
  int rate_ = 0;         // the device's sample rate: the cues are made at it
  std::map<Cue, std::vector<float>> made_;  // each cue synthesised once
  SoundMix mix_;  // natively: the cues playing, summed by SDL's audio callback (unused on the web)
  std::vector<Cue> played_;
};

}  // namespace ar::platform
