#pragma once
// Where named widgets were drawn in the last frame, so tests (headless UI tests, and Playwright in
// the browser through an exported function) can click them without hard-coded pixels, and so the
// web page knows where the text fields are (a tap there must open the on-screen keyboard).
#include <map>
#include <string>

namespace ar::ui {

struct ItemRect {
  float x = 0, y = 0, w = 0, h = 0;
  std::string label;  // the words drawn on it, where the widget has any
  float center_x() const { return x + w / 2; }
  float center_y() const { return y + h / 2; }
};

// Call right after a widget: remembers ImGui's last item rectangle (and its words) under `id`.
void mark(const std::string& id, const std::string& label = "");
// Clears the marks at the start of each frame (what is not drawn cannot be clicked).
void clear_marks();
const ItemRect* find_mark(const std::string& id);
// mark() for a text field.
void mark_text_field(const std::string& id);
// Whether the point (in display pixels) is on the widget marked `id` in the last frame.
bool mark_contains(const std::string& id, float x, float y);
// Whether the point (in display pixels) is on a text field drawn in the last frame.
bool text_field_at(float x, float y);
const std::map<std::string, ItemRect>& all_marks();
// The marked widget that held ImGui's keyboard focus in the last frame (shown or not), if any:
// its id and words, for the screen reader's mirror.
struct FocusedMark {
  std::string id, label;
};
const FocusedMark* focused_mark();

}  // namespace ar::ui
