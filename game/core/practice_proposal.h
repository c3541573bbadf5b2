#pragma once
// A good practice proposed for the catalogue, in the shape of the Intercultural Cities template
// for collecting good practices (title, city, country, years, topics, purpose, rationale, process,
// results, link). It becomes an entry for content/practices.json, checked by the catalogue's own
// loader so its problems read as `antirumour --validate` would write them.
#include <string>
#include <vector>

#include "local_text.h"
#include "problem.h"

namespace ar {

struct PracticeProposal {
  std::string title;      // as the city or programme published it
  LocalText title_local;  // the same title in each language (optional)
  std::string cities;     // one city, or several separated by ',' or ';'
  std::string country;
  std::string years;                      // "2019", "2019-2021", "Since 2014", "Ongoing"
  std::vector<std::string> topics;        // from practice_topics(): at least one
  std::vector<std::string> icc_topics;    // from icc_topic_list() (optional)
  LocalText purpose;                      // required, in every language
  LocalText rationale, process, results;  // optional; when given, in every language
  std::string url;                        // where the practice is described
  bool operator==(const PracticeProposal&) const = default;
};

// The entry's id, made from the first city and the title: "bilbao-anti-rumour-web-app".
std::string proposal_id(const PracticeProposal& p);

// The proposal's problems. Those of the catalogue's loader come with its own messages (the entry
// is written as JSON and loaded as a one-practice catalogue in `languages`), their path made the
// entry's own ("$.purpose.eu"); then the proposal's own rules: the years in a form the practice
// browser reads, none after `current_year`, and an id not already in `existing_ids`.
std::vector<Problem> check(const PracticeProposal& p, int current_year,
                           const std::vector<std::string>& existing_ids = {},
                           const std::vector<std::string>& languages = supported_languages());

// The field of the form a problem is about, as its entry's key names it ("title", "cities",
// "purpose.eu", "url"); "" when it is about the entry as a whole.
std::string proposal_field(const Problem& problem);

// The entry to paste into the "practices" list of content/practices.json (two-space indent,
// keys in the catalogue's order; texts left empty are left out).
std::string proposal_json(const PracticeProposal& p);

}  // namespace ar
