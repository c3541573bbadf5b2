#include "content_bundle.h"

#include <charconv>

namespace ar {

namespace {

// "packs/<name>.json" with a plain file name, or "practices.json": nothing else is content.
bool known_path(std::string_view path) {
  if (path == "practices.json") return true;
  constexpr std::string_view dir = "packs/", ext = ".json";
  if (path.size() <= dir.size() + ext.size() || path.substr(0, dir.size()) != dir ||
      path.substr(path.size() - ext.size()) != ext)
    return false;
  for (char c : path.substr(dir.size()))
    if (!(c == '-' || c == '_' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9')))
      return false;
  return true;
}

}  // namespace

ContentBundle read_content_bundle(std::string_view bytes, const std::string& name) {
  ContentBundle out;
  auto problem = [&](size_t at, std::string message) {
    // Line numbers help only while the bundle is text: count them up to `at`.
    int line = 1;
    for (size_t i = 0; i < at && i < bytes.size(); ++i) line += bytes[i] == '\n';
    out.problems.push_back({name, line, 0, "", std::move(message)});
  };
  if (bytes.substr(0, content_bundle_header.size()) != content_bundle_header) {
    problem(0,
            "this is not the game's content file (it should start with \"antirumour-content 1\")");
    return out;
  }
  size_t at = content_bundle_header.size();
  while (at < bytes.size()) {
    const size_t end = bytes.find('\n', at);
    const size_t space = bytes.find(' ', at);
    if (end == std::string_view::npos || space == std::string_view::npos || space > end) {
      problem(at, "a file's line (\"<path> <bytes>\") is cut or damaged; the rest is not read");
      return out;
    }
    const std::string path(bytes.substr(at, space - at));
    const std::string_view count = bytes.substr(space + 1, end - space - 1);
    size_t size = 0;
    auto [ptr, ec] = std::from_chars(count.data(), count.data() + count.size(), size);
    if (ec != std::errc{} || ptr != count.data() + count.size()) {
      problem(at, path + ": its size \"" + std::string(count) + "\" is not a number of bytes");
      return out;
    }
    const size_t start = end + 1;
    if (size > bytes.size() - start) {
      problem(at, path + ": the file is cut (" + std::to_string(bytes.size() - start) + " of " +
                      std::to_string(size) + " bytes)");
      return out;
    }
    std::string text(bytes.substr(start, size));
    if (!known_path(path))
      problem(at, "\"" + path + "\" is not a pack (packs/<name>.json) nor practices.json; skipped");
    else if (path == "practices.json")
      out.practices = std::move(text), out.has_practices = true;
    else
      out.packs.push_back({path, std::move(text)});
    at = start + size;
  }
  if (!out.has_practices) problem(bytes.size(), "practices.json is missing from it");
  return out;
}

std::string write_content_bundle(const std::vector<ContentFile>& files) {
  std::string out(content_bundle_header);
  for (const auto& f : files) out += f.name + " " + std::to_string(f.text.size()) + "\n" + f.text;
  return out;
}

}  // namespace ar
