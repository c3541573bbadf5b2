#pragma once
// The whole interface: draws the session's current screen into the current ImGui frame (between
// NewFrame and Render) and returns what the player asked for. Game state lives in the Session;
// this holds only what the drawing needs between frames.
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "session.h"

namespace ar::ui {

class View {
 public:
  // `now`: the platform's clock, in seconds from any start; the short animations (the umbrella
  // in the rain after an answer) take their time from it, so tests can drive it.
  std::optional<SessionAction> frame(const Session& session, double now);
  // The player's settings that live outside ImGui (text size, contrast, motion), taken from the
  // session. frame() does it for the next frame; a platform calls it once before the first, so
  // the first frame is drawn with the saved text size, not the default.
  static void follow_settings(const Session& session);
  // A picture is still moving: the platform must keep drawing frames (at most scene_seconds
  // after the event that started it; never with reduced motion).
  bool animating() const { return animating_; }

 private:
  // The current screen; `scene_time` for the umbrella scene's picture (View::frame).
  std::optional<SessionAction> draw(const Session& session, double scene_time);
  // What was on screen last frame: a new page starts at its top.
  // The workshop's page: its phase, its rumour, the rumour its debrief opened again (-1: none).
  // The last element: the rumour shown in the editor.
  using Place = std::tuple<Screen, Phase, size_t, const Practice*, WorkshopPhase, size_t, int, int>;
  Place last_view_{Screen::Title, Phase::Choosing, 0, nullptr, WorkshopPhase::Setup, 0, -1, -1};
  std::set<std::string> baked_packs_;  // the device's own packs whose characters the fonts hold
  double scene_start_ = 0;  // when the page with the umbrella scene appeared (the clock's time)
  bool animating_ = false;
};

}  // namespace ar::ui
