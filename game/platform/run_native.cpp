// The desktop main loop: a window, the game, and a nap when nothing happens (no redraw when idle).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "drag_scroll.h"
#include "platform.h"
#include "saves.h"
#include "sdl_window.h"

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
  ui::AppContent content = read_content(options.content_dir);
  std::string save_dir = options.save_dir.empty() ? default_save_dir() : options.save_dir;
  content.saved_progress = read_saved_progress(save_dir);
  content.language = options.language.empty() ? system_language() : options.language;
  content.seed =
      options.seed
          ? options.seed
          : static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
  ui::App app(std::move(content));
  keep_aside_if_unreadable(app, save_dir);
  for (const auto& p : app.problems()) std::fprintf(stderr, "%s\n", format_problem(p).c_str());

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
    app.frame();
    window.end_frame();
    if (options.frames >= 0 && frame + 1 >= options.frames) {
      if (!options.screenshot.empty() && !window.save_screenshot(options.screenshot))
        std::fprintf(stderr, "antirumour: cannot write %s\n", options.screenshot.c_str());
      running = false;
    }
    SDL_GL_SwapWindow(window.sdl());
    ui::AppEffects effects = app.take_effects();
    for (const auto& url : effects.links_to_open) SDL_OpenURL(url.c_str());
    if (effects.progress_to_save) write_saved_progress(save_dir, *effects.progress_to_save);
    if (!effects.links_to_open.empty() || effects.progress_to_save) quiet_frames = 0;
  }
  window.close();
  return 0;
}

}  // namespace ar::platform
