#include "css_pixels.h"

#include <algorithm>

#include "theme.h"

namespace ar::ui {

namespace {
constexpr float min_touch_target = 44;  // CSS px
}  // namespace

float css_px(float n) {
  return n * pixel_ratio();
}

float touch_height(float em_height) {
  // Never shorter than the words need: large text in a 44 px button was cut at its bottom edge.
  return std::max({em(em_height), css_px(min_touch_target), ImGui::GetFrameHeight()});
}

ImVec2 touch_size(float w_em, float h_em) {
  return {std::max(em(w_em), css_px(min_touch_target)), touch_height(h_em)};
}

}  // namespace ar::ui
