#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include <sys/stat.h>

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

std::string file_day(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return "";
  std::tm parts{};
  localtime_r(&st.st_mtime, &parts);
  char day[16];
  std::strftime(day, sizeof day, "%Y-%m-%d", &parts);
  return day;
}

bool read_text_file(const std::string& path, std::string& out) {
  // One read of the whole file: a stream copied character by character cost several
  // milliseconds of the browser's start (the interface strings, each save).
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  out.clear();
  char block[64 * 1024];
  size_t got = 0;
  while ((got = std::fread(block, 1, sizeof block, f)) > 0) out.append(block, got);
  const bool ok = std::ferror(f) == 0;
  std::fclose(f);
  return ok;
}

bool read_text_file(const std::string& path, std::string& out, std::string& why) {
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found)
    why = "this file is missing";
  else if (status.type() == fs::file_type::directory)
    why = "this is a folder, not a file";
  else if (!read_text_file(path, out))
    why = "cannot read this file";
  else
    return true;
  return false;
}

SessionContent read_content(const std::string& content_dir, bool ui_strings_only) {
  SessionContent content;
  content.current_year = this_year();
  fs::path root(content_dir);
  if (ui_strings_only) {
    content.content_follows = true;
    std::string why;
    if (!read_text_file((root / "ui-strings.json").string(), content.ui_strings, why))
      content.read_problems.push_back({"ui-strings.json", 0, 0, "", why});
    return content;
  }
  std::error_code ec;
  std::vector<fs::path> packs;
  if (!fs::is_directory(root / "packs", ec)) {
    content.read_problems.push_back(
        {"packs", 0, 0, "", "the folder is missing: the scenario packs go in packs/"});
  } else {
    for (const auto& entry : fs::directory_iterator(root / "packs", ec))
      if (entry.path().extension() == ".json") packs.push_back(entry.path());
    if (ec)
      content.read_problems.push_back(
          {"packs", 0, 0, "", "cannot read the folder: " + ec.message()});
  }
  std::sort(packs.begin(), packs.end());  // the same order on every machine
  for (const auto& p : packs) {
    ContentFile f{"packs/" + p.filename().string(), ""};
    std::string why;
    if (read_text_file(p.string(), f.text, why))
      content.packs.push_back(std::move(f));
    else
      content.read_problems.push_back({f.name, 0, 0, "", why});
  }
  for (auto [name, text] : {std::pair{"ui-strings.json", &content.ui_strings},
                            std::pair{"practices.json", &content.practices}}) {
    std::string why;
    if (!read_text_file((root / name).string(), *text, why))
      content.read_problems.push_back({name, 0, 0, "", why});
  }
  return content;
}

}  // namespace ar::platform
