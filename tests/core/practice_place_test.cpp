// A practice's place line in the player's language (country names, year phrases, the Basque
// ablative ending), translated titles, and the filter on the programme's own (ICC) topics.
#include <catch2/catch.hpp>

#include "practice_place.h"
#include "test_files.h"

using namespace ar;

namespace {

UiStrings shipped_strings() {
  std::vector<Problem> problems;
  UiStrings s =
      UiStrings::load(test::read_file(AR_CONTENT "/ui-strings.json"), "ui-strings.json", problems);
  REQUIRE(problems.empty());
  return s;
}

Practice practice(std::string id, std::string country, std::string years,
                  std::vector<std::string> icc = {}, std::vector<std::string> topics = {"jobs"}) {
  Practice p;
  p.id = std::move(id);
  p.title = "Title of " + p.id;
  p.country = std::move(country);
  p.cities = {"Bilbao"};
  p.years_text = std::move(years);
  p.topics = std::move(topics);
  p.icc_topics = std::move(icc);
  p.purpose.by_language["en"] = "Purpose of " + p.id;
  p.url = "https://example.org/" + p.id;
  return p;
}

std::string phrase(const UiStrings& s, const std::string& years, const std::string& lang) {
  auto c = PracticeCatalogue::from({practice("p", "Spain", years)});
  return year_phrase(s, c.all()[0], lang);
}

}  // namespace

TEST_CASE("the Basque ablative ending follows the last spoken word of the year", "[practices]") {
  // One year for each last digit, the teens, the tens read in twenties, and round hundreds.
  const std::vector<std::pair<int, std::string>> cases{
      {2010, "2010etik"}, {2011, "2011tik"},  {2012, "2012tik"},  {2013, "2013tik"},
      {2014, "2014tik"},  {2015, "2015etik"}, {2016, "2016tik"},  {2017, "2017tik"},
      {2018, "2018tik"},  {2019, "2019tik"},  {2020, "2020tik"},  {2021, "2021etik"},
      {2022, "2022tik"},  {2025, "2025etik"}, {2030, "2030etik"}, {2031, "2031tik"},
      {2035, "2035etik"}, {2040, "2040tik"},  {2050, "2050etik"}, {2001, "2001etik"},
      {2005, "2005etik"}, {2000, "2000tik"},  {1990, "1990etik"}, {1995, "1995etik"},
      {1982, "1982tik"},  {1900, "1900etik"}, {2100, "2100etik"}};
  for (const auto& [year, form] : cases) {
    INFO(year);
    CHECK(basque_ablative(year) == form);
  }
}

TEST_CASE("year phrases show in the player's language", "[practices]") {
  UiStrings s = shipped_strings();
  SECTION("Spanish") {
    CHECK(phrase(s, "Since 2014", "es") == "Desde 2014");
    CHECK(phrase(s, "2010-ongoing", "es") == "Desde 2010");
    CHECK(phrase(s, "2013 onwards", "es") == "Desde 2013");
    CHECK(phrase(s, "Ongoing", "es") == "En curso");
    CHECK(phrase(s, "2019-2021", "es") == "2019–2021");
    CHECK(phrase(s, "2016", "es") == "2016");
  }
  SECTION("Basque") {
    CHECK(phrase(s, "Since 2014", "eu") == "2014tik");
    CHECK(phrase(s, "Since 2015", "eu") == "2015etik");
    CHECK(phrase(s, "2011-", "eu") == "2011tik");
    CHECK(phrase(s, "From 2018 - ongoing", "eu") == "2018tik");
    CHECK(phrase(s, "Ongoing", "eu") == "Martxan");
    CHECK(phrase(s, "2019 - 2023", "eu") == "2019–2023");
  }
  SECTION("English") {
    CHECK(phrase(s, "Since 2014", "en") == "Since 2014");
    CHECK(phrase(s, "2018 on", "en") == "Since 2018");
    CHECK(phrase(s, "Since 2017 - Ongoing", "en") == "Since 2017");
    CHECK(phrase(s, "On-going since 2014", "en") == "Since 2014");
    CHECK(phrase(s, "Permanent since 2012", "en") == "Since 2012");
    CHECK(phrase(s, "2019 – ongoing", "en") == "Since 2019");
    CHECK(phrase(s, "ongoing", "en") == "Ongoing");
  }
  SECTION("anything else is shown as the source wrote it, in every language") {
    for (const char* lang : {"es", "eu", "en"}) {
      CHECK(phrase(s, "From September 2014 to May 2015", lang) ==
            "From September 2014 to May 2015");
      CHECK(phrase(s, "2021 (ongoing since 2017)", lang) == "2021 (ongoing since 2017)");
      CHECK(phrase(s, "N/A", lang) == "N/A");
      CHECK(phrase(s, "2021-2019", lang) == "2021-2019");  // not a range forwards
      CHECK(phrase(s, "", lang).empty());
    }
  }
}

