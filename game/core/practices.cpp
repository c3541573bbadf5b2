#include "practices.h"

#include <algorithm>
#include <cctype>
#include <cstddef>

#include "content_limits.h"
#include "content_reader.h"
#include "json_document.h"
#include "scenario.h"
#include "utf8.h"

namespace ar {

// --- years
// -----------------------------------------------------------------------------------------

bool YearSpan::overlaps(int from, int to) const {
  if (!known()) return false;
  int first = start.value_or(-100000);
  int last = end ? *end : (ongoing ? 100000 : first);
  return first <= to && last >= from;
}

YearSpan parse_years(const std::string& text) {
  YearSpan span;
  std::string lower = utf8::fold_for_search(text);
  std::vector<int> years;
  for (size_t i = 0; i + 4 <= lower.size(); ++i) {
    bool four = true;
    for (size_t k = 0; k < 4; ++k)
      four &= std::isdigit(static_cast<unsigned char>(lower[i + k])) != 0;
    bool alone = four && (i == 0 || !std::isdigit(static_cast<unsigned char>(lower[i - 1]))) &&
                 (i + 4 == lower.size() || !std::isdigit(static_cast<unsigned char>(lower[i + 4])));
    if (alone) {
      int y = std::stoi(lower.substr(i, 4));
      if (y >= 1900 && y <= 2100) years.push_back(y);
      i += 3;
    }
  }
  // Whole words only: "now" must not match inside "unknown".
  std::set<std::string> words;
  std::string word;
  for (char c : lower + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!word.empty()) {
      words.insert(word);
      word.clear();
    }
  }
  for (const char* w : {"since", "ongoing", "onwards", "present", "today", "desde", "now"})
    if (words.count(w)) span.ongoing = true;
  // "2011-" with nothing after the dash: still running.
  size_t last = lower.find_last_not_of(" \t");
  if (last != std::string::npos && (lower[last] == '-') && !years.empty()) span.ongoing = true;
  // "2018 on": still running.
  if (last != std::string::npos && last >= 2 && lower.compare(last - 2, 3, " on") == 0)
    span.ongoing = true;
  if (!years.empty()) {
    span.start = *std::min_element(years.begin(), years.end());
    if (!span.ongoing) span.end = *std::max_element(years.begin(), years.end());
  }
  return span;
}

YearPhrase parse_year_phrase(const std::string& text) {
  // Dashes and case made plain: "2019 – ongoing" reads as "2019 - ongoing".
  std::string t;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\xE2\x80\x93") == 0) {  // en dash
      t += '-', i += 2;
      continue;
    }
    t += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
  }
  std::vector<std::string> words;  // years, "-" and words
  std::string w;
  auto flush = [&] {
    if (!w.empty()) words.push_back(w);
    w.clear();
  };
  for (char c : t) {
    if (c == ' ' || c == '\t') {
      flush();
    } else if (c == '-') {
      flush();
      words.emplace_back("-");
    } else {
      w += c;
    }
  }
  flush();
  // "on-going" and "on going" are "ongoing".
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    if (words[i] == "on" && words[i + 1] == "-" && words[i + 2] == "going") {
      words[i] = "ongoing";
      auto from = words.begin() + static_cast<std::ptrdiff_t>(i) + 1;
      words.erase(from, from + 2);
    }
  }
  auto year = [](const std::string& s, int& out) {
    if (s.size() != 4 ||
        !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    out = std::stoi(s);
    return out >= 1900 && out <= 2100;
  };
  YearPhrase p;
  size_t n = words.size();
  if (n == 0) return p;
  p.kind = YearPhrase::Kind::AsWritten;
  int a = 0, b = 0;
  if (n == 1 && words[0] == "ongoing") p.kind = YearPhrase::Kind::Ongoing;
  if (n == 1 && year(words[0], a)) p.kind = YearPhrase::Kind::Year, p.first = a;
  if (n == 3 && year(words[0], a) && words[1] == "-" && year(words[2], b) && a < b)
    p.kind = YearPhrase::Kind::Range, p.first = a, p.last = b;
  // Still running: "Since 2014", "From 2018 - ongoing", "2013-", "2013 onwards", "2018 on",
  // "2010-ongoing", "2019 - present", "Since 2017 - Ongoing", "Permanent since 2012".
  size_t at = 0;
  if (at < n && words[at] == "permanent") ++at;
  bool lead = at < n && (words[at] == "since" || words[at] == "from");
  if (at < n && words[at] == "ongoing" && at + 1 < n && words[at + 1] == "since") ++at, lead = true;
  if (lead) ++at;
  if (at < n && year(words[at], a)) {
    ++at;
    bool open = lead;
    if (at < n && words[at] == "-") ++at, open = true;
    if (at < n && (words[at] == "ongoing" || words[at] == "present" || words[at] == "onwards" ||
                   words[at] == "on"))
      ++at, open = true;
    if (at == n && open) p.kind = YearPhrase::Kind::Since, p.first = a;
  }
  return p;
}

