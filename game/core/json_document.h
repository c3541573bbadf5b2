#pragma once
// Parses a content file into JSON and keeps its text, so that every problem found later can say
// line:column (where each value starts is worked out only when a problem first asks). Syntax
// errors, bad UTF-8, truncation and every limit in json_scan.h (size, nesting, numbers, texts,
// values) become one located Problem, never an exception.
//
// The document looks at the caller's text and does not copy it (a pack is up to 2 MB, and the copy
// was a twentieth of loading a content folder): the text must outlive the document. A temporary
// std::string is refused at compile time.
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "json_scan.h"
#include "problem.h"

namespace ar {

struct TextPosition {
  int line = 1;
  int column = 1;
};

class JsonDocument {
 public:
  // Never throws on bad input: check ok() and problems().
  static JsonDocument parse(std::string_view text, const std::string& file, JsonLimits limits = {});
  static JsonDocument parse(std::string&& text, const std::string& file,
                            JsonLimits limits = {}) = delete;

  bool ok() const { return ok_; }
  const nlohmann::json& root() const { return root_; }
  const std::string& file() const { return file_; }
  const std::vector<Problem>& problems() const { return problems_; }
  // Where the value at `path` starts; for a path that does not exist, its nearest parent.
  TextPosition position_of(const std::string& path) const;

 private:
  bool ok_ = false;
  nlohmann::json root_;
  std::string file_;
  // The caller's text after its BOM; the positions of its values, filled on the first
  // position_of: most files have no problem, and scanning every value of every file cost more
  // than the parse.
  std::string_view text_;
  mutable std::map<std::string, TextPosition> positions_;
  mutable bool scanned_ = false;
  std::vector<Problem> problems_;
  friend class PositionScanner;
};

// "$.scenarios[3].rumour" + "eu" -> "$.scenarios[3].rumour.eu"; keys that are not plain words are
// quoted: $["a b"].
std::string json_path_key(const std::string& parent, const std::string& key);
std::string json_path_index(const std::string& parent, size_t index);

}  // namespace ar
