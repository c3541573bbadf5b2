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

// The colours of the game, by what they mean. Two palettes: the normal one, and a high-contrast one
// (black on white, outlined buttons, every text colour at least 7:1 against its background).
struct Palette {
  ImVec4 ink, page, accent, right, wrong, muted, card;
  ImVec4 rumour_card, reply_card;  // the neighbour's words and the player's answer
  ImVec4 on_accent;                // text on an accent-filled control
  ImVec4 accent_hovered;           // an accent-filled control under the pointer
  ImVec4 umbrella;                 // the meter's grey canopy behind the fill
};
const Palette& normal_palette();
const Palette& high_contrast_palette();
// Switches palette and style (from the next frame on); a no-op when already so.
void set_high_contrast(bool on);
bool high_contrast();

// The palette in use, read by name (colour::ink …) on every screen: set_high_contrast() swaps
// the values behind these names, so no screen needs to ask which theme is on.
Palette& current_palette();
namespace colour {
inline const ImVec4& ink = current_palette().ink;
inline const ImVec4& page = current_palette().page;
inline const ImVec4& accent = current_palette().accent;
inline const ImVec4& right = current_palette().right;
inline const ImVec4& wrong = current_palette().wrong;
inline const ImVec4& muted = current_palette().muted;
inline const ImVec4& card = current_palette().card;
inline const ImVec4& rumour_card = current_palette().rumour_card;
inline const ImVec4& reply_card = current_palette().reply_card;
inline const ImVec4& on_accent = current_palette().on_accent;
inline const ImVec4& accent_hovered = current_palette().accent_hovered;
inline const ImVec4& umbrella = current_palette().umbrella;
inline constexpr ImVec4 shade{0, 0, 0, 0.25f};        // a fold or crease drawn over any colour
inline constexpr ImVec4 sun{0.98f, 0.76f, 0.18f, 1};  // outlined in ink, so either theme shows it
}  // namespace colour

// The teams' colours (a colour-blind-safe set, light enough for dark letters on them), by team,
// and the letter drawn on each (a team is never told by colour alone).
ImVec4 team_colour(int team);
inline constexpr ImVec4 team_ink{0.07f, 0.07f, 0.07f, 1};

// The people in the pictures (neighbour.cpp): plain colours, the same in both themes (the
// high-contrast one outlines them in ink). Any index: they repeat.
ImVec4 skin_colour(int i);
ImVec4 hair_colour(int i, bool older);
ImVec4 clothes_colour(int i);

}  // namespace ar::ui
