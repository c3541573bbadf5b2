#pragma once
// The packs the game ships (content/packs/*.json), read once per test binary.
#include <algorithm>
#include <filesystem>
#include <vector>

#include "library.h"
#include "test_files.h"
#include "test_year.h"

namespace ar::test {

inline std::vector<ContentFile> shipped_pack_files() {
  namespace fs = std::filesystem;
  std::vector<ContentFile> files;
  for (const auto& entry : fs::directory_iterator(AR_CONTENT "/packs"))
    if (entry.path().extension() == ".json")
      files.push_back(
          {"packs/" + entry.path().filename().string(), read_file(entry.path().string())});
  std::sort(files.begin(), files.end(),
            [](const ContentFile& a, const ContentFile& b) { return a.name < b.name; });
  return files;
}

inline const Library& shipped_library() {
  static const Library lib = Library::load(shipped_pack_files(), current_year);
  return lib;
}

}  // namespace ar::test
