// The desktop main loop: a window, the game, and a nap when nothing happens (no redraw when idle).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "device_data.h"
#include "drag_scroll.h"
#include "fonts.h"
#include "frame_bench_native.h"
#include "game_text.h"
#include "platform.h"
#include "saves.h"
#include "sdl_window.h"
#include "session_host.h"
#include "sound.h"
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

// --export-data FILE: the device's data, written whole or not at all.
int export_data_command(const Session& session, const std::string& file) {
  namespace fs = std::filesystem;
  fs::path path(file);
  std::string name = path.stem().string();
  if (path.extension() != ".json" || !is_save_name(name)) {
    std::fprintf(stderr,
                 "antirumour: %s: name the file with lowercase letters, digits and '-', ending "
                 "in .json (like antirumour-data.json)\n",
                 file.c_str());
    return 2;
  }
  std::string dir = path.has_parent_path() ? path.parent_path().string() : ".";
  SaveWrite w = write_save(dir, name, session.device_data(today()));
  if (!w.ok) {
    std::fprintf(stderr, "antirumour: %s\n", w.error.c_str());
    return 1;
  }
  std::printf("%s: this device's data saved (%d rounds played)\n", file.c_str(),
              session.progress().rounds_played);
  return 0;
}

// --import-data FILE: the progress in FILE replaces this device's, which is kept aside.
int import_data_command(Session& session, const std::string& save_dir, const std::string& file) {
  session.apply(read_import_file(file));
  carry_out_effects(session, save_dir, {});
  const DataNotice& n = session.data_notice();
  for (const auto& p : n.problems) std::printf("%s\n", format_problem(p).c_str());
  if (n.kind != DataNotice::Kind::Imported) {
    std::printf("%s: nothing loaded; the progress on this device is unchanged\n", file.c_str());
    return 1;
  }
  std::printf("%s: progress loaded (%d rounds played) into %s\n", file.c_str(), n.rounds_played,
              save_dir.c_str());
  return 0;
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
  // Before --export-data and --import-data: a script can load a pack and quit with either.
  for (const std::string& line :
       load_packs_at_start(*session, save_dir, pack_files_to_load(save_dir, options.packs)))
    std::printf("%s\n", line.c_str());
  if (!options.export_data.empty()) return export_data_command(*session, options.export_data);
  if (!options.import_data.empty())
    return import_data_command(*session, save_dir, options.import_data);
  ui::View view;
  ui::View::follow_settings(*session);

  GameWindow window;
  if (!window.open("Anti-Rumour", options.width, options.height, options.font_file)) return 1;
  if (!options.bench_frames.empty()) {
    int code = run_frame_bench(options.bench_frames, options.frames > 0 ? options.frames : 300,
                               window, *session, options.screenshot);
    window.close();
    return code;
  }
  int frame = 0, quiet_frames = 0;
  TalkClock talk_clock;
  GameSound sound;  // opened at the player's first touch, never before
  for (bool running = true; running; ++frame) {
    bool had_input = false;
    // After a few frames without input, ImGui has settled: wait for the next event instead of
    // redrawing the same picture 60 times a second. Anything that moves on its own (a glide, the
    // workshop's talk timer) keeps quiet_frames at 0; the timeout is only a safety net, long enough
    // that an idle game costs next to nothing (./bench.sh measures it).
    if (quiet_frames > 3 && options.frames < 0) SDL_WaitEventTimeout(nullptr, 10000);
    running = window.poll_events(had_input);
    // A page still gliding after a fling needs its frames too.
    bool ticking = talk_clock.advance(*session);
    // And so does a picture moving after an answer, for a moment (View::animating).
    quiet_frames =
        had_input || ticking || ui::wants_frames() || view.animating() ? 0 : quiet_frames + 1;
    sound.notice_input(window.player_touched(), session->sound_on());
    window.begin_frame();
    auto action = view.frame(*session, static_cast<double>(SDL_GetTicks64()) / 1000.0);
    if (auto cue = apply_action(*session, action)) sound.play(*cue);
    window.end_frame();
    if (options.frames >= 0 && frame + 1 >= options.frames) {
      if (!options.screenshot.empty() && !window.save_screenshot(options.screenshot))
        std::fprintf(stderr, "antirumour: cannot write %s\n", options.screenshot.c_str());
      running = false;
    }
    SDL_GL_SwapWindow(window.sdl());
    // Exports go into the save folder; "Load from a file" reads import.json there.
    EffectHandlers effects;
    effects.open_link = [](const std::string& url) { SDL_OpenURL(url.c_str()); };
    if (carry_out_effects(*session, save_dir, effects)) quiet_frames = 0;
  }
  window.close();
  return 0;
}

}  // namespace ar::platform
