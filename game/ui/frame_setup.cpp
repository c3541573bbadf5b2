#include "frame_setup.h"

#include <imgui.h>

#include "fonts.h"
#include "text_size.h"
#include "theme.h"

namespace ar::ui {

bool prepare_frame(float css_width, float css_height, float pixel_ratio) {
  if (!(pixel_ratio > 0)) pixel_ratio = 1;
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = {css_width * pixel_ratio, css_height * pixel_ratio};
  io.DisplayFramebufferScale = {1, 1};  // the display is in device pixels already
  io.FontGlobalScale = 1;               // fonts are rasterised at their size on screen
  int text_px = text_size_for(css_width, css_height);
  if (!fit_fonts(text_px, pixel_ratio)) return false;
  scale_style(static_cast<float>(text_px), pixel_ratio);
  return true;
}

}  // namespace ar::ui
