#include "local_text.h"

#include <array>
#include <string_view>

namespace ar {

const std::string& LocalText::in(const std::string& lang) const {
  static const std::string none;
  if (auto it = by_language.find(lang); it != by_language.end()) return it->second;
  if (auto it = by_language.find("en"); it != by_language.end()) return it->second;
  return by_language.empty() ? none : by_language.begin()->second;
}

std::string quoted(const std::string& text, const std::string& lang) {
  static constexpr std::array<std::string_view, 7> angle{"es", "eu", "ca", "gl", "fr", "it", "pt"};
  for (std::string_view l : angle)
    if (lang == l) return "«" + text + "»";
  return "“" + text + "”";
}

}  // namespace ar
