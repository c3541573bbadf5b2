#pragma once
// Look and sizes. Every size is in font units ("em"), so the UI scales from phones to projectors.
//
// Units: ImGui works in device pixels (DisplaySize = CSS size × pixel ratio) and
// io.FontGlobalScale stays 1. The fonts are rasterised at their size on screen in device pixels
// (fonts.h) and the style is scaled to match (scale_style), so every glyph and rule lands on whole
// device pixels, at fractional ratios (1.5, 2.625) too, and the browser's canvas and mouse events
// need no conversion. CSS pixels appear only at the edges: prepare_frame() takes the CSS size, and
// what tests read back (ar_test_item_rect) is divided by the ratio.
#include <imgui.h>

#include <cmath>

namespace ar::ui {

// Device px per CSS px in this frame (set with the style by scale_style).
float pixel_ratio();

// n times the current font size, in whole CSS px: ImGui floors item sizes in device px, so
// fractions would add up differently at each pixel ratio.
inline float em(float n) {
  float k = pixel_ratio();
  return std::round(n * ImGui::GetFontSize() / k) * k;
}
inline ImVec2 em(float x, float y) {
  return {em(x), em(y)};
}

// Colours and the base sizes, in CSS px for a text of base_text_px, kept as the base style.
inline constexpr float base_text_px = 20;
void apply_style();
// The current style becomes the base style scaled for `text_px` CSS px text at `pixel_ratio`:
// first to whole CSS px, then by the ratio, so a layout is the same at every ratio.
void scale_style(float text_px, float pixel_ratio);

namespace colour {
inline const ImVec4 ink{0.10f, 0.12f, 0.16f, 1.0f};
inline const ImVec4 page{0.97f, 0.96f, 0.93f, 1.0f};
inline const ImVec4 accent{0.11f, 0.36f, 0.62f, 1.0f};
inline const ImVec4 right{0.10f, 0.45f, 0.22f, 1.0f};
inline const ImVec4 wrong{0.70f, 0.16f, 0.12f, 1.0f};
inline const ImVec4 muted{0.38f, 0.40f, 0.44f, 1.0f};
inline const ImVec4 card{1.0f, 1.0f, 1.0f, 1.0f};
}  // namespace colour

}  // namespace ar::ui
