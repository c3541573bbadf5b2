#pragma once
// One frame's display and scale, shared by the game window and the UI tests: no SDL, no GL.

namespace ar::ui {

// Sets up ImGui for a frame of a css_width × css_height display (CSS px) with `pixel_ratio`
// device pixels per CSS pixel: the display size in device pixels (theme.h says why), the text
// size for this screen and the text-size step, and the fonts and style for it. Call it before
// ImGui::NewFrame(). Returns true when the font atlas was rebuilt: the renderer must upload it.
bool prepare_frame(float css_width, float css_height, float pixel_ratio);

}  // namespace ar::ui
