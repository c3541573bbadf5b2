#include "saves.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace ar::platform {

namespace fs = std::filesystem;

std::optional<std::string> read_saved_progress(const std::string& dir) {
  std::ifstream in(fs::path(dir) / "progress.json", std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_saved_progress(const std::string& dir, const std::string& text) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  // Write then rename: a crash half-way never leaves a truncated save behind.
  fs::path tmp = fs::path(dir) / "progress.json.tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) return;
  }
  fs::rename(tmp, fs::path(dir) / "progress.json", ec);
}

std::string keep_bad_save_aside(const std::string& dir) {
  std::error_code ec;
  for (int n = 1; n < 1000; ++n) {
    fs::path target = fs::path(dir) / ("progress.unreadable-" + std::to_string(n) + ".json");
    if (fs::exists(target, ec)) continue;
    fs::rename(fs::path(dir) / "progress.json", target, ec);
    return ec ? std::string() : target.string();
  }
  return {};
}

void keep_aside_if_unreadable(const ui::App& app, const std::string& dir) {
  if (!app.saved_progress_unreadable()) return;
  std::string aside = keep_bad_save_aside(dir);
  std::fprintf(stderr, "antirumour: the saved progress could not be read; kept as %s\n",
               aside.c_str());
}

}  // namespace ar::platform
