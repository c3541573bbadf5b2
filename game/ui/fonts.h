#pragma once
// The font atlas: a body font, three heading fonts and the title's display font, each rasterised
// at its size on screen in device pixels (CSS size × pixel ratio), so text is sharp at any ratio
// and nothing is stretched.
// Only the characters the game draws are baked: the atlas stays small at ratio 3 and large text.
#include <imgui.h>

#include <string>

namespace ar::ui {

// The UI font file. Returns false when it cannot be read: ImGui's own font is used instead.
bool set_font_file(const std::string& ttf_path);
// The text the game will draw (UI strings and content, every language). Its characters are baked,
// with printable ASCII (for typed searches) and the symbols the screens draw themselves.
void set_game_text(const std::string& utf8);
// More text to draw (a pack loaded on this device): its characters are baked from the next frame.
void add_game_text(const std::string& utf8);

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
// The heading font nearest `scale` times the body size.
ImFont* heading_font(float scale);
// The display font (display_scale), for `text`: its characters are baked from the next frame on
// the first time it is asked for; until then the largest heading font.
ImFont* display_font(const std::string& text);

}  // namespace ar::ui
