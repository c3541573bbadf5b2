#pragma once
// The catalogue of Intercultural Cities good practices: what cities actually did about rumours.
// Loaded from content/practices.json, checked like a scenario pack, filtered by the practice
// browser.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "local_text.h"
#include "problem.h"

namespace ar {

// Years as the ICC pages write them ("Since 2014", "2010-ongoing", "2019-2021", "Ongoing"),
// made comparable.
struct YearSpan {
  std::optional<int> start;
  std::optional<int> end;  // empty with ongoing = still running; both empty and !ongoing = unknown
  bool ongoing = false;
  bool known() const { return start.has_value() || ongoing; }
  // Whether the practice was running at some time in [from, to].
  bool overlaps(int from, int to) const;
};
YearSpan parse_years(const std::string& text);

// The programme's own year phrases, read once at load so the list can show them in the player's
// language without parsing text every frame. Anything else is shown as the source wrote it.
struct YearPhrase {
  enum class Kind { None, Year, Range, Since, Ongoing, AsWritten };
  Kind kind = Kind::None;
  int first = 0, last = 0;
};
YearPhrase parse_year_phrase(const std::string& text);

struct Practice {
  std::string id;
  std::string title;      // as the programme published it
  LocalText title_local;  // the same title in each language (optional)
  std::string country;
  std::vector<std::string> cities;
  std::string years_text;
  YearSpan years;
  YearPhrase year_phrase;
  std::vector<std::string> topics;
  std::vector<std::string> icc_topics;  // from icc_topic_list()
  LocalText purpose, rationale, process, results;
  std::string url;
  std::map<std::string, std::string> search_text;  // language -> folded text to search in
};

// The practice areas besides the rumour topics.
const std::vector<std::string>& practice_topics();  // rumour topics first, then the areas
// The Intercultural Cities programme's own topic list, a closed list apart from the game's topics.
const std::vector<std::string>& icc_topic_list();

struct PracticeFilter {
  std::set<std::string> topics;  // any of these (empty: all)
  std::string country;           // empty: all
  std::string city;              // empty: all
  std::string icc_topic;         // one of icc_topic_list(); empty: all
  std::optional<int> from_year, to_year;
  std::string query;  // words; case and accents are ignored
  bool operator==(const PracticeFilter&) const = default;
};

// What the practice browser shows for a filter: the practices, and for each facet (topic,
// country, city, ICC topic) how many practices each value would show given the other filters as
// they are. Computed in one pass.
struct PracticeBrowse {
  std::vector<const Practice*> shown;
  std::map<std::string, int> topic_counts, country_counts, city_counts, icc_topic_counts;
};

class PracticeCatalogue {
 public:
  static PracticeCatalogue load(std::string_view text, const std::string& file,
                                std::vector<Problem>& problems);
  // For tests and benchmarks; `review` as the catalogue's file would give it.
  static PracticeCatalogue from(std::vector<Practice> practices, ReviewByLanguage review = {});

  const std::vector<Practice>& all() const { return practices_; }
  // Who has read the catalogue's texts in each language: until a native speaker has, the
  // practice card says its translation is a draft.
  const ReviewByLanguage& review() const { return review_; }
  const Practice* find(const std::string& id) const;
  // The one query the practice browser makes: each practice is tested once per filter change.
  PracticeBrowse browse(const PracticeFilter& f, const std::string& lang) const;
  std::vector<std::string> countries() const;
  std::vector<std::string> cities(const std::string& country = "") const;
  // Earliest start and latest year mentioned; with `present`, practices still running reach it.
  // A catalogue with no years gives {present, present}.
  std::pair<int, int> year_range(int present = 0) const;
  // Different for every catalogue made (copies share it): a screen that keeps what it drew from
  // a catalogue knows when it holds another one.
  unsigned long long revision() const { return revision_; }

 private:
  std::vector<Practice> practices_;
  ReviewByLanguage review_;
  unsigned long long revision_ = 0;
};

}  // namespace ar
