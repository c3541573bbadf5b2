#include "local_text.h"

namespace ar {

const std::string& LocalText::in(const std::string& lang) const {
  static const std::string none;
  if (auto it = by_language.find(lang); it != by_language.end()) return it->second;
  if (auto it = by_language.find("en"); it != by_language.end()) return it->second;
  return by_language.empty() ? none : by_language.begin()->second;
}

}  // namespace ar
