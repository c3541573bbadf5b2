// The good-practice catalogue: years as the ICC pages write them, the browser's filters and facet
// counts, and the shipped catalogue. The search folding itself is tested in utf8_test.cpp.
#include <algorithm>
#include <catch2/catch.hpp>

#include "practices.h"
#include "scenario.h"
#include "test_files.h"
#include "test_year.h"

using namespace ar;

namespace {

Practice practice(std::string id, std::string title, std::string country,
                  std::vector<std::string> cities, std::string years,
                  std::vector<std::string> topics, std::string purpose_en, std::string purpose_es) {
  Practice p;
  p.id = std::move(id);
  p.title = std::move(title);
  p.country = std::move(country);
  p.cities = std::move(cities);
  p.years_text = std::move(years);
  p.topics = std::move(topics);
  p.purpose.by_language["en"] = std::move(purpose_en);
  if (!purpose_es.empty()) p.purpose.by_language["es"] = std::move(purpose_es);
  p.url = "https://example.org/" + p.id;
  return p;
}

// Six practices with every facet value known:
//   id             country      cities              years          topics
//   zurich-cafe    Switzerland  Zürich              Since 2014     anti_rumour, jobs
//   bilbao-game    Spain        Bilbao              2010-ongoing   anti_rumour, media
//   barcelona-net  Spain        Barcelona, Sabadell 2019-2021      housing, mediation
//   lodz-schools   Poland       Łódź                2020           schools
//   lisbon-health  Portugal     Lisboa              (unknown)      health, welcome
//   getxo-jobs     Spain        Getxo               Ongoing        jobs, participation
PracticeCatalogue sample() {
  return PracticeCatalogue::from({
      practice("zurich-cafe", "Rumour café", "Switzerland", {"Zürich"}, "Since 2014",
               {"anti_rumour", "jobs"}, "Neighbours talk about rumours over coffee.",
               "Vecinos hablan de rumores tomando un café."),
      practice("bilbao-game", "Anti-Rumour Web App", "Spain", {"Bilbao"}, "2010-ongoing",
               {"anti_rumour", "media"}, "A game that helps people notice rumours.",
               "Un juego que ayuda a la gente a darse cuenta de los rumores."),
      practice("barcelona-net", "Anti-rumour network", "Spain", {"Barcelona", "Sabadell"},
               "2019-2021", {"housing", "mediation"},
               "Agents trained to answer rumours on housing.",
               "Agentes formados para responder a los rumores sobre la vivienda."),
      practice("lodz-schools", "Schools without prejudice", "Poland", {"Łódź"}, "2020", {"schools"},
               "Workshops in schools against prejudice.", ""),
      practice("lisbon-health", "Health mediators", "Portugal", {"Lisboa"}, "",
               {"health", "welcome"}, "Mediators help newcomers use the health centres.",
               "Mediadores ayudan a los recién llegados en los centros de salud."),
      practice("getxo-jobs", "Jobs fair", "Spain", {"Getxo"}, "Ongoing", {"jobs", "participation"},
               "A fair where local firms meet newcomers looking for work.",
               "Una feria donde empresas locales conocen a recién llegados que buscan trabajo."),
  });
}

std::vector<std::string> ids(const std::vector<const Practice*>& ps) {
  std::vector<std::string> out;
  for (const auto* p : ps) out.push_back(p->id);
  return out;
}

using Ids = std::vector<std::string>;
using Counts = std::map<std::string, int>;

}  // namespace

TEST_CASE("years are read the way the ICC pages write them", "[practices]") {
  struct Case {
    std::string text;
    std::optional<int> start, end;
    bool ongoing, known;
  };
  const std::vector<Case> cases{
      {"Since 2014", 2014, std::nullopt, true, true},
      {"2010-ongoing", 2010, std::nullopt, true, true},
      {"2019-2021", 2019, 2021, false, true},
      {"2019\xE2\x80\x93"
       "2021",
       2019, 2021, false, true},  // en dash
      {"2018 onwards", 2018, std::nullopt, true, true},
      {"Ongoing", std::nullopt, std::nullopt, true, true},
      {"ongoing", std::nullopt, std::nullopt, true, true},
      {"2011-", 2011, std::nullopt, true, true},
      {"2011 - ", 2011, std::nullopt, true, true},
      {"2020", 2020, 2020, false, true},
      {"From September 2014 to May 2015", 2014, 2015, false, true},
      {"2021 (since 2017)", 2017, std::nullopt, true, true},
      {"From September 2014 to May 2015 (still ongoing as part of the municipal strategy)", 2014,
       std::nullopt, true, true},
      {"", std::nullopt, std::nullopt, false, false},
  };
  for (const auto& c : cases) {
    INFO("\"" << c.text << "\"");
    YearSpan y = parse_years(c.text);
    CHECK(y.start == c.start);
    CHECK(y.end == c.end);
    CHECK(y.ongoing == c.ongoing);
    CHECK(y.known() == c.known);
  }
}

