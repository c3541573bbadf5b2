#include "neighbour.h"

#include <cmath>
#include <cstdint>

#include "theme.h"

namespace ar::ui {

namespace {

constexpr float pi = 3.14159265f;

uint64_t fnv1a(std::string_view text) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace

Neighbour neighbour_for(std::string_view scenario_id) {
  uint64_t h = fnv1a(scenario_id);
  Neighbour n;
  n.age = static_cast<Neighbour::Age>(h % 3);
  n.hair = static_cast<Neighbour::Hair>((h >> 8) % 6);
  n.hair_colour = n.age == Neighbour::Age::Older ? static_cast<int>((h >> 16) % 2)
                                                 : static_cast<int>((h >> 16) % 5);
  n.skin = static_cast<int>((h >> 24) % neighbour_skins);
  n.clothes = static_cast<int>((h >> 32) % neighbour_clothes);
  n.glasses = ((h >> 40) % 4 == 0) || (n.age == Neighbour::Age::Older && (h >> 42) % 2 == 0);
  return n;
}

void draw_neighbour(const Neighbour& n, ImVec2 at, float s) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const bool outline = high_contrast();
  const ImU32 ink = ImGui::GetColorU32(colour::ink);
  const ImU32 skin = ImGui::GetColorU32(skin_colour(n.skin));
  const ImU32 clothes = ImGui::GetColorU32(clothes_colour(n.clothes));
  const ImU32 scarf = ImGui::GetColorU32(clothes_colour(n.clothes + 3));
  const ImU32 hair = ImGui::GetColorU32(hair_colour(n.hair_colour, n.age == Neighbour::Age::Older));
  const float line = s * 0.03f;
  const ImVec2 head{at.x + s * 0.5f, at.y + s * 0.4f};
  const float r = s * (n.age == Neighbour::Age::Young ? 0.19f : 0.2f);
  using Hair = Neighbour::Hair;

  // Behind the head: long hair, a bun, curls, a headscarf.
  if (n.hair == Hair::Long)
    dl->AddRectFilled({head.x - r * 1.1f, head.y - r * 0.2f},
                      {head.x + r * 1.1f, head.y + r * 1.5f}, hair, r * 0.5f);
  if (n.hair == Hair::Bun) dl->AddCircleFilled({head.x, head.y - r * 1.05f}, r * 0.45f, hair, 16);
  if (n.hair == Hair::Curly)
    for (int i = 0; i < 7; ++i) {
      float a = pi + pi * i / 6;
      dl->AddCircleFilled({head.x + std::cos(a) * r, head.y + std::sin(a) * r * 0.95f}, r * 0.4f,
                          hair, 12);
    }
  if (n.hair == Hair::Scarf) {
    dl->AddCircleFilled(head, r * 1.22f, scarf, 24);
    dl->AddTriangleFilled({head.x - r * 1.2f, head.y}, {head.x + r * 1.2f, head.y},
                          {head.x, head.y + r * 2.1f}, scarf);
  }
  // Shoulders and neck.
  dl->AddRectFilled({at.x + s * 0.14f, at.y + s * 0.72f}, {at.x + s * 0.86f, at.y + s}, clothes,
                    s * 0.18f, ImDrawFlags_RoundCornersTop);
  if (outline)
    dl->AddRect({at.x + s * 0.14f, at.y + s * 0.72f}, {at.x + s * 0.86f, at.y + s}, ink, s * 0.18f,
                ImDrawFlags_RoundCornersTop, line);
  if (n.hair != Hair::Scarf)
    dl->AddRectFilled({head.x - s * 0.07f, head.y + r * 0.7f},
                      {head.x + s * 0.07f, at.y + s * 0.76f}, skin);
  // The face: a plain oval, two eyes, a small smile.
  dl->AddEllipseFilled(head, r * 0.92f, r, skin, 0, 24);
  if (outline) dl->AddEllipse(head, r * 0.92f, r, ink, 0, 24, line);
  // Hair on top.
  if (n.hair == Hair::Short || n.hair == Hair::Long || n.hair == Hair::Bun) {
    dl->PathArcTo(head, r * 1.02f, pi * 1.02f, pi * 1.98f, 16);
    dl->PathLineTo({head.x + r * 0.6f, head.y - r * 0.45f});
    dl->PathLineTo({head.x - r * 0.6f, head.y - r * 0.45f});
    dl->PathFillConvex(hair);
  } else if (n.hair == Hair::Bald) {
    dl->PathArcTo(head, r * 0.98f, pi * 0.92f, pi * 1.15f, 6);
    dl->PathStroke(hair, 0, r * 0.2f);
    dl->PathArcTo(head, r * 0.98f, pi * 1.85f, pi * 2.08f, 6);
    dl->PathStroke(hair, 0, r * 0.2f);
  }
  const float eye_y = head.y + r * 0.08f, eye_dx = r * 0.36f;
  dl->AddCircleFilled({head.x - eye_dx, eye_y}, r * 0.09f, ink, 8);
  dl->AddCircleFilled({head.x + eye_dx, eye_y}, r * 0.09f, ink, 8);
  dl->PathArcTo({head.x, head.y + r * 0.3f}, r * 0.3f, pi * 0.2f, pi * 0.8f, 8);
  dl->PathStroke(ink, 0, line);
  if (n.glasses) {
    dl->AddCircle({head.x - eye_dx, eye_y}, r * 0.24f, ink, 12, line);
    dl->AddCircle({head.x + eye_dx, eye_y}, r * 0.24f, ink, 12, line);
    dl->AddLine({head.x - eye_dx + r * 0.24f, eye_y}, {head.x + eye_dx - r * 0.24f, eye_y}, ink,
                line);
  }
  // Age shows in lines, not in a different kind of face: two soft creases for an older neighbour.
  if (n.age == Neighbour::Age::Older) {
    ImU32 crease = ImGui::GetColorU32(colour::shade);
    dl->AddLine({head.x - r * 0.55f, head.y + r * 0.35f}, {head.x - r * 0.45f, head.y + r * 0.5f},
                crease, line * 0.7f);
    dl->AddLine({head.x + r * 0.55f, head.y + r * 0.35f}, {head.x + r * 0.45f, head.y + r * 0.5f},
                crease, line * 0.7f);
  }
}

}  // namespace ar::ui
