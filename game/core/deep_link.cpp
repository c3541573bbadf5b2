#include "deep_link.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace ar {

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// %xx and "+" decoded; false for a broken escape or a control character.
bool decode(std::string_view in, std::string& out) {
  out.clear();
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '+') {
      c = ' ';
    } else if (c == '%') {
      if (i + 2 >= in.size()) return false;
      int hi = hex_value(in[i + 1]), lo = hex_value(in[i + 2]);
      if (hi < 0 || lo < 0) return false;
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return false;
    out += c;
  }
  return true;
}

Pairs split_query(std::string_view q, std::vector<std::string>& ignored) {
  Pairs out;
  while (!q.empty()) {
    size_t amp = q.find('&');
    std::string_view part = q.substr(0, amp);
    q = amp == std::string_view::npos ? std::string_view{} : q.substr(amp + 1);
    if (part.empty()) continue;
    size_t eq = part.find('=');
    std::string key, value;
    if (!decode(part.substr(0, eq), key) ||
        !decode(eq == std::string_view::npos ? std::string_view{} : part.substr(eq + 1), value)) {
      ignored.push_back("a part of the link is not well encoded");
      continue;
    }
    out.emplace_back(std::move(key), std::move(value));
  }
  return out;
}

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    if (comma > start) out.push_back(s.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

bool all_of_chars(const std::string& s, bool (*ok)(char)) {
  return !s.empty() && std::all_of(s.begin(), s.end(), ok);
}

std::optional<uint64_t> whole_number(const std::string& s, size_t max_digits) {
  if (s.size() > max_digits || !all_of_chars(s, [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  uint64_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

bool is_id(const std::string& s) {
  return s.size() <= 80 && all_of_chars(s, [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
         });
}

void read_choices(const Pairs& query, DeepLink& link) {
  SetupChoices c;
  for (const auto& [key, value] : query) {
    if (key == "mode" && (value == "verdict" || value == "reply" || value == "technique")) {
      c.mode = value == "reply"       ? Mode::Reply
               : value == "technique" ? Mode::Technique
                                      : Mode::Verdict;
    } else if (auto n = key == "count" ? whole_number(value, 2) : std::nullopt;
               n && *n >= SetupChoices::min_rumours && *n <= SetupChoices::max_rumours) {
      c.rumour_count = static_cast<int>(*n);
    } else if (key == "topics") {
      for (const auto& t : split_list(value)) {
        if (is_rumour_topic(t))
          c.topics.insert(t);
        else
          link.ignored.push_back("no such topic: " + t.substr(0, 40));
      }
    } else if (key == "difficulty") {
      for (const auto& d : split_list(value)) {
        if (auto diff = difficulty_from(d))
          c.difficulties.insert(*diff);
        else
          link.ignored.push_back("no such difficulty: " + d.substr(0, 40));
      }
    } else if (key == "practice" && (value == "1" || value == "0")) {
      c.practice = value == "1";
    } else {
      link.ignored.push_back("not understood in #play: " + key.substr(0, 40));
    }
  }
  link.choices = c;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ",") + s;
  return out;
}

}  // namespace

bool is_own_pack_path(std::string_view path) {
  if (path.empty() || path.size() > 200) return false;
  for (char c : path)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-' &&
        c != '/')
      return false;  // no ':' (another scheme), '\\', '%', '?' or '#'
  if (path.rfind("//", 0) == 0 || path.find("..") != std::string_view::npos) return false;
  auto ends_with = [&](std::string_view end) {
    return path.size() > end.size() && path.substr(path.size() - end.size()) == end;
  };
  return ends_with(".json") || ends_with(".csv");
}

DeepLink parse_deep_link(std::string_view search, std::string_view hash) {
  DeepLink link;
  if (!search.empty() && search.front() == '?') search.remove_prefix(1);
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  if (search.size() > max_link_length || hash.size() > max_link_length) {
    link.ignored.push_back("the link is too long");
    return link;
  }
  for (const auto& [key, value] : split_query(search, link.ignored)) {
    if (key == "lang") {
      const auto& langs = supported_languages();
      if (std::find(langs.begin(), langs.end(), value) != langs.end())
        link.language = value;
      else
        link.ignored.push_back("no such language: " + value.substr(0, 10));
    } else if (key == "seed") {
      if (auto seed = whole_number(value, 18); seed && *seed > 0)
        link.seed = seed;
      else
        link.ignored.push_back("a seed is a whole number of up to 18 digits");
    } else if (key == "pack") {
      if (is_own_pack_path(value)) {
        link.pack_path = value;
      } else {
        link.pack_refused = value.substr(0, 200);
        link.pack_refused_why =
            "a link loads a pack only from this page's own address, as a path ending in .json or "
            ".csv (such as packs/my-town.json)";
        link.ignored.push_back("pack: " + link.pack_refused_why);
      }
    } else {
      link.ignored.push_back("not understood: " + key.substr(0, 40));
    }
  }
  size_t q = hash.find('?');
  std::string path(hash.substr(0, q));
  Pairs query = split_query(q == std::string_view::npos ? std::string_view{} : hash.substr(q + 1),
                            link.ignored);
  if (path.empty() || path == "title") {
    if (!path.empty()) link.screen = Screen::Title;
  } else if (path == "setup") {
    link.screen = Screen::Setup;
  } else if (path == "about") {
    link.screen = Screen::About;
  } else if (path == "report") {
    link.screen = Screen::ContentReport;
  } else if (path == "practices") {
    link.screen = Screen::Practices;
  } else if (path == "summary") {
    link.screen = Screen::Summary;
  } else if (path == "propose-practice") {
    link.screen = Screen::ProposePractice;
  } else if (path == "workshop") {
    link.screen = Screen::Workshop;
  } else if (path == "editor") {
    link.screen = Screen::Editor;
  } else if (path.rfind("practice/", 0) == 0 && is_id(path.substr(9))) {
    link.screen = Screen::PracticeDetail;
    link.practice_id = path.substr(9);
  } else if (path == "play") {
    link.screen = Screen::Play;
    read_choices(query, link);
  } else {
    link.ignored.push_back("no such place in the game: #" + path.substr(0, 40));
  }
  return link;
}

std::string link_for(const Session& session) {
  switch (session.screen()) {
    case Screen::Title: return "#";
    case Screen::Setup: return "#setup";
    case Screen::About: return "#about";
    case Screen::ContentReport: return "#report";
    case Screen::Practices: return "#practices";
    case Screen::Summary: return "#summary";
    case Screen::Workshop: return "#workshop";
    case Screen::Editor: return "#editor";
    case Screen::ProposePractice: return "#propose-practice";
    case Screen::Techniques: return "#setup";  // the page is a step of setting up a round
    case Screen::PracticeDetail:
      return session.open_practice() ? "#practice/" + session.open_practice()->id : "#practices";
    case Screen::Play: {
      const RoundSettings& s = session.round().settings();
      std::string out = std::string("#play?mode=") + to_string(s.mode) +
                        "&count=" + std::to_string(s.rumour_count);
      if (!s.topics.empty()) out += "&topics=" + join(s.topics);
      if (!s.difficulties.empty()) {
        std::vector<std::string> names;
        for (Difficulty d : s.difficulties) names.push_back(to_string(d));
        out += "&difficulty=" + join(names);
      }
      if (s.practice) out += "&practice=1";
      return out;
    }
  }
  return "#";
}

std::vector<SessionAction> actions_for(const DeepLink& link, const Session& session) {
  namespace act = session_action;
  std::vector<SessionAction> out;
  if (!link.screen) return out;
  switch (*link.screen) {
    case Screen::PracticeDetail: out.push_back(act::OpenPractice{link.practice_id}); break;
    case Screen::Editor: out.push_back(act::OpenEditor{""}); break;  // the draft kept, or a new one
    case Screen::Play:
      if (session.round_under_way()) {
        out.push_back(act::GoTo{Screen::Play});  // Back/Forward into the round: resume it
      } else {
        out.push_back(act::GoTo{Screen::Setup});
        if (link.choices) out.push_back(act::ChangeSetup{*link.choices});
        // A round starts from a link only from the title or setup, never from a summary that
        // Back just left.
        if (session.screen() != Screen::Summary) out.push_back(act::StartRound{});
      }
      break;
    default: out.push_back(act::GoTo{*link.screen});
  }
  return out;
}

}  // namespace ar
