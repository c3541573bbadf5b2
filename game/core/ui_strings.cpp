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

bool basque_ends_in_consonant(long long n) {
  // Basque counts in twenties: 30 is "hogeita hamar" (20 + 10), so the spoken last word is that
  // of n % 20 once past the hundreds; a round hundred ends in "ehun" (n), a thousand in "mila".
  if (n < 0) n = -n;
  long long r = n % 100;
  if (r == 0) return n != 0 && n % 1000 != 0;
  long long last = r < 20 ? r : r % 20;
  return last == 1 || last == 5 || last == 10 || last == 15;
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
      const std::string& arg = args[std::stoul(digits)];
      out += arg;
      i = close;
      // Basque "{1}etik" ("from/of {1}"): the ending follows how the number is spoken, 3tik but
      // 5etik, so patterns may write "etik" after any number.
      if (lang == "eu" && pattern.compare(close + 1, 4, "etik") == 0 && !arg.empty() &&
          arg.size() < 16 && arg.find_first_not_of("0123456789") == std::string::npos &&
          !basque_ends_in_consonant(std::stoll(arg))) {
        out += "tik";
        i = close + 4;
      }
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
