#pragma once
// Checks any content file the game reads (scenario pack, practice catalogue, interface strings),
// telling them apart by their top-level fields. Used by `antirumour --validate`.
#include <string>
#include <string_view>
#include <vector>

#include "problem.h"

namespace ar {

std::vector<Problem> check_content_file(std::string_view text, const std::string& file,
                                        int current_year);

}  // namespace ar
