#pragma once
// What both platform loops do around the session, written once: start it from the content and
// the saved progress, and carry out its effects (open links, save progress).
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "session.h"

namespace ar::platform {

struct SessionStart {
  std::string content_dir;
  std::string save_dir;
  std::string language;  // empty: Spanish
  uint64_t seed = 0;     // 0: from the clock
  // Sees the content before the session takes it (the fonts bake only the characters it uses).
  std::function<void(const SessionContent&)> before_start;
  DevicePreferences device{};  // the browser's prefers-contrast / prefers-reduced-motion
};

// Reads the content and the saved progress and starts the session. A save that cannot be read is
// kept aside (never deleted); every content problem is printed for whoever started the game.
std::unique_ptr<Session> start_session(const SessionStart& start);

struct EffectHandlers {
  std::function<void(const std::string& url)> open_link;
  std::function<void()> after_save;  // e.g. the browser copies the save into IndexedDB
};
// Takes the session's effects and carries them out; true when there was anything to do.
bool carry_out_effects(Session& session, const std::string& save_dir, const EffectHandlers& h);

}  // namespace ar::platform
