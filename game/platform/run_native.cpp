// The desktop main loop: a window, the game, and a nap when nothing happens (no redraw when idle).
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "drag_scroll.h"
#include "fonts.h"
#include "game_text.h"
#include "platform.h"
#include "sdl_window.h"
#include "session_host.h"
#include "view.h"

namespace ar::platform {

namespace {
std::string default_save_dir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
    return std::string(xdg) + "/antirumour";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.local/share/antirumour";
  return ".antirumour";
}

std::string system_language() {
  for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
    if (const char* v = std::getenv(var); v && std::strlen(v) >= 2) return std::string(v, 2);
  return "";
}
}  // namespace

int run_game(const RunOptions& options) {
  std::string save_dir = options.save_dir.empty() ? default_save_dir() : options.save_dir;
  std::unique_ptr<Session> session =
      start_session({options.content_dir, save_dir,
                     options.language.empty() ? system_language() : options.language, options.seed,
                     [](const SessionContent& c) { ui::set_game_text(ui::all_text(c)); }});
  ui::View view;

  GameWindow window;
  if (!window.open("Anti-Rumour", options.width, options.height, options.font_file)) return 1;
  int frame = 0, quiet_frames = 0;
  for (bool running = true; running; ++frame) {
    bool had_input = false;
    // After a few frames without input, ImGui has settled: wait for the next event instead of
    // redrawing the same picture 60 times a second.
    if (quiet_frames > 3 && options.frames < 0) SDL_WaitEventTimeout(nullptr, 500);
    running = window.poll_events(had_input);
    // A page still gliding after a fling needs its frames too.
    quiet_frames = had_input || ui::wants_frames() ? 0 : quiet_frames + 1;
    window.begin_frame();
    if (auto action = view.frame(*session)) session->apply(*action);
    window.end_frame();
    if (options.frames >= 0 && frame + 1 >= options.frames) {
      if (!options.screenshot.empty() && !window.save_screenshot(options.screenshot))
        std::fprintf(stderr, "antirumour: cannot write %s\n", options.screenshot.c_str());
      running = false;
    }
    SDL_GL_SwapWindow(window.sdl());
    if (carry_out_effects(*session, save_dir,
                          {[](const std::string& url) { SDL_OpenURL(url.c_str()); }, nullptr}))
      quiet_frames = 0;
  }
  window.close();
  return 0;
}

}  // namespace ar::platform
