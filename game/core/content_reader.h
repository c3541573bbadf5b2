#pragma once
// Reads fields out of a parsed content file and records every problem, located, in words a
// facilitator understands ("expected a text, found a number (3)"). It never stops at the first
// problem: the loaders read on so one pass reports everything.
#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "json_document.h"
#include "local_text.h"
#include "scenario.h"

namespace ar {

class ContentReader {
 public:
  using json = nlohmann::json;
  ContentReader(const JsonDocument& doc, std::vector<Problem>& out) : doc_(doc), out_(out) {}

  void problem(const std::string& path, const std::string& message,
               Problem::Severity severity = Problem::Severity::Error);
  void expected(const std::string& path, const std::string& what, const json& found);
  // A problem at `path` about its child `missing_path` not being there.
  void missing(const std::string& path, const std::string& missing_path,
               const std::string& message);

  bool is_object(const json& v, const std::string& path, const char* what);
  bool is_array(const json& v, const std::string& path, const char* what);
  // Reports keys that are not in `known`, with a "did you mean" for typos.
  void no_unknown_keys(const json& obj, const std::string& path,
                       std::initializer_list<const char*> known);
  const json* member(const json& obj, const std::string& path, const char* key, bool required);
  // member() when it is of the kind `is` tells (json::is_string …), else "expected <what>" and
  // null; `at` receives the member's path either way.
  const json* member_of_kind(const json& obj, const std::string& path, const char* key,
                             bool required, bool (json::*is)() const noexcept, const char* what,
                             std::string& at);

  std::optional<std::string> text(const json& obj, const std::string& path, const char* key,
                                  bool required, size_t max_chars);
  std::optional<long long> integer(const json& obj, const std::string& path, const char* key,
                                   bool required, long long min, long long max);
  // One string per language; every language in `languages` must be there and not blank.
  LocalText local_text(const json& obj, const std::string& path, const char* key, bool required,
                       size_t max_chars, const std::vector<std::string>& languages);
  // Reads at most `max_items` texts; a longer list is one problem.
  std::vector<std::string> text_list(const json& obj, const std::string& path, const char* key,
                                     bool required, size_t max_chars, size_t max_items);
  // False, with one problem, when the list or group `v` holds more than `max` entries.
  bool at_most(const json& v, const std::string& path, size_t max, const char* what);
  // A value from a fixed list of words; reports the list when it is not one of them.
  std::optional<std::string> word(const json& obj, const std::string& path, const char* key,
                                  bool required, const std::vector<std::string>& allowed);
  // word() for the value `v` itself, found at `at` (an item of a list).
  std::optional<std::string> word_at(const json& v, const std::string& at,
                                     const std::vector<std::string>& allowed);
  // word() for an enum, with the words of its name table (scenario.h).
  template <typename E>
  std::optional<E> named(const json& obj, const std::string& path, const char* key, bool required,
                         std::span<const Named<E>> table) {
    const json* v = member(obj, path, key, required);
    if (!v) return std::nullopt;
    if (auto e = exact_name(*v, table)) return e;
    return value_named(word_at(*v, json_path_key(path, key), names_of(table)), table);
  }
  template <typename E>
  std::optional<E> named_at(const json& v, const std::string& at, std::span<const Named<E>> table) {
    if (auto e = exact_name(v, table)) return e;
    return value_named(word_at(v, at, names_of(table)), table);
  }
  // What a mistyped word was probably meant to be: " (did you mean \"x\"?)" when it is close to
  // one of `allowed`, a hint when only the letter case differs, else "".
  static std::string close_to(const std::string& found, const std::vector<std::string>& allowed);
  // "one of: a, b, c", what word() says it expected.
  static std::string one_of(const std::vector<std::string>& allowed);
  std::optional<std::string> url(const json& obj, const std::string& path, const char* key,
                                 bool required);
  ReviewByLanguage review(const json& obj, const std::string& path, const char* key,
                          const std::vector<std::string>& languages);

 private:
  template <typename E>
  static std::optional<E> value_named(const std::optional<std::string>& w,
                                      std::span<const Named<E>> table) {
    for (const auto& entry : table)
      if (w && *w == entry.name) return entry.value;
    return std::nullopt;
  }
  // The value `v` names, when it is a text and one of the table's words: the usual case, read
  // without the list of words and the path that only a problem needs (a dozen per scenario).
  template <typename E>
  static std::optional<E> exact_name(const json& v, std::span<const Named<E>> table) {
    if (!v.is_string()) return std::nullopt;
    const auto& s = v.get_ref<const std::string&>();
    for (const auto& entry : table)
      if (s == entry.name) return entry.value;
    return std::nullopt;
  }
  // text() for the value `v` itself, its path written by `at` only when there is a problem to
  // place (a pack holds thousands of texts, nearly all fine).
  std::optional<std::string> text_value(const json& v, const std::function<std::string()>& at,
                                        bool required, size_t max_chars);

  const JsonDocument& doc_;
  std::vector<Problem>& out_;
  size_t reported_ = 0;  // problems of this file so far: past CountLimits::problems, one summary
  size_t reported_warnings_ = 0;  // the same for warnings
};

// How a JSON value looks to a person: "a number (3)", "the text \"abc\"", "a list".
std::string describe_json(const nlohmann::json& v);
bool is_content_id(const std::string& id);  // lowercase letters, digits, '-', 2-64 characters
bool is_iso_date(const std::string& s);     // YYYY-MM-DD

}  // namespace ar
