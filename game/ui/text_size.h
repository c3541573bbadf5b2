#pragma once
// How large the body text is, in CSS px: from the screen's size and the player's text-size step.

namespace ar::ui {

// The player's text-size setting. Steps: 0 small (85 %), 1 normal (100 %, the default),
// 2 large (120 %), 3 larger (140 %). Out-of-range steps are clamped. The next frame honours it
// (fonts and spacing are rebuilt for it, like for a new pixel ratio).
inline constexpr int text_step_count = 4;
inline constexpr int default_text_step = 1;
void set_text_step(int step);
int text_step();

// The body text size for a screen of this size in CSS px, at the current step: large enough to
// read on a tablet at arm's length, not huge on a laptop. Always an even number of CSS px, so a
// window being resized rebuilds the fonts only now and then.
int text_size_for(float css_width, float css_height);
// The same at the largest step on the largest screen: what the font atlas must hold at most.
int largest_text_size();

}  // namespace ar::ui
