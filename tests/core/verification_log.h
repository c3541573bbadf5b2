#pragma once
// Reads a pack's verification log (docs/verification/<pack>.md) and checks a scenario against
// its entry. The log stays readable Markdown; the lines the check relies on are strict:
//   ## <scenario-id> — <outcome>        one entry per scenario ("## Checks run": a section)
//   - URL: <the scenario's source.url>  exactly once per entry (notes go after the address)
//   - Quote: "…" / "…"                  or "- Quotes:"; the source's words, in straight quotes
// A figure counts as stated when each of its numbers is in the entry's quotes, read the same way
// whatever the thousands separator ("419 221", "419.221", "419,221") or the space before "%";
// its year is checked against the fact text instead, which must name a year in every language.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "scenario.h"

namespace ar::test {

struct LogEntry {
  std::string id;
  std::string outcome;
  int line = 0;
  std::vector<std::string> urls;
  std::vector<std::string> quotes;
};

struct VerificationLog {
  std::map<std::string, LogEntry> entries;
  std::vector<std::string> problems;  // lines that break the structure, with their number
};

namespace log_detail {

inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

inline bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// Length of a space usable as a thousands separator at `at`: " ", no-break space, thin spaces.
inline size_t thousands_space(const std::string& s, size_t at) {
  for (const std::string sp : {" ", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"})
    if (s.compare(at, sp.size(), sp) == 0) return sp.size();
  return 0;
}

inline size_t digits_from(const std::string& s, size_t at) {
  size_t end = at;
  while (end < s.size() && is_digit(s[end])) ++end;
  return end - at;
}

}  // namespace log_detail

// One number as written in a text, and its value in a form that does not depend on the
// language's separators ("104.548" and "104,548" → "104548"; "63,6" and "63.6" → "63.6").
struct WrittenNumber {
  std::string value;
  bool is_year = false;  // four digits, no separator, 1900–2099
};

inline std::vector<WrittenNumber> numbers_in(const std::string& s) {
  using namespace log_detail;
  std::vector<WrittenNumber> found;
  size_t i = 0;
  while (i < s.size()) {
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    std::vector<std::string> groups;
    std::vector<char> seps;  // '.', ',' or ' ' (any space)
    size_t n = digits_from(s, i);
    groups.push_back(s.substr(i, n));
    i += n;
    for (;;) {
      if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && is_digit(s[i + 1])) {
        n = digits_from(s, i + 1);
        seps.push_back(s[i]);
        groups.push_back(s.substr(i + 1, n));
        i += 1 + n;
        continue;
      }
      size_t sp = thousands_space(s, i);
      if (sp != 0 && digits_from(s, i + sp) == 3) {
        seps.push_back(' ');
        groups.push_back(s.substr(i + sp, 3));
        i += sp + 3;
        continue;
      }
      break;
    }
    WrittenNumber w;
    bool all_thousands =
        std::all_of(groups.begin() + 1, groups.end(),
                    [](const std::string& g) { return g.size() == 3; }) &&
        std::all_of(seps.begin(), seps.end(), [&](char c) { return c == seps[0]; });
    if (seps.empty() || all_thousands) {
      for (const auto& g : groups) w.value += g;
    } else {  // the last separator marks the decimals, the others thousands
      for (size_t g = 0; g + 1 < groups.size(); ++g) w.value += groups[g];
      w.value += "." + groups.back();
    }
    w.is_year = seps.empty() && w.value.size() == 4 &&
                (starts_with(w.value, "19") || starts_with(w.value, "20"));
    found.push_back(w);
  }
  return found;
}

inline VerificationLog parse_verification_log(const std::string& text) {
  using namespace log_detail;
  VerificationLog log;
  LogEntry* entry = nullptr;
  const std::string dash = " \xE2\x80\x94 ";  // " — "
  size_t start = 0;
  for (int number = 1; start <= text.size(); ++number) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    start = end + 1;
    const std::string where = "line " + std::to_string(number) + ": ";
    if (starts_with(line, "## ")) {
      entry = nullptr;
      char first = line.size() > 3 ? line[3] : ' ';
      if (first >= 'A' && first <= 'Z') continue;  // a section of notes, not an entry
      size_t cut = line.find(dash);
      std::string id = line.substr(3, cut == std::string::npos ? std::string::npos : cut - 3);
      bool id_ok = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || is_digit(c) || c == '-';
      });
      if (cut == std::string::npos || !id_ok || cut + dash.size() >= line.size()) {
        log.problems.push_back(where + "an entry's heading is \"## <scenario-id> — <outcome>\"");
        continue;
      }
      if (log.entries.count(id) != 0) {
        log.problems.push_back(where + "a second entry for " + id);
        continue;
      }
      entry = &log.entries[id];
      entry->id = id;
      entry->outcome = line.substr(cut + dash.size());
      entry->line = number;
      continue;
    }
    if (entry == nullptr) continue;
    if (starts_with(line, "- URL: ")) {
      std::string url = line.substr(7, line.find(' ', 7) - 7);
      entry->urls.push_back(url);
    } else if (starts_with(line, "- Quote: ") || starts_with(line, "- Quotes: ")) {
      size_t at = line.find(':') + 1;
      size_t found_before = entry->quotes.size();
      for (;;) {
        size_t open = line.find('"', at);
        if (open == std::string::npos) break;
        std::string quote;
        size_t close = open + 1;
        for (; close < line.size() && line[close] != '"'; ++close) {
          if (line[close] == '\\' && close + 1 < line.size() && line[close + 1] == '"') ++close;
          quote += line[close];
        }
        if (close >= line.size()) {
          log.problems.push_back(where + "a quote is not closed with \"");
          break;
        }
        entry->quotes.push_back(quote);
        at = close + 1;
      }
      if (entry->quotes.size() == found_before)
        log.problems.push_back(where + "no quote in straight double quotes");
    }
  }
  return log;
}

