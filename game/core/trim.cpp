#include "trim.h"

namespace ar {

std::string trim(std::string_view text) {
  size_t a = text.find_first_not_of(" \t\r\n"), b = text.find_last_not_of(" \t\r\n");
  return a == std::string_view::npos ? "" : std::string(text.substr(a, b - a + 1));
}

}  // namespace ar
