#include "saves.h"

#include <filesystem>
#include <fstream>

#include "platform.h"

namespace ar::platform {

namespace fs = std::filesystem;

std::optional<std::string> read_saved_progress(const std::string& dir) {
  std::string text;
  if (!read_text_file((fs::path(dir) / "progress.json").string(), text)) return std::nullopt;
  return text;
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

}  // namespace ar::platform
