#include "keyboard_focus.h"

#include <imgui.h>
#include <imgui_internal.h>  // the navigation state: which item has the focus, and where it is

#include "test_marks.h"
#include "theme.h"

namespace ar::ui {

namespace {
// Orange, not the accent blue that marks a chosen option: at least 3:1 against the page and the
// buttons (WCAG 2.2, focus appearance).
const ImVec4 ring_colour{0.80f, 0.33f, 0.0f, 1.0f};
}  // namespace

bool keyboard_focus_visible() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  return g.NavId != 0 && !g.NavDisableHighlight;
}

void restart_keyboard_focus() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  g.NavDisableHighlight = true;
  if (!g.NavWindow) return;
  // The page, not a card inside it, so the whole page is searched for its main button.
  ImGui::FocusWindow(g.NavWindow->RootWindow);
  ImGui::NavInitWindow(g.NavWindow, true);
}

void default_focus() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.CurrentWindow->ClipRect.Contains(g.LastItemData.Rect)) ImGui::SetItemDefaultFocus();
}

void draw_focus_ring() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (!keyboard_focus_visible() || !g.NavWindow || !g.NavIdIsAlive) return;
  ImRect r = ImGui::WindowRectRelToAbs(g.NavWindow, g.NavWindow->NavRectRel[g.NavLayer]);
  float width = em(0.15f), gap = em(0.1f);
  r.Expand(gap + width / 2);
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  dl->AddRect(r.Min, r.Max, ImGui::GetColorU32(ring_colour), ImGui::GetStyle().FrameRounding + gap,
              0, width);
}

std::string focused_control(const Session& session) {
  const FocusedMark* f = focused_mark();
  if (!f || !keyboard_focus_visible()) return "";
  std::string spoken = "a11y.control." + f->id;
  return session.strings().has(spoken) ? session.tr(spoken) : f->label;
}

}  // namespace ar::ui
