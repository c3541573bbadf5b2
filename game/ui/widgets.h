#pragma once
// Building blocks the screens share: big touch-friendly buttons, wrapped text, the umbrella meter.
#include <imgui.h>

#include <initializer_list>
#include <set>
#include <string>

#include "css_pixels.h"
#include "session.h"  // touch_height(), touch_size(): sizes for fingers
#include "umbrella_scene.h"

namespace ar::ui {

// Width available in the page's content column (or the current card).
float column_width();
float column_right();  // right edge of the page's column, for right-aligning within it
// Puts the next item on the same line if `item_width` still fits in the column, else on a new one.
void flow(float item_width);
// A full-width button whose label wraps over several lines; `mark_id` names it for tests.
// `text_height`, when known (wrapped_text_height), spares measuring the text again.
bool wrapped_button(const std::string& mark_id, const std::string& text, float width = -1,
                    bool selected = false, float text_height = -1);
// The height of `text` wrapped inside a wrapped_button of `width` (-1: the column), and the
// button's own height for that text height.
float wrapped_text_height(const std::string& text, float width = -1);
float wrapped_button_height(float text_height);
// A button of at least `min_width` (em) and a comfortable height for a finger.
bool big_button(const std::string& mark_id, const std::string& label, float width = 0);
// A small toggle ("chip") for filters and choices.
bool chip(const std::string& mark_id, const std::string& label, bool on);
// "All" and one chip per rumour topic, wrapping onto new lines; edits `topics` (empty: all).
void topic_chips(const Session& session, std::set<std::string>& topics);
// "Packs", "All" and one chip per pack in the player's language; edits `packs` (empty: all).
// Draws nothing and returns false when there is only one pack to play.
bool pack_chips(const Session& session, std::set<std::string>& packs);
// A − count + row after the current item; `what` names it for the screen reader. Returns the new
// value, kept within [min, max].
int stepper(const std::string& id, const std::string& what, int value, int min, int max);
// "Mode" and a button for each of `modes`, with its hint; edits `mode`.
void mode_buttons(const Session& session, Mode& mode, std::initializer_list<Mode> modes);
// A small square of a team's colour with its letter on it: a team is never told by colour alone.
void team_badge(int team);
void wrapped_text(const std::string& text,
                  const ImVec4& colour = ImGui::GetStyleColorVec4(ImGuiCol_Text));
void column_separator();  // a rule as wide as the content column
// Text in the heading font nearest `scale` times the body size (fonts.h heading_scales).
void heading(const std::string& text, float scale = 1.35f);
// The umbrella: how protected the player is. Drawn, with the percentage written beside it. With a
// `scene`, the drawing is the person under the umbrella in the rain, `scene_time` seconds after
// the event that showed it (umbrella_scene.h).
void umbrella_meter(int percent, const std::string& caption, bool numbers = true,
                    const Umbrella* scene = nullptr, double scene_time = 0);
// A horizontal bar from 0 to 1 with a label in front; used for results per topic.
void labelled_bar(const std::string& label, float fraction, const std::string& value);
// Starts the one full-screen window every screen draws into; the content column is centred and at
// most `max_width_em` wide, so lines stay readable on a projector.
void begin_page(const char* id, float max_width_em = 40);
void end_page();
// The next page starts at its top (a new screen, a new rumour, the feedback after an answer).
void request_scroll_to_top();
// A card: a framed child region that grows with its content.
void begin_card(const char* id, const ImVec4& background, float width = 0);  // 0: the column
void end_card();

}  // namespace ar::ui