// --- catalogue
// --------------------------------------------------------------------------------------

const std::vector<std::string>& practice_topics() {
  static const std::vector<std::string> topics = [] {
    std::vector<std::string> t = rumour_topics();
    for (const char* area : {"anti_rumour", "participation", "culture", "mediation", "welcome",
                             "media", "public_space"})
      t.push_back(area);
    return t;
  }();
  return topics;
}

const std::vector<std::string>& icc_topic_list() {
  static const std::vector<std::string> topics{"international_outlook",
                                               "education",
                                               "neighbourhoods",
                                               "public_services",
                                               "business_labour",
                                               "cultural_civil_life",
                                               "public_space",
                                               "mediation",
                                               "language",
                                               "media",
                                               "welcoming_newcomers",
                                               "leadership_citizenship",
                                               "anti_discrimination",
                                               "participation"};
  return topics;
}

namespace {
void index_for_search(Practice& p) {
  std::string common = p.title + " " + p.country;
  for (const auto& c : p.cities) common += " " + c;
  // The translated title is found in its own language ("escuelas" finds "Schools for …").
  for (const auto& [lang, text] : p.purpose.by_language)
    p.search_text[lang] = utf8::fold_for_search(
        common + " " + (p.title_local.has(lang) ? p.title_local.in(lang) + " " : "") + text);
  if (p.search_text.empty()) p.search_text[""] = utf8::fold_for_search(common);
}
}  // namespace

PracticeCatalogue PracticeCatalogue::from(std::vector<Practice> practices,
                                          ReviewByLanguage review) {
  static unsigned long long made = 0;
  PracticeCatalogue c;
  c.practices_ = std::move(practices);
  c.review_ = std::move(review);
  c.revision_ = ++made;
  for (auto& p : c.practices_) {
    p.years = parse_years(p.years_text);
    p.year_phrase = parse_year_phrase(p.years_text);
    index_for_search(p);
  }
  return c;
}

PracticeCatalogue PracticeCatalogue::load(std::string_view text, const std::string& file,
                                          std::vector<Problem>& problems) {
  size_t first_new = problems.size();
  JsonDocument doc = JsonDocument::parse(text, file);
  problems.insert(problems.end(), doc.problems().begin(), doc.problems().end());
  if (!doc.ok()) return {};
  ContentReader r(doc, problems);
  const auto& root = doc.root();
  if (!r.is_object(root, "$", "the practice catalogue")) return {};
  r.no_unknown_keys(root, "$", {"format", "languages", "last_reviewed", "review", "practices"});
  r.integer(root, "$", "format", true, 1, 1);
  std::vector<std::string> langs =
      r.text_list(root, "$", "languages", true, 8, CountLimits::languages);
  ReviewByLanguage review = r.review(root, "$", "review", langs);
  if (auto d = r.text(root, "$", "last_reviewed", true, 10); d && !is_iso_date(*d))
    r.problem("$.last_reviewed", "expected a date written YYYY-MM-DD, found \"" + *d + "\"");
  const auto* list = r.member(root, "$", "practices", true);
  std::vector<Practice> out;
  if (list && r.is_array(*list, "$.practices", "the list of practices") &&
      r.at_most(*list, "$.practices", CountLimits::practices, "practices")) {
    std::set<std::string> ids;
    for (size_t i = 0; i < list->size(); ++i) {
      const auto& v = (*list)[i];
      std::string at = json_path_index("$.practices", i);
      if (!r.is_object(v, at, "a practice")) continue;
      r.no_unknown_keys(v, at,
                        {"id", "title", "title_translated", "country", "cities", "years", "topics",
                         "icc_topics", "purpose", "rationale", "process", "results", "url"});
      Practice p;
      p.id = r.text(v, at, "id", true, 64).value_or("");
      if (!p.id.empty() && !is_content_id(p.id))
        r.problem(json_path_key(at, "id"), "an id may hold only lowercase letters, digits and '-'");
      if (!p.id.empty() && !ids.insert(p.id).second)
        r.problem(json_path_key(at, "id"), "the id \"" + p.id + "\" is used twice");
      p.title = r.text(v, at, "title", true, 200).value_or("");
      p.title_local = r.local_text(v, at, "title_translated", false, 200, langs);
      p.country = r.text(v, at, "country", true, 60).value_or("");
      p.cities = r.text_list(v, at, "cities", true, 60, CountLimits::cities);
      if (p.cities.empty() && v.contains("cities"))
        r.problem(json_path_key(at, "cities"), "name at least one city");
      p.years_text = r.text(v, at, "years", false, 120).value_or("");  // may be "" when unknown
      p.topics = r.text_list(v, at, "topics", true, 40, CountLimits::practice_topics);
      for (size_t t = 0; t < p.topics.size(); ++t)
        if (std::find(practice_topics().begin(), practice_topics().end(), p.topics[t]) ==
            practice_topics().end())
          r.problem(json_path_index(json_path_key(at, "topics"), t),
                    "unknown topic \"" + p.topics[t] + "\"; see the topic list in the README");
      if (p.topics.empty() && v.contains("topics"))
        r.problem(json_path_key(at, "topics"), "give the practice at least one topic");
      p.icc_topics = r.text_list(v, at, "icc_topics", false, 40, CountLimits::practice_icc_topics);
      for (size_t t = 0; t < p.icc_topics.size(); ++t)
        if (std::find(icc_topic_list().begin(), icc_topic_list().end(), p.icc_topics[t]) ==
            icc_topic_list().end())
          r.problem(json_path_index(json_path_key(at, "icc_topics"), t),
                    "unknown ICC topic \"" + p.icc_topics[t] +
                        "\"; see the list in docs/practice-format.md");
      if (p.icc_topics.empty() && v.contains("icc_topics"))
        r.problem(json_path_key(at, "icc_topics"),
                  "give at least one ICC topic, or leave the list out");
      p.purpose = r.local_text(v, at, "purpose", true, 400, langs);
      p.rationale = r.local_text(v, at, "rationale", false, 600, langs);
      p.process = r.local_text(v, at, "process", false, 800, langs);
      p.results = r.local_text(v, at, "results", false, 600, langs);
      p.url = r.url(v, at, "url", true).value_or("");
      out.push_back(std::move(p));
    }
  }
  if (has_errors({problems.begin() + static_cast<long>(first_new), problems.end()})) return {};
  return from(std::move(out), std::move(review));
}

