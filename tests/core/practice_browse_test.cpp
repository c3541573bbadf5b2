// browse() is what the practice browser draws from: its list and its facet counts must agree with
// each other for every combination of filters (a count is the length of the list picking that
// value).
#include <algorithm>
#include <catch2/catch.hpp>

#include "practices.h"

using namespace ar;

namespace {
Practice practice(std::string id, std::string country, std::vector<std::string> cities,
                  std::vector<std::string> topics, std::string years, std::string purpose) {
  Practice p;
  p.id = std::move(id);
  p.title = "Practice " + p.id;
  p.country = std::move(country);
  p.cities = std::move(cities);
  p.topics = std::move(topics);
  p.years_text = std::move(years);
  p.purpose.by_language["en"] = std::move(purpose);
  p.url = "https://example.org/" + p.id;
  return p;
}
}  // namespace

TEST_CASE("each facet count is the number of practices that picking the value would show",
          "[practices]") {
  PracticeCatalogue c = PracticeCatalogue::from({
      practice("a", "Spain", {"Bilbao"}, {"anti_rumour", "jobs"}, "Since 2014", "Café talks"),
      practice("b", "Spain", {"Barcelona"}, {"anti_rumour"}, "2010-ongoing", "Agents"),
      practice("c", "Switzerland", {"Zürich"}, {"welcome"}, "2017-2021", "Letters"),
      practice("d", "Portugal", {"Amadora", "Loures"}, {"jobs", "welcome"}, "2021", "Recruitment"),
      practice("e", "Spain", {"Bilbao"}, {"schools"}, "", "Toolkit for young people"),
  });
  std::vector<PracticeFilter> filters(1);
  for (std::set<std::string> topics : {std::set<std::string>{}, {"jobs"}, {"jobs", "welcome"}})
    for (std::string country : {"", "Spain", "Portugal"})
      for (std::string city : {"", "Bilbao", "Loures"})
        for (std::string query : {"", "zurich", "cafe talks", "nothing-here"})
          for (std::optional<int> from : {std::optional<int>{}, std::optional<int>{2018}}) {
            PracticeFilter f;
            f.topics = topics;
            f.country = country;
            f.city = city;
            f.query = query;
            f.from_year = from;
            filters.push_back(f);
          }
  auto shown_with = [&](PracticeFilter g) { return c.browse(g, "en").shown.size(); };
  for (const auto& f : filters) {
    INFO("topics " << f.topics.size() << " country '" << f.country << "' city '" << f.city
                   << "' query '" << f.query << "'");
    PracticeBrowse b = c.browse(f, "en");
    for (const Practice* p : b.shown) {  // everything shown passes every filter
      CHECK((f.country.empty() || p->country == f.country));
      CHECK((f.city.empty() || std::count(p->cities.begin(), p->cities.end(), f.city) == 1));
      CHECK((f.topics.empty() || std::any_of(p->topics.begin(), p->topics.end(),
                                             [&](const auto& t) { return f.topics.count(t); })));
    }
    for (const auto& [country, n] : b.country_counts) {
      PracticeFilter g = f;
      g.country = country;
      CHECK(shown_with(g) == static_cast<size_t>(n));
    }
    for (const auto& [city, n] : b.city_counts) {
      PracticeFilter g = f;
      g.city = city;
      CHECK(shown_with(g) == static_cast<size_t>(n));
    }
    for (const auto& [topic, n] : b.topic_counts) {
      PracticeFilter g = f;
      g.topics = {topic};
      CHECK(shown_with(g) == static_cast<size_t>(n));
    }
    // A value missing from the counts would show nothing.
    PracticeFilter g = f;
    g.country = "Atlantis";
    CHECK(shown_with(g) == 0);
    CHECK(b.country_counts.count("Atlantis") == 0);
  }
  PracticeFilter zurich;
  zurich.query = "ZURICH";
  REQUIRE(c.browse(zurich, "en").shown.size() == 1);
  CHECK(c.browse(zurich, "en").shown[0]->id == "c");
}
