#pragma once
// Turns a scenario pack file into a checked Pack, reporting every problem in one pass.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "problem.h"
#include "scenario.h"

namespace ar {

// Limits a facilitator's text must respect (characters). The JSON Schema states the same numbers.
struct TextLimits {
  static constexpr size_t title = 120, rumour = 220, fact = 450, figure = 80, explanation = 700,
                          reply = 240, feedback = 360, discussion = 300, source_field = 300,
                          facilitator_notes = 1000;
};

struct PackLoadResult {
  std::optional<Pack> pack;  // empty when the file has errors: a broken pack is skipped whole
  std::vector<Problem> problems;
};

// `current_year` (from the platform's clock) is the latest year a source may have.
PackLoadResult load_pack(std::string_view text, const std::string& file, int current_year);

}  // namespace ar
