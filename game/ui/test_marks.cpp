#include "test_marks.h"

#include <imgui.h>

#include <optional>
#include <set>

namespace ar::ui {

namespace {
std::map<std::string, ItemRect>& marks() {
  static std::map<std::string, ItemRect> m;
  return m;
}
std::set<std::string>& text_fields() {
  static std::set<std::string> s;
  return s;
}
std::optional<FocusedMark>& focused() {
  static std::optional<FocusedMark> f;
  return f;
}
}  // namespace

void mark(const std::string& id, const std::string& label) {
  // Before the visibility check: the focus may rest on a widget scrolled half out of view.
  if (ImGui::IsItemFocused()) focused() = FocusedMark{id, label};
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  // Only what is visible can be clicked: the draw list's clip rectangle is the part of this
  // window (and of the windows around it) that is on screen.
  ImVec2 wmin = ImGui::GetWindowDrawList()->GetClipRectMin();
  ImVec2 wmax = ImGui::GetWindowDrawList()->GetClipRectMax();
  float cy = (min.y + max.y) / 2, cx = (min.x + max.x) / 2;
  if (cy <= wmin.y || cy >= wmax.y || cx <= wmin.x || cx >= wmax.x) return;
  marks()[id] = {min.x, min.y, max.x - min.x, max.y - min.y, label};
}

void clear_marks() {
  marks().clear();
  text_fields().clear();
  focused().reset();
}

void mark_text_field(const std::string& id) {
  mark(id);
  if (find_mark(id)) text_fields().insert(id);
}

bool mark_contains(const std::string& id, float x, float y) {
  const ItemRect* r = find_mark(id);
  return r && x >= r->x && x <= r->x + r->w && y >= r->y && y <= r->y + r->h;
}

bool text_field_at(float x, float y) {
  for (const auto& id : text_fields())
    if (mark_contains(id, x, y)) return true;
  return false;
}

const ItemRect* find_mark(const std::string& id) {
  auto it = marks().find(id);
  return it == marks().end() ? nullptr : &it->second;
}

const std::map<std::string, ItemRect>& all_marks() {
  return marks();
}

const FocusedMark* focused_mark() {
  return focused() ? &*focused() : nullptr;
}

}  // namespace ar::ui
