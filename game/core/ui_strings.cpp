#include "ui_strings.h"

#include "content_limits.h"
#include "content_reader.h"
#include "json_document.h"

namespace ar {

UiStrings UiStrings::load(std::string_view text, const std::string& file,
                          std::vector<Problem>& problems) {
  UiStrings s;
  JsonDocument doc = JsonDocument::parse(text, file);
  problems.insert(problems.end(), doc.problems().begin(), doc.problems().end());
  if (!doc.ok()) return s;
  ContentReader r(doc, problems);
  const auto& root = doc.root();
  if (!r.is_object(root, "$", "the interface strings")) return s;
  r.no_unknown_keys(root, "$", {"format", "languages", "review", "strings"});
  r.integer(root, "$", "format", true, 1, 1);
  s.languages_ = r.text_list(root, "$", "languages", true, 8, CountLimits::languages);
  s.review_ = r.review(root, "$", "review", s.languages_);
  const auto* table = r.member(root, "$", "strings", true);
  if (!table || !r.is_object(*table, "$.strings", "the table of strings") ||
      !r.at_most(*table, "$.strings", CountLimits::ui_strings, "strings"))
    return s;
  for (const auto& [key, value] : table->items())
    s.table_[key] = r.local_text(*table, "$.strings", key.c_str(), true, 400, s.languages_);
  return s;
}

const std::string& UiStrings::get(const std::string& key, const std::string& lang) const {
  auto it = table_.find(key);
  if (it == table_.end() || it->second.empty()) return *missing_keys_.insert(key).first;
  return it->second.in(lang);
}

std::string UiStrings::format(const std::string& key, const std::string& lang,
                              const std::vector<std::string>& args) const {
  // One pass over the pattern, so an argument holding "{1}" is never replaced in turn.
  const std::string& pattern = get(key, lang);
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string::npos;
    std::string digits = close == std::string::npos ? "" : pattern.substr(i + 1, close - i - 1);
    if (!digits.empty() && digits.size() < 4 &&
        digits.find_first_not_of("0123456789") == std::string::npos &&
        std::stoul(digits) < args.size()) {
      out += args[std::stoul(digits)];
      i = close;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string UiStrings::format_count(const std::string& key, const std::string& lang, long long n,
                                    const std::vector<std::string>& args) const {
  std::string one = key + ".one";
  return format(n == 1 && has(one) ? one : key, lang, args);
}

std::vector<std::string> UiStrings::keys() const {
  std::vector<std::string> k;
  for (const auto& [key, v] : table_) k.push_back(key);
  return k;
}

}  // namespace ar
