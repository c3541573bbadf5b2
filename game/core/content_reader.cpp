#include "content_reader.h"

#include <algorithm>

#include "content_limits.h"
#include "utf8.h"

namespace ar {

bool is_content_id(const std::string& id) {
  if (id.size() < 2 || id.size() > 64 || id.front() == '-' || id.back() == '-') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool is_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int year = std::stoi(s.substr(0, 4)), month = std::stoi(s.substr(5, 2)),
      day = std::stoi(s.substr(8, 2));
  if (month < 1 || month > 12 || day < 1) return false;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::string describe_json(const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::null: return "nothing (null)";
    case nlohmann::json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case nlohmann::json::value_t::string: {
      std::string s = v.get<std::string>();
      if (s.empty()) return "an empty text";
      if (utf8::count_characters(s) > 40) s = std::string(utf8::first_characters(s, 40)) + "…";
      return "the text \"" + s + "\"";
    }
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return "a number (" + v.dump() + ")";
    case nlohmann::json::value_t::object: return "a group of fields { }";
    case nlohmann::json::value_t::array: return "a list [ ]";
    default: return "something else";
  }
}

void ContentReader::problem(const std::string& path, const std::string& message,
                            Problem::Severity severity) {
  // A file damaged everywhere would otherwise give a problem per value: bounded, and still clear.
  // Errors and warnings are counted apart, so many warnings never hide an error (nor make one).
  const bool warning = severity == Problem::Severity::Warning;
  size_t& reported = warning ? reported_warnings_ : reported_;
  if (++reported > CountLimits::problems + 1) return;
  if (reported == CountLimits::problems + 1) {
    out_.push_back(
        {doc_.file(), 0, 0, "",
         warning ? "more warnings follow" : "more problems follow: fix the ones above first",
         severity});
    return;
  }
  TextPosition pos = doc_.position_of(path);
  out_.push_back({doc_.file(), pos.line, pos.column, path, message, severity});
}

void ContentReader::missing(const std::string& path, const std::string& missing_path,
                            const std::string& message) {
  problem(path, message);
  out_.back().missing_path = missing_path;
}

void ContentReader::expected(const std::string& path, const std::string& what, const json& found) {
  problem(path, "expected " + what + ", found " + describe_json(found));
}

bool ContentReader::is_object(const json& v, const std::string& path, const char* what) {
  if (v.is_object()) return true;
  expected(path, std::string(what) + " (a group of fields in { })", v);
  return false;
}

bool ContentReader::is_array(const json& v, const std::string& path, const char* what) {
  if (v.is_array()) return true;
  expected(path, std::string(what) + " (a list in [ ])", v);
  return false;
}

namespace {
std::string comma_list(const std::vector<std::string>& items) {
  std::string list;
  for (const auto& item : items) list += (list.empty() ? "" : ", ") + item;
  return list;
}

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}
}  // namespace

std::string ContentReader::close_to(const std::string& found,
                                    const std::vector<std::string>& allowed) {
  auto lower = [](std::string s) {
    for (char& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
  };
  for (const auto& a : allowed)
    if (lower(found) == lower(a)) return " (only the letter case differs: write \"" + a + "\")";
  const std::string* best = nullptr;
  size_t best_distance = 3;
  for (const auto& a : allowed)
    if (size_t d = edit_distance(found, a); d < best_distance) best = &a, best_distance = d;
  return best ? " (did you mean \"" + *best + "\"?)" : "";
}

void ContentReader::no_unknown_keys(const json& obj, const std::string& path,
                                    std::initializer_list<const char*> known) {
  for (const auto& item : obj.items()) {
    const std::string& key = item.key();
    if (key == "$schema" || key == "$comment") continue;  // editors' and authors' own keys
    if (std::any_of(known.begin(), known.end(), [&](const char* k) { return key == k; })) continue;
    problem(json_path_key(path, key),
            "unknown field \"" + key + "\"" + close_to(key, {known.begin(), known.end()}));
  }
}

const nlohmann::json* ContentReader::member(const json& obj, const std::string& path,
                                            const char* key, bool required) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(key);
  if (it == obj.end()) {
    if (required)
      missing(path, json_path_key(path, key), "the field \"" + std::string(key) + "\" is missing");
    return nullptr;
  }
  return &*it;
}