TEST_CASE("\"2018 on\" is still running; \"Unknown\" is not \"now\"", "[practices]") {
  // "2018 on" is in the shipped catalogue (as is "2016 onwards"): it means still running.
  YearSpan on = parse_years("2018 on");
  CHECK(on.start == 2018);
  CHECK(on.ongoing);
  CHECK_FALSE(on.end.has_value());
  CHECK(on.overlaps(2022, 2024));
  // "Unknown" holds "now", which must not make the practice ongoing (and so match every year).
  YearSpan unknown = parse_years("Unknown");
  CHECK_FALSE(unknown.ongoing);
  CHECK_FALSE(unknown.known());
  CHECK_FALSE(unknown.overlaps(2020, 2020));
}

TEST_CASE("\"2018 on\" with a space after it is still running", "[practices]") {
  // Bug: the "on" check looks at the very end of the text, before trimming spaces.
  YearSpan on = parse_years("2018 on ");
  CHECK(on.ongoing);
  CHECK_FALSE(on.end.has_value());
}

TEST_CASE("a year span overlaps a range of years", "[practices]") {
  YearSpan closed = parse_years("2019-2021");
  CHECK(closed.overlaps(2021, 2025));
  CHECK(closed.overlaps(2010, 2019));
  CHECK(closed.overlaps(2020, 2020));
  CHECK(closed.overlaps(2000, 2030));
  CHECK_FALSE(closed.overlaps(2022, 2025));
  CHECK_FALSE(closed.overlaps(2010, 2018));

  YearSpan since = parse_years("Since 2014");
  CHECK(since.overlaps(2030, 2030));
  CHECK(since.overlaps(2014, 2014));
  CHECK(since.overlaps(2000, 2014));
  CHECK_FALSE(since.overlaps(2000, 2013));

  YearSpan single = parse_years("2020");
  CHECK(single.overlaps(2020, 2020));
  CHECK(single.overlaps(2019, 2021));
  CHECK_FALSE(single.overlaps(2021, 2022));
  CHECK_FALSE(single.overlaps(2018, 2019));

  YearSpan ongoing = parse_years("Ongoing");  // running, since when is not said
  CHECK(ongoing.overlaps(1990, 1990));
  CHECK(ongoing.overlaps(2025, 2026));

  YearSpan unknown = parse_years("");
  CHECK_FALSE(unknown.overlaps(1900, 2100));
}

