#pragma once
// Reads the practice catalogue's verification log (docs/verification/practices.md) and checks a
// practice against it. One line per practice, in three fields split by " | ":
//   - <practice-id> (optional note) | <the practice's url> (optional note) | "the page's words"…
// The url field starts with the practice's `url` exactly; the quote field holds at least one
// straight-quoted passage from that page.
#include <map>
#include <string>
#include <vector>

namespace ar::test {

struct PracticeLogLine {
  int line = 0;
  std::string url_field;    // the second field, notes included
  std::string quote_field;  // the third field and after
};

// Lines that open with "- <id>" followed by " " or " |"; an id seen twice keeps both lines.
inline std::map<std::string, std::vector<PracticeLogLine>> parse_practice_log(
    const std::string& text) {
  std::map<std::string, std::vector<PracticeLogLine>> out;
  size_t at = 0;
  int number = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    at = end + 1;
    ++number;
    if (line.rfind("- ", 0) != 0) continue;
    size_t bar = line.find(" | ");
    if (bar == std::string::npos) continue;
    std::string head = line.substr(2, bar - 2);
    std::string id = head.substr(0, head.find(' '));
    size_t bar2 = line.find(" | ", bar + 3);
    PracticeLogLine l;
    l.line = number;
    l.url_field =
        line.substr(bar + 3, bar2 == std::string::npos ? std::string::npos : bar2 - bar - 3);
    if (bar2 != std::string::npos) l.quote_field = line.substr(bar2 + 3);
    out[id].push_back(l);
  }
  return out;
}

// What is wrong with the log's entry for a practice: nothing when the list is empty.
inline std::vector<std::string> check_practice_against_log(
    const std::string& id, const std::string& url,
    const std::map<std::string, std::vector<PracticeLogLine>>& log) {
  auto found = log.find(id);
  if (found == log.end()) return {"no line for " + id + " in the practice log"};
  if (found->second.size() != 1)
    return {std::to_string(found->second.size()) + " lines for " + id + " in the practice log"};
  const PracticeLogLine& l = found->second.front();
  const std::string at = " (line " + std::to_string(l.line) + ")";
  std::vector<std::string> problems;
  const std::string& f = l.url_field;
  bool same_url =
      f.compare(0, url.size(), url) == 0 && (f.size() == url.size() || f[url.size()] == ' ');
  if (!same_url)
    problems.push_back("the log's URL " + f.substr(0, f.find(' ')) + " differs from url " + url +
                       at);
  size_t open = l.quote_field.find('"');
  if (open == std::string::npos || l.quote_field.find('"', open + 1) == std::string::npos)
    problems.push_back("no quoted words from the page" + at);
  return problems;
}

}  // namespace ar::test
