#pragma once
// What differs between the desktop and the browser, behind one small interface.
// One file per platform where they differ: run_native.cpp, run_web.cpp.
#include <cstdint>
#include <string>
#include <vector>

#include "session.h"

namespace ar::platform {

struct RunOptions {
  std::string content_dir;  // holds packs/, ui-strings.json, practices.json
  std::string font_file;
  std::string language;  // empty: the system's or browser's language when supported
  uint64_t seed = 0;     // 0: from the clock
  int width = 1280, height = 800;
  // For screenshots and smoke tests: stop after this many frames and save the last one.
  int frames = -1;
  std::string screenshot;  // a .ppm file
  std::string save_dir;    // where progress is saved; empty: the platform's default
  // Desktop: packs to load as the game starts (--pack), before those in <save_dir>/packs/.
  std::vector<std::string> packs;
  // Desktop tools: write the device's data to this file, or load it from this one, then quit.
  std::string export_data, import_data;
  // ./bench.sh: draw `frames` (default 300) frames on each main screen, write their cost here,
  // quit.
  std::string bench_frames;
};

// The year now, from the clock (sources cannot be from the future; ongoing practices reach it).
int this_year();
// Today, YYYY-MM-DD, from the clock (the date an export of the device's data carries).
std::string today();
// A file's own date (last written), YYYY-MM-DD; empty when it cannot be read.
std::string file_day(const std::string& path);
// Reads a whole file; false when it cannot be read.
bool read_text_file(const std::string& path, std::string& out);
// The same, saying why it could not in a facilitator's words: "this file is missing", "this is a
// folder, not a file" (a folder opens like an empty file), "cannot read this file".
bool read_text_file(const std::string& path, std::string& out, std::string& why);
// Reads every content file, never throwing: what cannot be read becomes a Problem. With
// `ui_strings_only`, only ui-strings.json: the packs and practices follow (content_follows).
SessionContent read_content(const std::string& content_dir, bool ui_strings_only = false);
int run_game(const RunOptions& options);

}  // namespace ar::platform