TEST_CASE("the practice browser filters by each facet and by several together", "[practices]") {
  PracticeCatalogue c = sample();
  auto filter = [&](PracticeFilter f, const std::string& lang = "en") {
    return ids(c.browse(f, lang).shown);
  };
  PracticeFilter f;
  SECTION("no filter: everything, in catalogue order") {
    CHECK(filter(f) == Ids{"zurich-cafe", "bilbao-game", "barcelona-net", "lodz-schools",
                           "lisbon-health", "getxo-jobs"});
  }
  SECTION("one topic") {
    f.topics = {"jobs"};
    CHECK(filter(f) == Ids{"zurich-cafe", "getxo-jobs"});
  }
  SECTION("several topics: any of them") {
    f.topics = {"jobs", "schools"};
    CHECK(filter(f) == Ids{"zurich-cafe", "lodz-schools", "getxo-jobs"});
  }
  SECTION("a topic no practice has") {
    f.topics = {"religion"};
    CHECK(filter(f).empty());
  }
  SECTION("country") {
    f.country = "Spain";
    CHECK(filter(f) == Ids{"bilbao-game", "barcelona-net", "getxo-jobs"});
  }
  SECTION("topic and country") {
    f.topics = {"anti_rumour"};
    f.country = "Spain";
    CHECK(filter(f) == Ids{"bilbao-game"});
    f.topics = {"anti_rumour", "jobs"};
    CHECK(filter(f) == Ids{"bilbao-game", "getxo-jobs"});
  }
  SECTION("country and city") {
    f.country = "Spain";
    f.city = "Sabadell";
    CHECK(filter(f) == Ids{"barcelona-net"});
    f.city = "Zürich";  // not in Spain
    CHECK(filter(f).empty());
  }
  SECTION("city alone") {
    f.city = "Łódź";
    CHECK(filter(f) == Ids{"lodz-schools"});
  }
  SECTION("year range") {
    f.from_year = 2022;
    f.to_year = 2023;
    CHECK(filter(f) == Ids{"zurich-cafe", "bilbao-game", "getxo-jobs"});
    f.from_year = 2020;
    f.to_year = 2020;
    CHECK(filter(f) ==
          Ids{"zurich-cafe", "bilbao-game", "barcelona-net", "lodz-schools", "getxo-jobs"});
    f.from_year = 2011;
    f.to_year = 2012;
    CHECK(filter(f) == Ids{"bilbao-game", "getxo-jobs"});
  }
  SECTION("only a first or only a last year") {
    f.from_year = 2021;
    CHECK(filter(f) == Ids{"zurich-cafe", "bilbao-game", "barcelona-net", "getxo-jobs"});
    f.from_year.reset();
    f.to_year = 2012;
    CHECK(filter(f) == Ids{"bilbao-game", "getxo-jobs"});
  }
  SECTION("query: one word, in any field") {
    f.query = "coffee";
    CHECK(filter(f) == Ids{"zurich-cafe"});
    f.query = "Sabadell";  // a second city
    CHECK(filter(f) == Ids{"barcelona-net"});
    f.query = "poland";  // the country, in another case
    CHECK(filter(f) == Ids{"lodz-schools"});
  }
  SECTION("query: every word is required") {
    f.query = "rumours housing";
    CHECK(filter(f) == Ids{"barcelona-net"});
    f.query = "game bilbao";
    CHECK(filter(f) == Ids{"bilbao-game"});
    f.query = "game  zurich";  // each word is somewhere, never both in one practice
    CHECK(filter(f).empty());
  }
  SECTION("query: accents and case are ignored both ways") {
    f.query = "zurich";
    CHECK(filter(f) == Ids{"zurich-cafe"});
    f.query = "ZÜRICH";
    CHECK(filter(f) == Ids{"zurich-cafe"});
    f.query = "lodz";
    CHECK(filter(f) == Ids{"lodz-schools"});
    f.query = "cafe";
    CHECK(filter(f) == Ids{"zurich-cafe"});
  }
  SECTION("query: in the player's language, English when the practice lacks it") {
    f.query = "vivienda";
    CHECK(filter(f, "es") == Ids{"barcelona-net"});
    CHECK(filter(f, "en").empty());
    f.query = "recien llegados";  // "recién" in the text
    CHECK(filter(f, "es") == Ids{"lisbon-health", "getxo-jobs"});
    f.query = "workshops";  // lodz-schools has no Spanish purpose
    CHECK(filter(f, "es") == Ids{"lodz-schools"});
  }
  SECTION("query matching nothing") {
    f.query = "submarine";
    CHECK(filter(f).empty());
  }
  SECTION("everything together") {
    f.topics = {"jobs", "media"};
    f.country = "Spain";
    f.from_year = 2015;
    f.to_year = 2016;
    f.query = "fair";
    CHECK(filter(f) == Ids{"getxo-jobs"});
    f.city = "Bilbao";
    CHECK(filter(f).empty());
  }
}

TEST_CASE("facet counts ignore their own facet's filter and apply the others", "[practices]") {
  PracticeCatalogue c = sample();
  PracticeFilter f;
  SECTION("no filter") {
    CHECK(c.browse(f, "en").country_counts ==
          Counts{{"Poland", 1}, {"Portugal", 1}, {"Spain", 3}, {"Switzerland", 1}});
    CHECK(c.browse(f, "en").topic_counts == Counts{{"anti_rumour", 2},
                                                   {"health", 1},
                                                   {"housing", 1},
                                                   {"jobs", 2},
                                                   {"media", 1},
                                                   {"mediation", 1},
                                                   {"participation", 1},
                                                   {"schools", 1},
                                                   {"welcome", 1}});
    CHECK(c.browse(f, "en").city_counts.size() == 7);
  }
  SECTION("topic and country set") {
    f.topics = {"jobs"};
    f.country = "Spain";
    // Topic counts: country applies, topic does not.
    CHECK(c.browse(f, "en").topic_counts == Counts{{"anti_rumour", 1},
                                                   {"housing", 1},
                                                   {"jobs", 1},
                                                   {"media", 1},
                                                   {"mediation", 1},
                                                   {"participation", 1}});
    // Country counts: topic applies, country does not.
    CHECK(c.browse(f, "en").country_counts == Counts{{"Spain", 1}, {"Switzerland", 1}});
    // City counts: both apply.
    CHECK(c.browse(f, "en").city_counts == Counts{{"Getxo", 1}});
  }
  SECTION("city set") {
    f.country = "Spain";
    f.city = "Bilbao";
    CHECK(c.browse(f, "en").city_counts ==
          Counts{{"Barcelona", 1}, {"Bilbao", 1}, {"Getxo", 1}, {"Sabadell", 1}});
    CHECK(c.browse(f, "en").country_counts == Counts{{"Spain", 1}});
    CHECK(c.browse(f, "en").topic_counts == Counts{{"anti_rumour", 1}, {"media", 1}});
  }
  SECTION("years and query always apply") {
    f.from_year = 2019;
    f.to_year = 2019;
    f.query = "rumours";
    // 2019: zurich-cafe, bilbao-game, barcelona-net, getxo-jobs; "rumours": the first three.
    CHECK(c.browse(f, "en").country_counts == Counts{{"Spain", 2}, {"Switzerland", 1}});
    CHECK(c.browse(f, "en").topic_counts ==
          Counts{{"anti_rumour", 2}, {"housing", 1}, {"jobs", 1}, {"media", 1}, {"mediation", 1}});
  }
  SECTION("counts agree with filter") {
    f.topics = {"anti_rumour", "health"};
    for (const auto& [country, n] : c.browse(f, "en").country_counts) {
      PracticeFilter g = f;
      g.country = country;
      CHECK(static_cast<int>(c.browse(g, "en").shown.size()) == n);
    }
  }
}

