#include "theme.h"

#include <algorithm>
#include <cmath>

namespace ar::ui {

namespace {
float current_ratio = 1;
bool high_contrast_on = false;
ImGuiStyle& base_style() {
  static ImGuiStyle s;
  return s;
}
}  // namespace

const Palette& normal_palette() {
  static const Palette p{
      .ink = {0.10f, 0.12f, 0.16f, 1},
      .page = {0.97f, 0.96f, 0.93f, 1},
      .accent = {0.11f, 0.36f, 0.62f, 1},
      .right = {0.10f, 0.45f, 0.22f, 1},
      .wrong = {0.70f, 0.16f, 0.12f, 1},
      .muted = {0.38f, 0.40f, 0.44f, 1},
      .card = {1, 1, 1, 1},
      .rumour_card = {1.0f, 0.97f, 0.88f, 1},
      .reply_card = {0.88f, 0.93f, 0.99f, 1},
      .on_accent = {1, 1, 1, 1},
      .accent_hovered = {0.16f, 0.44f, 0.72f, 1},
      .umbrella = {0.85f, 0.88f, 0.92f, 1},
  };
  return p;
}

const Palette& high_contrast_palette() {
  static const Palette p{
      .ink = {0, 0, 0, 1},
      .page = {1, 1, 1, 1},
      .accent = {0.0f, 0.20f, 0.50f, 1},
      .right = {0.0f, 0.33f, 0.10f, 1},
      .wrong = {0.60f, 0.0f, 0.0f, 1},
      .muted = {0.20f, 0.20f, 0.20f, 1},
      .card = {1, 1, 1, 1},
      .rumour_card = {1, 1, 1, 1},
      .reply_card = {1, 1, 1, 1},
      .on_accent = {1, 1, 1, 1},
      .accent_hovered = {0, 0, 0, 1},
      .umbrella = {0.75f, 0.75f, 0.75f, 1},
  };
  return p;
}

Palette& current_palette() {
  static Palette p = normal_palette();
  return p;
}

bool high_contrast() {
  return high_contrast_on;
}

void set_high_contrast(bool on) {
  if (on == high_contrast_on) return;
  high_contrast_on = on;
  current_palette() = on ? high_contrast_palette() : normal_palette();
  apply_style();
}

void apply_style() {
  ImGuiStyle& s = base_style();
  s = ImGuiStyle();
  ImGui::StyleColorsLight(&s);
  // Spacing follows the text size, so the layout keeps its proportions on every screen.
  constexpr float px = base_text_px;
  s.WindowPadding = {1.0f * px, 0.7f * px};  // a phone's page margin: 1 em, as in its own apps
  s.FramePadding = {0.6f * px, 0.45f * px};
  s.ItemSpacing = {0.5f * px, 0.5f * px};
  s.ItemInnerSpacing = {0.35f * px, 0.35f * px};
  s.FrameRounding = 0.35f * px;
  s.ChildRounding = 0.5f * px;
  s.GrabRounding = 0.35f * px;
  s.ScrollbarSize = 0.8f * px;
  s.GrabMinSize = 0.8f * px;
  s.TouchExtraPadding = {0.2f * px, 0.2f * px};  // fingers are wider than mouse pointers
  s.WindowBorderSize = 0;
  s.ChildBorderSize = 1;
  ImVec4* c = s.Colors;
  c[ImGuiCol_WindowBg] = colour::page;
  c[ImGuiCol_ChildBg] = colour::card;
  c[ImGuiCol_Text] = colour::ink;
  c[ImGuiCol_Button] = {0.86f, 0.90f, 0.95f, 1.0f};
  c[ImGuiCol_ButtonHovered] = {0.76f, 0.84f, 0.93f, 1.0f};
  c[ImGuiCol_ButtonActive] = {0.64f, 0.76f, 0.90f, 1.0f};
  c[ImGuiCol_Header] = {0.80f, 0.87f, 0.95f, 1.0f};
  c[ImGuiCol_CheckMark] = colour::accent;
  c[ImGuiCol_NavHighlight] = {0, 0, 0, 0};  // ImGui's 2 px ring: keyboard_focus.cpp draws one in em
  if (high_contrast_on) {
    // Outlined white controls with black text; the pointer and a press fill them yellow.
    s.FrameBorderSize = 2;
    s.ChildBorderSize = 2;
    c[ImGuiCol_Border] = colour::ink;
    c[ImGuiCol_Button] = colour::card;
    c[ImGuiCol_ButtonHovered] = {1.0f, 0.93f, 0.55f, 1};
    c[ImGuiCol_ButtonActive] = {1.0f, 0.82f, 0.25f, 1};
    c[ImGuiCol_Header] = {1.0f, 0.93f, 0.55f, 1};
    c[ImGuiCol_FrameBg] = colour::card;
    c[ImGuiCol_TextDisabled] = colour::muted;
  }
  ImGui::GetStyle() = s;
}

float pixel_ratio() {
  return current_ratio;
}

void scale_style(float text_px, float ratio) {
  current_ratio = ratio;
  ImGuiStyle& s = ImGui::GetStyle();
  s = base_style();
  // ScaleAllSizes truncates: in two steps, every size is whole CSS px, then whole device px.
  s.ScaleAllSizes(text_px / base_text_px);
  s.ScaleAllSizes(ratio);
  // Rules keep their width in CSS px too (ScaleAllSizes leaves the borders alone).
  float hairline = std::max(1.0f, std::floor(ratio));
  s.ChildBorderSize = base_style().ChildBorderSize * hairline;
  s.FrameBorderSize = base_style().FrameBorderSize * hairline;
  s.MouseCursorScale = 1;  // truncated to 0 by a step below 1
}

ImVec4 team_colour(int team) {
  // Okabe and Ito's colour-blind-safe set, lightened where dark letters would not read on it.
  static const ImVec4 colours[] = {{0.90f, 0.62f, 0.00f, 1}, {0.34f, 0.71f, 0.91f, 1},
                                   {0.30f, 0.75f, 0.60f, 1}, {0.94f, 0.89f, 0.26f, 1},
                                   {0.55f, 0.70f, 0.95f, 1}, {0.96f, 0.55f, 0.35f, 1},
                                   {0.85f, 0.60f, 0.78f, 1}, {0.75f, 0.75f, 0.75f, 1}};
  return colours[static_cast<size_t>(team) % (sizeof colours / sizeof colours[0])];
}

namespace {
template <size_t n>
ImVec4 pick(const ImVec4 (&colours)[n], int i) {
  return colours[static_cast<size_t>(i < 0 ? -i : i) % n];
}
}  // namespace

ImVec4 skin_colour(int i) {
  static const ImVec4 skins[] = {{0.96f, 0.82f, 0.71f, 1},
                                 {0.89f, 0.70f, 0.55f, 1},
                                 {0.76f, 0.55f, 0.40f, 1},
                                 {0.58f, 0.40f, 0.28f, 1},
                                 {0.40f, 0.27f, 0.19f, 1}};
  return pick(skins, i);
}

ImVec4 hair_colour(int i, bool older) {
  static const ImVec4 hair[] = {{0.12f, 0.10f, 0.09f, 1},
                                {0.30f, 0.19f, 0.12f, 1},
                                {0.50f, 0.33f, 0.18f, 1},
                                {0.82f, 0.68f, 0.40f, 1},
                                {0.56f, 0.26f, 0.14f, 1}};
  static const ImVec4 grey[] = {{0.62f, 0.62f, 0.62f, 1}, {0.88f, 0.88f, 0.86f, 1}};
  return older ? pick(grey, i) : pick(hair, i);
}

ImVec4 clothes_colour(int i) {
  static const ImVec4 clothes[] = {{0.16f, 0.50f, 0.52f, 1}, {0.80f, 0.62f, 0.20f, 1},
                                   {0.50f, 0.30f, 0.48f, 1}, {0.35f, 0.42f, 0.55f, 1},
                                   {0.30f, 0.52f, 0.30f, 1}, {0.85f, 0.45f, 0.38f, 1}};
  return pick(clothes, i);
}

}  // namespace ar::ui