// What is wrong with a scenario's entry in its pack's log; empty when it holds.
inline std::vector<std::string> check_against_log(const Scenario& s, const VerificationLog& log,
                                                  int this_year) {
  std::vector<std::string> problems;
  auto it = log.entries.find(s.id);
  if (it == log.entries.end()) return {"no entry \"## " + s.id + " — …\" in the log"};
  const LogEntry& e = it->second;
  const std::string at = " (entry at line " + std::to_string(e.line) + ")";
  if (e.urls.size() != 1)
    problems.push_back("the entry has " + std::to_string(e.urls.size()) +
                       " \"- URL:\" lines; it needs exactly one" + at);
  else if (e.urls[0] != s.fact.source.url)
    problems.push_back("the entry's URL " + e.urls[0] + " differs from source.url " +
                       s.fact.source.url + at);
  if (e.quotes.empty()) problems.push_back("the entry quotes nothing" + at);

  std::set<std::string> quoted;
  for (const auto& q : e.quotes)
    for (const auto& n : numbers_in(q)) quoted.insert(n.value);
  std::multiset<std::string> first_language;
  bool first = true;
  for (const auto& [lang, figure] : s.fact.figure.by_language) {
    std::multiset<std::string> values;
    std::set<std::string> fact_years;
    if (s.fact.text.has(lang))
      for (const auto& n : numbers_in(s.fact.text.by_language.at(lang)))
        if (n.is_year) fact_years.insert(n.value);
    for (const auto& n : numbers_in(figure)) {
      values.insert(n.value);
      if (n.is_year && fact_years.count(n.value) == 0)
        problems.push_back("the figure's year " + n.value + " (" + lang +
                           ") is not in the fact text");
      else if (!n.is_year && quoted.count(n.value) == 0)
        problems.push_back("the figure's " + n.value + " (" + lang + ": \"" + figure +
                           "\") is not in the entry's quotes" + at);
    }
    if (!first && values != first_language)
      problems.push_back("the figure's numbers in " + lang + " differ from the other languages");
    if (first) first_language = values;
    first = false;
  }
  for (const auto& [lang, text] : s.fact.text.by_language) {
    auto numbers = numbers_in(text);
    bool has_year = std::any_of(numbers.begin(), numbers.end(), [&](const WrittenNumber& n) {
      return n.is_year && std::stoi(n.value) >= 1950 && std::stoi(n.value) <= this_year;
    });
    if (!has_year) problems.push_back("the fact text (" + lang + ") names no year");
  }
  return problems;
}

}  // namespace ar::test
