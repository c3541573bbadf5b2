#include "theme.h"

#include <algorithm>
#include <cmath>

namespace ar::ui {

namespace {
float current_ratio = 1;
ImGuiStyle& base_style() {
  static ImGuiStyle s;
  return s;
}
}  // namespace

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

}  // namespace ar::ui
