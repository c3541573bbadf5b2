// --bench-frames OUT.json: the cost of a frame on each main screen, measured inside the game for
// ./bench.sh. Walks the screens through the same actions the screens return to the session (no
// clicks: the benchmark times drawing, not finding buttons), draws N frames on each, and writes the
// main thread's CPU time per frame (median, 99th percentile) as JSON. Not a test.
#include "frame_bench_native.h"

#include <time.h>

#include <cstdio>
#include <fstream>
#include <optional>

#include <nlohmann/json.hpp>

#include "frame_costs.h"
#include "view.h"

namespace ar::platform {

namespace {

double thread_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Where a frame's time went: the window's events, the screen (the ImGui frame, the screen's
// code, the action), and handing the draw lists to OpenGL, whose software renderer does part of
// its work on this thread.
struct FrameParts {
  double events = 0, screen = 0, opengl = 0;
  double total() const { return events + screen + opengl; }
};

// One frame as run_native.cpp draws it (events, ImGui frame, screen, draw calls, the action);
// its CPU time is what counts, the swap is outside (it waits for the display, not the game).
// With `shot`, the frame is also saved there (before the swap, as run_native.cpp does).
FrameParts timed_frame(GameWindow& window, ui::View& view, Session& session,
                       const std::string& shot = "") {
  const double start = thread_cpu_ms();
  bool had_input = false;
  window.poll_events(had_input);
  const double polled = thread_cpu_ms();
  window.begin_frame();
  if (auto action = view.frame(session, static_cast<double>(SDL_GetTicks64()) / 1000.0))
    session.apply(*action);
  window.finish_ui();
  const double drawn = thread_cpu_ms();
  window.draw();
  const double end = thread_cpu_ms();
  if (!shot.empty() && !window.save_screenshot(shot))
    std::fprintf(stderr, "antirumour: cannot write %s\n", shot.c_str());
  SDL_GL_SwapWindow(window.sdl());
  session.take_effects();  // nothing is saved or opened during a benchmark
  return {polled - start, drawn - polled, end - drawn};
}

}  // namespace

int run_frame_bench(const std::string& out_file, int frames, GameWindow& window, Session& session,
                    const std::string& screenshots) {
  using namespace session_action;
  ui::View view;
  ui::View::follow_settings(session);
  for (int i = 0; i < 10; ++i) timed_frame(window, view, session);  // fonts, shaders, first layout
  // Each step: the action that leads to the screen (from the one before), and the screen's name.
  const std::pair<std::optional<SessionAction>, const char*> steps[] = {
      {std::nullopt, "title"},
      {GoTo{Screen::Setup}, "setup"},
      {StartRound{}, "rumour"},
      {std::nullopt, "feedback"},  // the verdict is the current rumour's own, picked below
      {Game{action::Finish{}}, "summary"},
      {GoTo{Screen::Practices}, "practices"},
      {GoTo{Screen::About}, "about"},
  };
  FrameCosts costs, events, screen, opengl;
  for (const auto& [action, name] : steps) {
    bool moved = true;
    if (std::string(name) == "feedback" && session.round().current())
      moved = session.apply(Game{action::PickVerdict{session.round().current()->verdict}});
    else if (action)
      moved = session.apply(*action);
    if (!moved) {
      std::fprintf(stderr, "antirumour: --bench-frames could not reach the %s screen\n", name);
      return 1;
    }
    for (int i = 0; i < frames; ++i) {
      FrameParts parts = timed_frame(window, view, session);
      costs.add(name, parts.total());
      events.add(name, parts.events);
      screen.add(name, parts.screen);
      opengl.add(name, parts.opengl);
    }
    if (!screenshots.empty()) {
      // The still picture: once anything moving has stopped.
      for (int i = 0; i < 1000 && view.animating(); ++i) timed_frame(window, view, session);
      timed_frame(window, view, session, screenshots + "-" + name + ".ppm");
    }
  }
  nlohmann::json out = nlohmann::json::parse(costs.to_json());
  out["clock"] = "main thread CPU time (CLOCK_THREAD_CPUTIME_ID), swap excluded";
  // The same frames in parts, which add up to the whole frame by frame (their medians need not).
  for (const auto& [part, part_costs] :
       {std::pair{"events", &events}, std::pair{"screen", &screen}, std::pair{"opengl", &opengl}})
    out["parts"][part] = nlohmann::json::parse(part_costs->to_json())["screens"];
  out["frames_per_screen"] = frames;
  out["scenarios"] = session.library().scenarios().size();
  out["practices"] = session.practices().all().size();
  out["problems"] = session.problems().size();
  std::ofstream file(out_file, std::ios::binary | std::ios::trunc);
  file << out.dump(2) << '\n';
  if (!file) {
    std::fprintf(stderr, "antirumour: cannot write %s\n", out_file.c_str());
    return 1;
  }
  return 0;
}

}  // namespace ar::platform
