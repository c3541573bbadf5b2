#include "drag_input.h"

#include <imgui_internal.h>

#include <stdexcept>

namespace ar::test {

namespace {
void source(Pointer p) {
  ImGui::GetIO().AddMouseSourceEvent(p == Pointer::finger ? ImGuiMouseSource_TouchScreen
                                                          : ImGuiMouseSource_Mouse);
}

void move(Pointer p, ImVec2 at) {
  source(p);
  ImGui::GetIO().AddMousePosEvent(at.x, at.y);
}

void button(Pointer p, bool down) {
  source(p);
  ImGui::GetIO().AddMouseButtonEvent(0, down);
}

// UiDriver::click() and scroll_to() are a mouse: leave the queue as they expect it.
void back_to_mouse(UiDriver& ui) {
  source(Pointer::mouse);
  ui.frame();
}
}  // namespace

void drag(UiDriver& ui, const Drag& d) {
  move(d.pointer, d.from);
  ui.frame();
  button(d.pointer, true);
  ui.frame();
  int legs = d.and_back ? 2 : 1;
  for (int i = 1; i <= d.steps * legs; ++i) {
    float t = static_cast<float>(i <= d.steps ? i : 2 * d.steps - i) / d.steps;
    move(d.pointer, {d.from.x + (d.to.x - d.from.x) * t, d.from.y + (d.to.y - d.from.y) * t});
    ui.frame();
  }
  ui.frames(d.hold_frames);
  button(d.pointer, false);
  ui.frames(2);
  back_to_mouse(ui);
}

void tap(UiDriver& ui, const std::string& id, Pointer pointer, ImVec2 wobble) {
  ImVec2 at = centre_of(id);
  move(pointer, at);
  ui.frame();
  button(pointer, true);
  ui.frame();
  move(pointer, {at.x + wobble.x, at.y + wobble.y});
  ui.frame();
  button(pointer, false);
  ui.frames(3);  // the click, the action, the next screen drawn
  back_to_mouse(ui);
}

float page_scroll(const char* page) {
  ImGuiWindow* w = ImGui::FindWindowByName(page);
  if (!w) throw std::runtime_error(std::string("no page ") + page);
  return w->Scroll.y;
}

ImVec2 centre_of(const std::string& id) {
  const ui::ItemRect* r = ui::find_mark(id);
  if (!r) throw std::runtime_error("not on screen: " + id);
  return {r->center_x(), r->center_y()};
}

}  // namespace ar::test