TEST_CASE("the place line names the country in the player's language", "[practices]") {
  UiStrings s = shipped_strings();
  auto c = PracticeCatalogue::from({practice("bilbao", "Spain", "Since 2014"),
                                    practice("leeds", "United Kingdom", ""),
                                    practice("nowhere", "Atlantis", "2016")});
  const Practice& bilbao = *c.find("bilbao");
  CHECK(place_line(s, bilbao, "es") == "España · Bilbao · Desde 2014");
  CHECK(place_line(s, bilbao, "eu") == "Espainia · Bilbao · 2014tik");
  CHECK(place_line(s, bilbao, "en") == "Spain · Bilbao · Since 2014");
  CHECK(country_key("United Kingdom") == "country.united_kingdom");
  CHECK(country_name(s, "United Kingdom", "es") == "Reino Unido");
  CHECK(country_name(s, "United Kingdom", "eu") == "Erresuma Batua");
  CHECK(place_line(s, *c.find("leeds"), "en") == "United Kingdom · Bilbao");
  // A country the table lacks keeps the catalogue's name; nothing is left blank.
  CHECK(place_line(s, *c.find("nowhere"), "eu") == "Atlantis · Bilbao · 2016");
  CHECK(s.missing_keys().empty());
}

TEST_CASE("a translated title is shown, found by search, and the original kept", "[practices]") {
  Practice p = practice("schools", "Spain", "");
  p.title = "Schools for equality and diversity";
  p.title_local.by_language = {{"es", "Escuelas por la igualdad y la diversidad"},
                               {"en", "Schools for equality and diversity"}};
  p.purpose.by_language["es"] = "Formar al profesorado.";
  auto c = PracticeCatalogue::from({p, practice("other", "Spain", "")});
  const Practice& s = *c.find("schools");
  CHECK(display_title(s, "es") == "Escuelas por la igualdad y la diversidad");
  CHECK(display_title(s, "eu") == "Schools for equality and diversity");  // none: the original
  PracticeFilter f;
  f.query = "escuelas igualdad";
  auto found = c.browse(f, "es").shown;
  REQUIRE(found.size() == 1);
  CHECK(found[0]->id == "schools");
}

TEST_CASE("the ICC topic filter and its counts", "[practices]") {
  auto c = PracticeCatalogue::from({
      practice("a", "Spain", "", {"education", "language"}, {"schools"}),
      practice("b", "Spain", "", {"education"}, {"jobs"}),
      practice("c", "Norway", "", {"media"}, {"schools"}),
      practice("d", "Norway", "", {}, {"schools"}),
  });
  PracticeFilter f;
  PracticeBrowse all = c.browse(f, "en");
  CHECK(all.shown.size() == 4);
  CHECK(all.icc_topic_counts ==
        std::map<std::string, int>{{"education", 2}, {"language", 1}, {"media", 1}});
  f.icc_topic = "education";
  PracticeBrowse edu = c.browse(f, "en");
  REQUIRE(edu.shown.size() == 2);
  CHECK(edu.shown[0]->id == "a");
  CHECK(edu.shown[1]->id == "b");
  // The other facets count within the ICC topic; the ICC counts ignore their own filter.
  CHECK(edu.country_counts == std::map<std::string, int>{{"Spain", 2}});
  CHECK(edu.topic_counts == std::map<std::string, int>{{"schools", 1}, {"jobs", 1}});
  CHECK(edu.icc_topic_counts.at("media") == 1);
  f.country = "Norway";
  CHECK(c.browse(f, "en").shown.empty());
  CHECK(c.browse(f, "en").icc_topic_counts == std::map<std::string, int>{{"media", 1}});
}

TEST_CASE("the loader reads ICC topics and translated titles, and names a wrong one",
          "[practices]") {
  auto doc = [](const std::string& extra) {
    return R"({"format": 1, "languages": ["en", "es"], "last_reviewed": "2026-12-02",
      "practices": [{"id": "a-b", "title": "T", "country": "Spain", "cities": ["Bilbao"],
      "topics": ["jobs"], "purpose": {"en": "P", "es": "P"}, "url": "https://example.org/x")" +
           extra + "}]}";
  };
  std::vector<Problem> problems;
  auto ok = PracticeCatalogue::load(
      doc(R"(, "icc_topics": ["education", "media"], "title_translated": {"en": "T", "es": "T es"})"),
      "p.json", problems);
  REQUIRE(problems.empty());
  REQUIRE(ok.all().size() == 1);
  CHECK(ok.all()[0].icc_topics == std::vector<std::string>{"education", "media"});
  CHECK(ok.all()[0].title_local.in("es") == "T es");

  problems.clear();
  auto bad =
      PracticeCatalogue::load(doc(R"(, "icc_topics": ["education", "sport"])"), "p.json", problems);
  CHECK(bad.all().empty());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "$.practices[0].icc_topics[1]");
  CHECK(problems[0].message.find("unknown ICC topic \"sport\"") != std::string::npos);

  problems.clear();
  PracticeCatalogue::load(doc(R"(, "title_translated": {"en": "T"})"), "p.json", problems);
  REQUIRE(problems.size() == 1);  // Spanish is missing
  CHECK(problems[0].path.find("title_translated") != std::string::npos);

  problems.clear();
  PracticeCatalogue::load(doc(R"(, "icc_topics": [])"), "p.json", problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "$.practices[0].icc_topics");
}
