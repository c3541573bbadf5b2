#pragma once
// The desktop game's frame benchmark (--bench-frames OUT.json, for ./bench.sh): see the .cpp.
#include <string>

#include "sdl_window.h"
#include "session.h"

namespace ar::platform {

// Draws `frames` frames on each main screen in an open window and writes their costs to
// `out_file`; returns the exit code (0, or 1 when a screen could not be reached or written).
// With `screenshots` (a path prefix), also saves each screen's still picture as
// <screenshots>-<screen>.ppm.
int run_frame_bench(const std::string& out_file, int frames, GameWindow& window, Session& session,
                    const std::string& screenshots = "");

}  // namespace ar::platform
