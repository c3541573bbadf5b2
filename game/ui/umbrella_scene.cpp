#include "umbrella_scene.h"

#include <algorithm>
#include <cmath>

#include "theme.h"

namespace ar::ui {

namespace {

constexpr float pi = 3.14159265f;
constexpr int panels = 5;                            // the canopy's panels, left to right
constexpr int tear_order[panels] = {2, 1, 3, 0, 4};  // the middle one first: over the person
constexpr int drop_count = 16;
constexpr double open_seconds = 0.5;  // the canopy opens or folds in this long
constexpr double tear_at = 0.3;       // a miss tears the canopy this long into the scene
constexpr double sun_seconds = 1.0;   // the sun rises and the rain stops in this long
constexpr int sun_rays = 10;

float ease_out(float x) {
  x = std::clamp(x, 0.0f, 1.0f);
  return 1 - (1 - x) * (1 - x);
}

float fraction(float x) {
  return x - std::floor(x);
}

}  // namespace

Umbrella umbrella_after(Outcome outcome, int streak) {
  switch (outcome) {
    case Outcome::Right:
      return {.open_from = 0.45f,
              .open = 1,
              .torn = 0,
              .dry = true,
              .sun = Scoring::celebrates(streak)};
    case Outcome::Partly: return {.open_from = 1, .open = 0.8f, .torn = 1, .dry = false};
    case Outcome::Wrong: return {.open_from = 1, .open = 0.5f, .torn = 2, .dry = false};
  }
  return {};
}

Umbrella umbrella_for_round(bool is_protected) {
  return is_protected ? Umbrella{.open_from = 0.45f, .open = 1, .torn = 0, .dry = true}
                      : Umbrella{.open_from = 1, .open = 0.45f, .torn = 3, .dry = false};
}

std::string describe(const Umbrella& u) {
  std::string s = u.open >= 0.9f ? "open" : "folded";
  if (u.torn > 0) s += ", torn " + std::to_string(u.torn);
  return s + (u.dry ? ", dry" : ", wet") + (u.sun ? ", sun" : "");
}

void draw_umbrella_scene(const Umbrella& u, double seconds, ImVec2 at, ImVec2 size) {
  const float t = static_cast<float>(std::clamp(seconds, 0.0, scene_seconds));
  const float w = size.x, h = size.y;
  const float line = std::max(1.0f, w * 0.025f);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 ink = ImGui::GetColorU32(colour::ink);
  const ImU32 rain = ImGui::GetColorU32(colour::accent);

  const float ground = at.y + h * 0.97f;
  const float shaft_x = at.x + w * 0.5f;
  const float rim_y = at.y + h * 0.42f;  // where the canopy's edge is
  const float open =
      u.open_from + (u.open - u.open_from) * ease_out(static_cast<float>(t / open_seconds));
  const float half_width = w * 0.47f * (0.2f + 0.8f * open);
  const float height = h * (0.36f - 0.1f * open);  // folded: narrow and tall
  const int torn = t >= tear_at || u.open_from == u.open ? u.torn : 0;
  auto is_torn = [&](int panel) {
    for (int i = 0; i < torn && i < panels; ++i)
      if (tear_order[i] == panel) return true;
    return false;
  };
  auto rim_point = [&](float a) {
    return ImVec2{shaft_x + std::cos(a) * half_width, rim_y + std::sin(a) * height};
  };
  const float wet = u.dry ? 0 : ease_out(static_cast<float>((t - tear_at) / 0.8));

  // A celebrated streak: the sun rises in the top corner, its rays growing and turning, and the
  // rain eases off until no drop falls. Drawn first, so the umbrella stands in front of it.
  const float sunrise = u.sun ? ease_out(static_cast<float>(t / sun_seconds)) : 0;
  if (u.sun) {
    const ImVec2 sun{at.x + w * 0.12f, at.y + h * (0.34f - 0.21f * sunrise)};
    const float r = h * 0.085f;
    const ImU32 gold = ImGui::GetColorU32(colour::sun);
    const float turn = 0.6f * t;  // still once t stops at scene_seconds
    for (int i = 0; i < sun_rays; ++i) {
      float a = turn + 2 * pi * i / sun_rays;
      float from = r * 1.35f, to = r * (1.35f + 0.6f * sunrise);
      dl->AddLine({sun.x + std::cos(a) * from, sun.y + std::sin(a) * from},
                  {sun.x + std::cos(a) * to, sun.y + std::sin(a) * to}, gold, line * 1.2f);
    }
    dl->AddCircleFilled(sun, r, gold, 24);
    dl->AddCircle(sun, r, ink, 24, line * 0.5f);  // an outline: it shows on any page colour
  }

  // The ground, and the puddle the person stands in when the rain gets through.
  dl->AddLine({at.x, ground}, {at.x + w, ground}, ImGui::GetColorU32(colour::muted), line * 0.6f);
  const float person_x = shaft_x - w * 0.13f;
  if (wet > 0) dl->AddEllipseFilled({person_x, ground}, w * 0.3f * wet, h * 0.04f, rain);

  // The person: a plain figure, head, coat and legs, one arm up to the handle.
  const float head_r = h * 0.075f;
  const ImVec2 head{person_x, ground - h * 0.47f};
  dl->AddLine({person_x - h * 0.05f, ground - h * 0.14f}, {person_x - h * 0.05f, ground}, ink,
              line * 1.4f);
  dl->AddLine({person_x + h * 0.05f, ground - h * 0.14f}, {person_x + h * 0.05f, ground}, ink,
              line * 1.4f);
  dl->AddRectFilled({person_x - h * 0.1f, ground - h * 0.37f},
                    {person_x + h * 0.1f, ground - h * 0.12f}, ink, h * 0.06f);
  dl->AddCircleFilled(head, head_r, ink, 16);
  const ImVec2 hand{shaft_x, ground - h * 0.36f};
  dl->AddLine({person_x + h * 0.07f, ground - h * 0.33f}, hand, ink, line * 1.2f);

  // The umbrella: shaft, handle, and the canopy in panels (a torn one is only its outline).
  dl->AddLine({shaft_x, rim_y - height - h * 0.04f}, {shaft_x, hand.y + h * 0.05f}, ink, line);
  dl->PathArcTo({shaft_x - h * 0.04f, hand.y + h * 0.05f}, h * 0.04f, 0, pi, 8);
  dl->PathStroke(ink, 0, line);
  const ImU32 canopy = ImGui::GetColorU32(u.dry ? colour::accent : colour::umbrella);
  for (int p = 0; p < panels; ++p) {
    float a0 = pi + pi * p / panels, a1 = pi + pi * (p + 1) / panels;
    dl->PathLineTo({shaft_x, rim_y});
    for (int k = 0; k <= 6; ++k) dl->PathLineTo(rim_point(a0 + (a1 - a0) * k / 6));
    if (is_torn(p)) {
      dl->PathStroke(ImGui::GetColorU32(colour::muted), ImDrawFlags_Closed, line * 0.5f);
    } else {
      dl->PathFillConvex(canopy);
      dl->PathLineTo({shaft_x, rim_y});
      for (int k = 0; k <= 6; ++k) dl->PathLineTo(rim_point(a0 + (a1 - a0) * k / 6));
      dl->PathStroke(ink, ImDrawFlags_Closed, line * 0.5f);
    }
  }

  // The rain: shapes only. A drop over a whole panel stops on the canopy; through a torn panel,
  // or beside the umbrella, it falls to the ground.
  const float drop_r = std::max(1.5f, w * 0.022f);
  for (int i = 0; i < drop_count; ++i) {
    if (u.sun && fraction(i * 0.29f) < sunrise) continue;  // the rain stops as the sun comes out
    float x = at.x + w * (i + 0.5f) / drop_count + w * 0.015f * (fraction(i * 0.73f) - 0.5f);
    float phase = fraction(i * 0.618f);
    float speed = 1.0f + 0.4f * fraction(i * 0.37f);  // falls per second
    float y = at.y + fraction(phase + speed * t) * (ground - at.y - drop_r);
    float dx = (x - shaft_x) / half_width;
    if (std::abs(dx) < 1) {
      float a = 2 * pi - std::acos(dx);
      int panel = std::clamp(static_cast<int>((a - pi) / (pi / panels)), 0, panels - 1);
      float surface = rim_y + std::sin(a) * height;
      if (!is_torn(panel) && y > surface - drop_r) continue;  // it runs off the canopy
    }
    dl->AddCircleFilled({x, y}, drop_r, rain, 10);
    dl->AddTriangleFilled({x - drop_r, y}, {x + drop_r, y}, {x, y - 2.6f * drop_r}, rain);
  }
  // Wet through: drops on the head and shoulders, still there when the picture stands still.
  if (wet > 0) {
    for (float dx : {-0.09f, 0.02f, 0.1f}) {
      ImVec2 d{head.x + h * dx, head.y + head_r + h * (0.04f + std::abs(dx) * 0.3f)};
      dl->AddCircleFilled(d, drop_r * wet, ImGui::GetColorU32(colour::page), 10);
    }
  }
}

}  // namespace ar::ui