TEST_CASE("countries, cities, year range and find", "[practices]") {
  PracticeCatalogue c = sample();
  CHECK(c.countries() == Ids{"Poland", "Portugal", "Spain", "Switzerland"});
  CHECK(c.cities("Spain") == Ids{"Barcelona", "Bilbao", "Getxo", "Sabadell"});
  CHECK(c.cities("Poland") == Ids{"Łódź"});
  CHECK(c.cities("Atlantis").empty());
  CHECK(c.cities().size() == 7);
  CHECK(c.cities() == c.cities(""));
  CHECK(c.year_range() == std::pair<int, int>{2010, 2021});
  CHECK(c.year_range(2026) == std::pair<int, int>{2010, 2026});  // "Since 2014" runs until now

  const Practice* p = c.find("barcelona-net");
  REQUIRE(p != nullptr);
  CHECK(p->title == "Anti-rumour network");
  CHECK(p->years.start == 2019);
  CHECK(p->years.end == 2021);
  CHECK(c.find("no-such-practice") == nullptr);
  CHECK(c.find("") == nullptr);

  PracticeCatalogue empty = PracticeCatalogue::from({});
  CHECK(empty.all().empty());
  CHECK(empty.countries().empty());
  CHECK(empty.browse({}, "en").shown.empty());
  auto [lo, hi] = empty.year_range();
  CHECK(lo <= hi);
  CHECK(empty.year_range(test::current_year) ==
        std::pair<int, int>{test::current_year, test::current_year});
}

TEST_CASE("the shipped practice catalogue loads and covers every rumour topic", "[practices]") {
  std::string text = test::read_file(AR_CONTENT "/practices.json");
  REQUIRE_FALSE(text.empty());
  std::vector<Problem> problems;
  PracticeCatalogue c = PracticeCatalogue::load(text, "practices.json", problems);
  for (const auto& p : problems) FAIL_CHECK(format_problem(p));
  CHECK(c.all().size() >= 30);
  CHECK(c.find("bilbao-anti-rumour-web-app") != nullptr);
  for (const auto& topic : rumour_topics()) {
    INFO("topic " << topic);
    PracticeFilter f;
    f.topics = {topic};
    CHECK_FALSE(c.browse(f, "es").shown.empty());
  }
  for (const auto& p : c.all()) {
    INFO("practice " << p.id);
    CHECK((p.url.rfind("https://", 0) == 0 || p.url.rfind("http://", 0) == 0));
    // The page itself, not the site's language switch that redirects to it.
    CHECK(p.url.find("/c/portal/update_language") == std::string::npos);
    CHECK_FALSE(p.title.empty());
    CHECK_FALSE(p.cities.empty());
    CHECK_FALSE(p.topics.empty());
  }
  auto [lo, hi] = c.year_range();
  CHECK(lo <= hi);
  // Machine drafts until a native speaker reads them: never marked reviewed by us.
  for (const char* lang : {"es", "eu", "en"}) {
    INFO(lang);
    REQUIRE(c.review().count(lang) == 1);
    CHECK_FALSE(is_reviewed(c.review(), lang));
  }
}

TEST_CASE("the catalogue keeps who has read each language", "[practices]") {
  std::string text = test::read_file(AR_CONTENT "/practices.json");
  const std::string draft_es = "\"es\": \"draft\"";
  size_t at = text.find(draft_es);
  REQUIRE(at != std::string::npos);
  text.replace(at, draft_es.size(), "\"es\": \"reviewed\"");
  std::vector<Problem> problems;
  PracticeCatalogue c = PracticeCatalogue::load(text, "practices.json", problems);
  REQUIRE(problems.empty());
  CHECK(is_reviewed(c.review(), "es"));
  CHECK_FALSE(is_reviewed(c.review(), "eu"));
  CHECK_FALSE(is_reviewed(c.review(), "fr"));  // not in the file: a draft
  CHECK(PracticeCatalogue::from({}).review().empty());
}
