#pragma once
// The web build's scenario packs and practices in one file, fetched once the title screen is on
// screen (scripts/content_bundle.py writes it; the title needs only the UI strings). Its format:
//   antirumour-content 1\n
//   then, for each file: "<path> <bytes>\n" and exactly that many bytes of the file's text,
// with paths "packs/<name>.json" and "practices.json". A length per file, not JSON around JSON:
// each file is parsed once, by the same loaders as on the desktop.
#include <string>
#include <string_view>
#include <vector>

#include "library.h"
#include "problem.h"

namespace ar {

struct ContentBundle {
  std::vector<ContentFile> packs;  // named as read_content names them: "packs/jobs.json"
  std::string practices;
  bool has_practices = false;
  std::vector<Problem> problems;  // a damaged or cut bundle: where and what, under `name`
};

inline constexpr const char* content_bundle_file = "antirumour.content";  // beside index.html
inline constexpr std::string_view content_bundle_header = "antirumour-content 1\n";

// Reads as much of the bundle as is whole; a cut or damaged part is reported, never guessed at.
ContentBundle read_content_bundle(std::string_view bytes, const std::string& name);
// The same format, written (the tests, and anything that bundles content in C++).
std::string write_content_bundle(const std::vector<ContentFile>& files);

}  // namespace ar