const ContentReader::json* ContentReader::member_of_kind(const json& obj, const std::string& path,
                                                         const char* key, bool required,
                                                         bool (json::*is)() const noexcept,
                                                         const char* what, std::string& at) {
  at = json_path_key(path, key);
  const json* v = member(obj, path, key, required);
  if (!v) return nullptr;
  if (!(v->*is)()) {
    expected(at, what, *v);
    return nullptr;
  }
  return v;
}

std::optional<std::string> ContentReader::text(const json& obj, const std::string& path,
                                               const char* key, bool required, size_t max_chars) {
  // The most read kind of value: its path is written only when there is a problem to place.
  const json* v = member(obj, path, key, required);
  if (!v) return std::nullopt;
  return text_value(
      *v, [&] { return json_path_key(path, key); }, required, max_chars);
}

std::optional<std::string> ContentReader::text_value(const json& v,
                                                     const std::function<std::string()>& at,
                                                     bool required, size_t max_chars) {
  if (!v.is_string()) {
    expected(at(), "a text in double quotes", v);
    return std::nullopt;
  }
  const auto& s = v.get_ref<const std::string&>();
  if (required && s.find_first_not_of(" \t\r\n") == std::string::npos) {
    problem(at(), "this text is empty");
    return std::nullopt;
  }
  if (size_t n = utf8::count_characters(s); n > max_chars)
    problem(at(), "this text is too long: " + std::to_string(n) + " characters, the limit is " +
                      std::to_string(max_chars));
  return s;
}

std::optional<long long> ContentReader::integer(const json& obj, const std::string& path,
                                                const char* key, bool required, long long min,
                                                long long max) {
  std::string at;
  const json* v =
      member_of_kind(obj, path, key, required, &json::is_number_integer, "a whole number", at);
  if (!v) return std::nullopt;
  long long n = v->get<long long>();
  if (n < min || n > max) {
    problem(at, "expected a number from " + std::to_string(min) + " to " + std::to_string(max) +
                    ", found " + std::to_string(n));
    return std::nullopt;
  }
  return n;
}

LocalText ContentReader::local_text(const json& obj, const std::string& path, const char* key,
                                    bool required, size_t max_chars,
                                    const std::vector<std::string>& languages) {
  LocalText result;
  const json* v = member(obj, path, key, required);
  if (!v) return result;
  // The texts' path, written only for a problem: a pack holds thousands of texts, nearly all fine.
  std::string at;
  auto where = [&]() -> const std::string& {
    if (at.empty()) at = json_path_key(path, key);
    return at;
  };
  if (!v->is_object()) {
    expected(where(), "one text per language, like { \"es\": \"…\", \"eu\": \"…\", \"en\": \"…\" }",
             *v);
    return result;
  }
  for (const auto& lang : languages)
    if (!v->contains(lang))
      missing(where(), json_path_key(where(), lang),
              "the " + lang + " text is missing (the pack's languages are " +
                  comma_list(languages) + ")");
  for (const auto& [lang, value] : v->items()) {
    if (lang == "$comment") continue;
    if (std::find(languages.begin(), languages.end(), lang) == languages.end()) {
      problem(json_path_key(where(), lang),
              "the language \"" + lang + "\" is not in the pack's \"languages\" list");
      continue;
    }
    // The value in hand, not looked up again; a key with a NUL in it is left to text(), which
    // looks it up by its C string, as it always did. The items come in the order of their keys,
    // the order of by_language: each goes at the end.
    const std::string& language = lang;  // a name a lambda can take (clang 14: not a binding)
    auto s = lang.find('\0') == std::string::npos
                 ? text_value(
                       value, [&] { return json_path_key(where(), language); }, true, max_chars)
                 : text(*v, where(), lang.c_str(), true, max_chars);
    if (s) result.by_language.emplace_hint(result.by_language.end(), lang, std::move(*s));
  }
  return result;
}

