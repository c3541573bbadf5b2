#pragma once
// The neighbour who says the rumour: a head and shoulders drawn from plain shapes (no bitmaps),
// one of many ordinary people, young and old, with different hair and clothes, never a
// caricature. Which one is chosen from the rumour's id alone: the same rumour always comes from
// the same neighbour, on every device.
#include <imgui.h>

#include <string_view>

namespace ar::ui {

struct Neighbour {
  enum class Age { Young, Adult, Older } age = Age::Adult;
  enum class Hair { Short, Long, Bun, Curly, Bald, Scarf } hair = Hair::Short;
  int hair_colour = 0;  // young and adult: one of 5 colours; older: grey or white
  int skin = 0;         // one of neighbour_skins
  int clothes = 0;      // one of neighbour_clothes
  bool glasses = false;
  bool operator==(const Neighbour&) const = default;
};
inline constexpr int neighbour_skins = 5;
inline constexpr int neighbour_clothes = 6;

// The neighbour for a rumour, from its id (deterministic).
Neighbour neighbour_for(std::string_view scenario_id);

// Draws the neighbour into the square at `at` of side `size` (screen coordinates). Adds no item.
void draw_neighbour(const Neighbour& n, ImVec2 at, float size);

}  // namespace ar::ui
