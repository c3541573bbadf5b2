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
  if (it == table_.end() || it->second.empty()) return key;
  return it->second.in(lang);
}

std::string UiStrings::format(const std::string& key, const std::string& lang,
                              const std::vector<std::string>& args) const {
  std::string out = get(key, lang);
  for (size_t i = 0; i < args.size(); ++i) {
    std::string mark = "{";
    mark += std::to_string(i);
    mark += '}';
    for (size_t at = out.find(mark); at != std::string::npos;
         at = out.find(mark, at + args[i].size()))
      out.replace(at, mark.size(), args[i]);
  }
  return out;
}

std::vector<std::string> UiStrings::keys() const {
  std::vector<std::string> k;
  for (const auto& [key, v] : table_) k.push_back(key);
  return k;
}

}  // namespace ar