std::vector<std::string> ContentReader::text_list(const json& obj, const std::string& path,
                                                  const char* key, bool required, size_t max_chars,
                                                  size_t max_items) {
  std::vector<std::string> result;
  const json* v = member(obj, path, key, required);
  if (!v) return result;
  std::string at = json_path_key(path, key);
  if (!is_array(*v, at, "a list of texts")) return result;
  at_most(*v, at, max_items, "entries");
  for (size_t i = 0; i < std::min(v->size(), max_items); ++i) {
    const json& item = (*v)[i];
    std::string item_at = json_path_index(at, i);
    if (!item.is_string()) {
      expected(item_at, "a text in double quotes", item);
      continue;
    }
    std::string s = item.get<std::string>();
    if (size_t n = utf8::count_characters(s); n > max_chars)
      problem(item_at, "this text is too long: " + std::to_string(n) +
                           " characters, the limit is " + std::to_string(max_chars));
    result.push_back(s);
  }
  return result;
}

std::string ContentReader::one_of(const std::vector<std::string>& allowed) {
  return "one of: " + comma_list(allowed);
}

bool ContentReader::at_most(const json& v, const std::string& path, size_t max, const char* what) {
  if (v.size() <= max) return true;
  problem(path, "there are " + std::to_string(v.size()) + " " + what + " here; the limit is " +
                    std::to_string(max));
  return false;
}

std::optional<std::string> ContentReader::word(const json& obj, const std::string& path,
                                               const char* key, bool required,
                                               const std::vector<std::string>& allowed) {
  const json* v = member(obj, path, key, required);
  if (!v) return std::nullopt;
  return word_at(*v, json_path_key(path, key), allowed);
}

std::optional<std::string> ContentReader::word_at(const json& v, const std::string& at,
                                                  const std::vector<std::string>& allowed) {
  if (v.is_string() &&
      std::find(allowed.begin(), allowed.end(), v.get<std::string>()) != allowed.end())
    return v.get<std::string>();
  std::string message = "expected " + one_of(allowed) + ", found " + describe_json(v);
  if (v.is_string()) message += close_to(v.get<std::string>(), allowed);
  problem(at, message);
  return std::nullopt;
}

std::optional<std::string> ContentReader::url(const json& obj, const std::string& path,
                                              const char* key, bool required) {
  auto s = text(obj, path, key, required, 2000);
  if (!s) return std::nullopt;
  bool web = s->rfind("https://", 0) == 0 || s->rfind("http://", 0) == 0;
  bool has_host =
      web && s->size() > s->find("//") + 3 && s->find_first_of(" \t\r\n\"<>") == std::string::npos;
  if (!has_host) {
    problem(json_path_key(path, key),
            "expected a web address starting with https:// or http://, found \"" + *s + "\"");
    return std::nullopt;
  }
  return s;
}

ReviewByLanguage ContentReader::review(const json& obj, const std::string& path, const char* key,
                                       const std::vector<std::string>& languages) {
  ReviewByLanguage result;
  for (const auto& lang : languages) result[lang] = ReviewStatus::Draft;  // unknown = not checked
  const json* v = member(obj, path, key, false);
  if (!v) return result;
  std::string at = json_path_key(path, key);
  if (!is_object(*v, at, "a review status per language")) return result;
  for (const auto& [lang, status] : v->items()) {
    if (auto w = word(*v, at, lang.c_str(), true, {"draft", "reviewed"}))
      result[lang] = *w == "reviewed" ? ReviewStatus::Reviewed : ReviewStatus::Draft;
  }
  return result;
}

}  // namespace ar
