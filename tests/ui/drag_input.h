#pragma once
// Finger and mouse gestures for the headless UI tests: taps with a wobble, drags, flings. Events go
// through ImGui's input queue with their source (mouse or touch screen), as the SDL backend sends
// them for SDL's touch-synthesised mouse events.
#include <imgui.h>

#include <string>

#include "ui_driver.h"

namespace ar::test {

enum class Pointer { mouse, finger };

struct Drag {
  ImVec2 from, to;
  Pointer pointer = Pointer::finger;
  int steps = 12;         // frames the movement takes (one move a frame)
  int hold_frames = 0;    // frames the pointer stays still before it lifts (0: a fling)
  bool and_back = false;  // returns to `from` before lifting
};

// Presses at `from`, moves to `to`, holds, lifts, and lets two frames pass.
void drag(UiDriver& ui, const Drag& d);
// A tap on the widget marked `id`, moving by `wobble` display pixels between press and release.
void tap(UiDriver& ui, const std::string& id, Pointer pointer, ImVec2 wobble = {0, 0});
// The page window's scroll (display pixels from its top).
float page_scroll(const char* page);
// Where the widget marked `id` is, throwing if it is not on screen.
ImVec2 centre_of(const std::string& id);

}  // namespace ar::test
