#pragma once
// Drives the real screens with no window: an ImGui context, a display size, and simulated mouse
// input through ImGui's input-event queue, exactly as the SDL backend feeds it. Each frame draws
// the session and applies the action the screen returned, as the platform loops do.
#include <imgui.h>

#include <stdexcept>
#include <string>

#include "session.h"
#include "test_marks.h"
#include "theme.h"
#include "view.h"

namespace ar::test {

SessionContent shipped_content(uint64_t seed = 7, const std::string& language = "en");

class UiDriver {
 public:
  // width × height in CSS px, drawn at `pixel_ratio` device px per CSS px (like the game window).
  UiDriver(SessionContent content, float width = 1280, float height = 800, float pixel_ratio = 1);
  ~UiDriver();
  UiDriver(const UiDriver&) = delete;
  UiDriver& operator=(const UiDriver&) = delete;

  void frame();
  void frames(int n) {
    for (int i = 0; i < n; ++i) frame();
  }
  // Moves the mouse onto the widget marked `id`, presses and releases it. Throws when the widget
  // was not drawn in the last frame: a test cannot click what a player could not see.
  void click(const std::string& id);
  bool visible(const std::string& id) const { return ui::find_mark(id) != nullptr; }
  // Scrolls the page until `id` is drawn inside the window (long feedback pages).
  void scroll_to(const std::string& id);
  void resize(float width, float height);
  // Presses and releases a key, as a keyboard would.
  void press(ImGuiKey key);
  // Types text into the field that has the keyboard focus (click it first), as a keyboard would.
  void type(const std::string& text);
  // The driver's clock: each frame moves it on by 1/60 s; advance() lets more time pass before
  // the next frame (the game may sleep meanwhile).
  double now() const { return now_; }
  void advance(double seconds) { now_ += seconds; }
  // The platform loops would keep drawing (a glide or a picture still moving).
  bool wants_frames() const;
  float pixel_ratio() const { return ratio_; }
  Session& session() { return session_; }

 private:
  ImGuiContext* context_;
  Session session_;
  ui::View view_;
  float width_, height_;
  float ratio_;
  double now_ = 0;
};

}  // namespace ar::test
