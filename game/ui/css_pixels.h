#pragma once
#include <imgui.h>

#include "theme.h"

// CSS pixels: the unit a browser (and a finger) measures in. The display may have several device
// pixels per CSS pixel (a tablet at devicePixelRatio 2); thresholds and touch targets use CSS px.
namespace ar::ui {

// Display pixels per CSS pixel: ui::pixel_ratio() (theme.h), set by prepare_frame each frame.
// `n` CSS pixels in display pixels.
float css_px(float n);
// A height for something a finger taps: `em_height` font units, never under about 44 CSS px
// (the touch-target size of WCAG 2.5.5 and Apple's guidelines) nor under the words' frame height.
float touch_height(float em_height);
// A button size of `w_em` × `h_em` font units, neither side under the touch-target size.
ImVec2 touch_size(float w_em, float h_em);

}  // namespace ar::ui
