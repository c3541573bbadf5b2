#pragma once
// The limits every content file must respect, checked on the raw text before the JSON parser
// runs: a hostile file (deep nesting, a huge number, a megabyte-long text, a million tiny values)
// is refused cheaply, at the place where it passes the limit, and never reaches code that could
// throw, recurse deeply or allocate without bound. docs/scenario-pack-format.md lists them.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ar {

struct JsonLimits {
  size_t max_bytes = 2 * 1024 * 1024;
  int max_depth = 32;
  size_t max_values = 100000;     // fields and list items in the whole file
  size_t max_text_chars = 10000;  // any one text or field name, before field-specific limits
  double max_number = 9007199254740991.0;  // 2^53 - 1: every JSON reader keeps it exact
};

struct JsonLimitBreach {
  size_t offset = 0;  // byte offset into the text where the limit is passed
  std::string message;
};

// The first place the text passes one of the limits (other than max_bytes), if any. Works on any
// text, valid JSON or not; brackets, commas and digits inside strings are not counted.
std::optional<JsonLimitBreach> find_limit_breach(std::string_view text, const JsonLimits& limits);

}  // namespace ar
