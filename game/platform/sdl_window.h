#pragma once
// The SDL2 window with an OpenGL 3 (desktop) or WebGL2 (browser) context and Dear ImGui on top.
// Shared by both platforms; the main loops that drive it differ (run_native.cpp, run_web.cpp).
#include <SDL.h>

#include <string>

namespace ar::platform {

class GameWindow {
 public:
  bool open(const std::string& title, int width, int height, const std::string& font_file);
  void close();
  // Handles pending events; returns false when the player closed the window.
  bool poll_events(bool& had_input);
  // The last poll_events() saw the player's own input (a finger or button down, a key): what a
  // browser counts as a gesture that may start sound.
  bool player_touched() const { return player_touched_; }
  // Starts an ImGui frame sized to the window, with fonts and spacing for its size. The browser
  // gives its devicePixelRatio (the canvas is in device pixels); on a desktop it is 1 and the
  // HiDPI ratio comes from the drawable. See ui::prepare_frame.
  void begin_frame(float pixel_ratio = 1.0f);
  // Ends the frame: finish_ui() closes ImGui's frame into its draw lists, draw() hands them to
  // OpenGL. Apart only for the frame benchmark, which times the two.
  void end_frame() {
    finish_ui();
    draw();
  }
  void finish_ui();
  void draw();
  void resize(int width, int height);
  // Saves what is on screen as a PPM image (for screenshots under Xvfb).
  bool save_screenshot(const std::string& path);
  SDL_Window* sdl() const { return window_; }

 private:
  SDL_Window* window_ = nullptr;
  SDL_GLContext gl_ = nullptr;
  bool font_texture_made_ = false;
  bool player_touched_ = false;
  unsigned last_scaled_event_ = 0;  // the last mouse event scaled for HiDPI (ImGui's EventId)
};

}  // namespace ar::platform
