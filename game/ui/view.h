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
  std::optional<SessionAction> frame(const Session& session);

 private:
  std::optional<SessionAction> draw(const Session& session);  // the current screen
  // What was on screen last frame: a new page starts at its top.
  // The workshop's page: its phase, its rumour, the rumour its debrief opened again (-1: none).
  // The last element: the rumour shown in the editor.
  using Place = std::tuple<Screen, Phase, size_t, const Practice*, WorkshopPhase, size_t, int, int>;
  Place last_view_{Screen::Title, Phase::Choosing, 0, nullptr, WorkshopPhase::Setup, 0, -1, -1};
  std::set<std::string> baked_packs_;  // the device's own packs whose characters the fonts hold
};

}  // namespace ar::ui
