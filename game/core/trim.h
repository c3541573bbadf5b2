#pragma once
// Blanks cut from both ends of a cell, a field or a line a person typed.
#include <string>
#include <string_view>

namespace ar {

// " a b \n" -> "a b": spaces, tabs and line ends only (text inside is left as typed).
std::string trim(std::string_view text);

}  // namespace ar
