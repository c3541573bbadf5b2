#pragma once
// The font atlas: a body font, three heading fonts and the title's display font, each rasterised
// at its size on screen in device pixels (CSS size × pixel ratio), so text is sharp at any ratio
// and nothing is stretched.
// Only the characters the game draws are baked: the atlas stays small at ratio 3 and large text.
#include <imgui.h>

#include <initializer_list>
#include <string>

namespace ar::ui {

// The UI font file. Returns false when it cannot be read: ImGui's own font is used instead.
bool set_font_file(const std::string& ttf_path);
// The text the game will draw (UI strings and content, every language). Its characters are baked,
// with printable ASCII (for typed searches) and the symbols the screens draw themselves.
void set_game_text(const std::string& utf8);
// More text to draw (a pack loaded on this device): its characters are baked from the next frame.
void add_game_text(const std::string& utf8);

// The first frame's atlas: only these heading sizes and the display font's characters for
// `display_text`, so a first screen that needs little waits for little (the web build's title,
// drawn before the content arrives). Every heading is baked again with the next add_game_text()
// or set_game_text(), or from the frame after it is first asked for.
void first_fonts_only(std::initializer_list<float> headings, const std::string& display_text);

// Heading sizes, in body text sizes; heading_font() takes the nearest.
inline constexpr float heading_scales[] = {1.2f, 1.4f, 1.8f};
// The title's size, in body text sizes: only the characters display_font() is asked for are
// baked at it (a few dozen), so a large title costs little atlas.
inline constexpr float display_scale = 2.6f;
// Largest atlas side: what every WebGL2 device accepts (16 MB as RGBA).
inline constexpr int max_atlas_side = 2048;

// Builds the current context's atlas for `text_px` CSS px text at `pixel_ratio`, unless it holds
// exactly that already. Returns true when it rebuilt: the renderer must upload the texture again.
// Between frames only (ImGui locks the atlas from NewFrame to Render).
bool fit_fonts(int text_px, float pixel_ratio);
// The heading font nearest `scale` times the body size (one left out by first_fonts_only() is
// baked from the next frame; until then the nearest one baked).
ImFont* heading_font(float scale);
// The display font (display_scale), for `text`: its characters are baked from the next frame on
// the first time it is asked for; until then the largest heading font baked.
ImFont* display_font(const std::string& text);

}  // namespace ar::ui
