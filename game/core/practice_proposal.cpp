#include "practice_proposal.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "content_reader.h"
#include "practices.h"
#include "trim.h"
#include "utf8.h"

namespace ar {

namespace {

using ordered_json = nlohmann::ordered_json;

std::vector<std::string> city_list(const std::string& cities) {
  std::vector<std::string> out;
  std::string city;
  for (char c : cities + ",") {
    if (c == ',' || c == ';') {
      if (!trim(city).empty()) out.push_back(trim(city));
      city.clear();
    } else {
      city += c;
    }
  }
  return out;
}

// A text per language, with the languages left blank left out (the loader then names them).
void put_texts(ordered_json& entry, const char* key, const LocalText& text) {
  ordered_json texts = ordered_json::object();
  for (const auto& [lang, value] : text.by_language)
    if (!trim(value).empty()) texts[lang] = value;
  if (!texts.empty()) entry[key] = texts;
}

void put_text(ordered_json& entry, const char* key, const std::string& text) {
  if (!trim(text).empty()) entry[key] = trim(text);
}

void put_list(ordered_json& entry, const char* key, const std::vector<std::string>& list) {
  if (!list.empty()) entry[key] = list;
}

ordered_json entry_of(const PracticeProposal& p) {
  ordered_json e = ordered_json::object();
  e["id"] = proposal_id(p);
  put_text(e, "title", p.title);
  put_texts(e, "title_translated", p.title_local);
  put_text(e, "country", p.country);
  put_list(e, "cities", city_list(p.cities));
  put_text(e, "years", p.years);
  put_list(e, "topics", p.topics);
  put_list(e, "icc_topics", p.icc_topics);
  put_texts(e, "purpose", p.purpose);
  put_texts(e, "rationale", p.rationale);
  put_texts(e, "process", p.process);
  put_texts(e, "results", p.results);
  put_text(e, "url", p.url);
  return e;
}

// "$.practices[0].purpose.eu" -> "$.purpose.eu": the entry's own path.
std::string entry_path(const std::string& path) {
  const std::string prefix = "$.practices[0]";
  if (path.rfind(prefix, 0) != 0) return path;
  return path.substr(prefix.size()).insert(0, 1, '$');
}

}  // namespace

std::string proposal_id(const PracticeProposal& p) {
  std::vector<std::string> cities = city_list(p.cities);
  std::string words = utf8::fold_for_search((cities.empty() ? "" : cities[0] + " ") + p.title);
  std::string id;
  for (char c : words) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (plain)
      id += c;
    else if (!id.empty() && id.back() != '-')
      id += '-';
  }
  if (id.size() > 64) {  // cut at a word's end
    size_t cut = id.find_last_of('-', 64);
    id.resize(cut == std::string::npos || cut < 2 ? 64 : cut);
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.size() < 2 ? "new-practice" : id;
}

std::string proposal_json(const PracticeProposal& p) {
  return entry_of(p).dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

std::vector<Problem> check(const PracticeProposal& p, int current_year,
                           const std::vector<std::string>& existing_ids,
                           const std::vector<std::string>& languages) {
  // The entry in a catalogue of its own, loaded as practices.json is.
  ordered_json review = ordered_json::object();
  for (const auto& l : languages) review[l] = "draft";
  ordered_json catalogue = {{"format", 1},
                            {"languages", languages},
                            {"last_reviewed", "2000-01-01"},
                            {"review", review},
                            {"practices", ordered_json::array({entry_of(p)})}};
  std::vector<Problem> problems;
  PracticeCatalogue::load(catalogue.dump(2, ' ', false, ordered_json::error_handler_t::replace),
                          "practices.json", problems);
  for (auto& problem : problems) {
    problem.path = entry_path(problem.path);
    if (!problem.missing_path.empty()) problem.missing_path = entry_path(problem.missing_path);
    problem.line = problem.column = 0;  // lines of the made-up catalogue would mislead
  }
  auto add = [&](const std::string& path, const std::string& message) {
    problems.push_back({"practices.json", 0, 0, path, message});
  };
  const std::string years = trim(p.years);
  const YearPhrase phrase = parse_year_phrase(years);
  if (years.empty()) {
    add("$.years",
        "write the years, such as \"2019\", \"2019-2021\", \"Since 2014\" or \"Ongoing\"");
  } else if (phrase.kind == YearPhrase::Kind::AsWritten || phrase.kind == YearPhrase::Kind::None) {
    add("$.years",
        "write the years as \"2019\", \"2019-2021\", \"Since 2014\" or \"Ongoing\", found \"" +
            years + "\"");
  } else if (std::max(phrase.first, phrase.last) > current_year) {
    add("$.years", "the year " + std::to_string(std::max(phrase.first, phrase.last)) +
                       " has not come yet (this is " + std::to_string(current_year) + ")");
  }
  const std::string id = proposal_id(p);
  if (std::find(existing_ids.begin(), existing_ids.end(), id) != existing_ids.end())
    add("$.id", "the catalogue already has a practice with the id \"" + id +
                    "\" (the same city and title): is it this one?");
  return problems;
}

std::string proposal_field(const Problem& problem) {
  std::string path = problem.missing_path.empty() ? problem.path : problem.missing_path;
  if (path.rfind("$.", 0) != 0) return "";
  path = path.substr(2);
  if (size_t index = path.find('['); index != std::string::npos) path.resize(index);
  if (path == "id") return "title";  // the id is made from the title
  return path;
}

}  // namespace ar