const Practice* PracticeCatalogue::find(const std::string& id) const {
  for (const auto& p : practices_)
    if (p.id == id) return &p;
  return nullptr;
}

namespace {
// The query, folded once per search rather than once per practice.
std::vector<std::string> query_words(const std::string& query) {
  std::vector<std::string> words;
  std::string q = utf8::fold_for_search(query), word;
  for (char c : q + " ") {
    if (c == ' ' || c == '\t') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return words;
}

// Whether a practice passes the year and word filters; the three facets are tested apart.
bool matches_years_and_words(const Practice& p, const PracticeFilter& f,
                             const std::vector<std::string>& words, const std::string& lang) {
  if (f.from_year || f.to_year) {
    if (!p.years.overlaps(f.from_year.value_or(-100000), f.to_year.value_or(100000))) return false;
  }
  if (!words.empty()) {
    auto it = p.search_text.find(lang);
    if (it == p.search_text.end()) it = p.search_text.find("en");
    if (it == p.search_text.end()) it = p.search_text.begin();
    if (it == p.search_text.end()) return false;
    for (const auto& w : words)  // every word of the query must appear
      if (it->second.find(w) == std::string::npos) return false;
  }
  return true;
}
}  // namespace

PracticeBrowse PracticeCatalogue::browse(const PracticeFilter& f, const std::string& lang) const {
  PracticeBrowse out;
  std::vector<std::string> words = query_words(f.query);
  for (const auto& p : practices_) {
    if (!matches_years_and_words(p, f, words, lang)) continue;
    bool topic = f.topics.empty() ||
                 std::any_of(p.topics.begin(), p.topics.end(),
                             [&](const std::string& t) { return f.topics.count(t) != 0; });
    bool country = f.country.empty() || p.country == f.country;
    bool city =
        f.city.empty() || std::find(p.cities.begin(), p.cities.end(), f.city) != p.cities.end();
    bool icc = f.icc_topic.empty() || std::find(p.icc_topics.begin(), p.icc_topics.end(),
                                                f.icc_topic) != p.icc_topics.end();
    if (topic && country && city && icc) out.shown.push_back(&p);
    // Each facet's counts ignore that facet's own filter and apply the others.
    if (country && city && icc)
      for (const auto& t : p.topics) ++out.topic_counts[t];
    if (topic && city && icc) ++out.country_counts[p.country];
    if (topic && country && icc)
      for (const auto& c : p.cities) ++out.city_counts[c];
    if (topic && country && city)
      for (const auto& t : p.icc_topics) ++out.icc_topic_counts[t];
  }
  return out;
}

std::vector<std::string> PracticeCatalogue::countries() const {
  std::set<std::string> s;
  for (const auto& p : practices_) s.insert(p.country);
  return {s.begin(), s.end()};
}

std::vector<std::string> PracticeCatalogue::cities(const std::string& country) const {
  std::set<std::string> s;
  for (const auto& p : practices_)
    if (country.empty() || p.country == country) s.insert(p.cities.begin(), p.cities.end());
  return {s.begin(), s.end()};
}

std::pair<int, int> PracticeCatalogue::year_range(int present) const {
  int lo = 100000, hi = -100000;
  for (const auto& p : practices_) {
    if (p.years.ongoing && present > 0) hi = std::max(hi, present);
    if (p.years.start) lo = std::min(lo, *p.years.start), hi = std::max(hi, *p.years.start);
    if (p.years.end) hi = std::max(hi, *p.years.end);
  }
  if (lo > hi) return {present, present};  // no years at all: only the present
  return {lo, hi};
}

}  // namespace ar
