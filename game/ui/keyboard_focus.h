#pragma once
// Keyboard play on every screen, through ImGui's keyboard navigation (Tab, the arrows, Enter,
// Space): a focus ring the eye can find at any size, a fresh start of the focus on each new page,
// and the name of the focused control for the screen reader's mirror.
#include <string>

#include "session.h"

namespace ar::ui {

// Whether a control shows the keyboard focus (after Tab or an arrow; a click hides it).
bool keyboard_focus_visible();
// A new page or a new step of the round: the ring goes away until Tab or an arrow is pressed, so
// Enter never presses a button left over from the last page, and Tab starts at the page's main
// button (default_focus) or its first. Call before the page is drawn.
void restart_keyboard_focus();
// Call right after a page's main button: Tab starts there. Only while it is wholly in view:
// ImGui would scroll the page down to it, and a new page starts at its top.
void default_focus();
// Draws the ring around the focused control, in em, over everything. Call after the page.
void draw_focus_ring();
// The focused control's name in the session's language ("" when no control shows the focus):
// its words, or a spoken name for controls that show only a symbol ("a11y.control.<mark id>").
std::string focused_control(const Session& session);

}  // namespace ar::ui
