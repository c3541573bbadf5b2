#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform.h"

namespace ar::platform {

namespace fs = std::filesystem;

int this_year() {
  std::time_t now = std::time(nullptr);
  std::tm parts{};
  localtime_r(&now, &parts);
  return parts.tm_year + 1900;
}

std::string today() {
  std::time_t now = std::time(nullptr);
  std::tm parts{};
  localtime_r(&now, &parts);
  char day[16];
  std::strftime(day, sizeof day, "%Y-%m-%d", &parts);
  return day;
}

bool read_text_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

SessionContent read_content(const std::string& content_dir) {
  SessionContent content;
  content.current_year = this_year();
  fs::path root(content_dir);
  std::error_code ec;
  std::vector<fs::path> packs;
  for (const auto& entry : fs::directory_iterator(root / "packs", ec))
    if (entry.path().extension() == ".json") packs.push_back(entry.path());
  if (ec)
    content.read_problems.push_back(
        {(root / "packs").string(), 0, 0, "", "cannot read the folder: " + ec.message()});
  std::sort(packs.begin(), packs.end());  // the same order on every machine
  for (const auto& p : packs) {
    ContentFile f{"packs/" + p.filename().string(), ""};
    if (read_text_file(p.string(), f.text))
      content.packs.push_back(std::move(f));
    else
      content.read_problems.push_back({f.name, 0, 0, "", "cannot read this file"});
  }
  if (!read_text_file((root / "ui-strings.json").string(), content.ui_strings))
    content.read_problems.push_back({"ui-strings.json", 0, 0, "", "cannot read this file"});
  if (!read_text_file((root / "practices.json").string(), content.practices))
    content.read_problems.push_back({"practices.json", 0, 0, "", "cannot read this file"});
  return content;
}

}  // namespace ar::platform
