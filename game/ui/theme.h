#pragma once
// Look and sizes. Every size is in font units ("em"), so the UI scales from phones to projectors.
#include <imgui.h>

#include <string>

namespace ar::ui {

inline float em(float n) {
  return n * ImGui::GetFontSize();
}
inline ImVec2 em(float x, float y) {
  return {em(x), em(y)};
}

// The text size for a screen of this size, in pixels: large enough to read on a tablet at arm's
// length, not huge on a laptop.
float text_size_for(float width, float height);

// Loads the UI font (with the glyphs Spanish, Basque and English need: ñ, ü, —, ’, €, « ») at a
// size that stays sharp when scaled down; falls back to ImGui's own font if the file is missing.
bool load_fonts(const std::string& ttf_path);
// Sets the font scale for this frame's display size.
void fit_text_to(float width, float height);
void apply_style();

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
