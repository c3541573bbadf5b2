// browse() is what the practice browser draws from: it must agree with filter() and counts().
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

TEST_CASE("browse gives the same list and counts as filter and counts, for every combination",
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
  for (const auto& f : filters) {
    INFO("topics " << f.topics.size() << " country '" << f.country << "' city '" << f.city
                   << "' query '" << f.query << "'");
    PracticeBrowse b = c.browse(f, "en");
    CHECK(b.shown == c.filter(f, "en"));
    CHECK(b.topic_counts == c.counts(f, Facet::Topic, "en"));
    CHECK(b.country_counts == c.counts(f, Facet::Country, "en"));
    CHECK(b.city_counts == c.counts(f, Facet::City, "en"));
  }
  PracticeFilter zurich;
  zurich.query = "ZURICH";
  REQUIRE(c.browse(zurich, "en").shown.size() == 1);
  CHECK(c.browse(zurich, "en").shown[0]->id == "c");
}
