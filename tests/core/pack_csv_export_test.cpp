// Export of a pack as the importer's spreadsheet (issue 13): export → import → the same scenarios,
// for every shipped pack and the test fixture, and for text a spreadsheet makes awkward (quotes,
// separators, line breaks, «», accents).
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "csv_import.h"
#include "pack_csv_export.h"
#include "pack_loader.h"
#include "scenario.h"
#include "shipped_library.h"
#include "test_files.h"
#include "test_year.h"

using namespace ar;

namespace {

struct RoundTrip {
  CsvImport imported;
  std::optional<Pack> pack;  // the imported pack, loaded back
};

// Exports `pack`, imports the CSV with the pack's own information and loads the result.
RoundTrip round_trip(const Pack& pack, const std::string& csv_name = "pack.csv") {
  CsvImportOptions options;
  options.pack_id = pack.info.id;
  options.title = pack.info.title.in("en");
  options.authors = pack.info.authors;
  options.licence = pack.info.licence;
  options.last_reviewed = pack.info.last_reviewed;
  RoundTrip trip;
  trip.imported = import_scenarios_csv(pack_to_csv(pack), csv_name, test::current_year, options);
  for (const auto& p : trip.imported.problems) UNSCOPED_INFO(format_problem(p));
  if (trip.imported.pack_json.empty()) return trip;
  PackLoadResult loaded = load_pack(trip.imported.pack_json, "imported.json", test::current_year);
  for (const auto& p : loaded.problems) UNSCOPED_INFO(format_problem(p));
  trip.pack = loaded.pack;
  return trip;
}

Pack load_file(const std::string& name, const std::string& text) {
  PackLoadResult loaded = load_pack(text, name, test::current_year);
  for (const auto& p : loaded.problems) UNSCOPED_INFO(format_problem(p));
  REQUIRE(loaded.pack);
  return *loaded.pack;
}

// What the CSV cannot hold is checked apart: the rest of the pack's information must come back.
void require_same_pack(const Pack& original, const Pack& back) {
  CHECK(back.format == original.format);
  CHECK(back.info.id == original.info.id);
  CHECK(back.info.languages == original.info.languages);
  CHECK(back.info.authors == original.info.authors);
  CHECK(back.info.licence == original.info.licence);
  CHECK(back.info.last_reviewed == original.info.last_reviewed);
  REQUIRE(back.scenarios.size() == original.scenarios.size());
  for (size_t i = 0; i < original.scenarios.size(); ++i) {
    INFO("scenario " << original.scenarios[i].id);
    Scenario expected = original.scenarios[i];
    for (auto& r : expected.replies) r.shared_feedback = false;  // no column for it
    CHECK(back.scenarios[i] == expected);
  }
}

std::vector<std::string> header_of(const std::string& csv) {
  std::string error;
  int line = 0;
  auto rows = parse_csv(csv, error, line);
  REQUIRE(error.empty());
  REQUIRE(!rows.empty());
  return rows[0].cells;
}

}  // namespace

TEST_CASE("every shipped pack exported as CSV imports back to the same scenarios") {
  auto files = test::shipped_pack_files();
  REQUIRE(!files.empty());
  for (const auto& file : files) {
    INFO(file.name);
    Pack original = load_file(file.name, file.text);
    RoundTrip trip = round_trip(original);
    REQUIRE(!has_errors(trip.imported.problems));
    REQUIRE(trip.pack);
    CHECK(trip.imported.scenario_count == static_cast<int>(original.scenarios.size()));
    require_same_pack(original, *trip.pack);
  }
}

TEST_CASE("the test fixture (a format 1 pack) exported as CSV imports back as format 1") {
  std::string path = std::string(AR_FIXTURES) + "/mini-pack.json";
  Pack original = load_file(path, test::read_file(path));
  REQUIRE(original.format == 1);
  std::string csv = pack_to_csv(original);
  auto header = header_of(csv);
  for (const char* format_2 : {"techniques", "status", "facilitator_notes_en"})
    CHECK(std::find(header.begin(), header.end(), format_2) == header.end());
  RoundTrip trip = round_trip(original, "mini-pack.csv");
  REQUIRE(!has_errors(trip.imported.problems));
  REQUIRE(trip.pack);
  require_same_pack(original, *trip.pack);
}

TEST_CASE("the export's header has exactly the importer's columns, starting with the template's") {
  const Pack& pack =
      load_file("packs/spain.json", test::read_file(std::string(AR_CONTENT) + "/packs/spain.json"));
  REQUIRE(pack.format == 2);
  auto header = header_of(pack_to_csv(pack));
  auto known = known_columns(pack.info.languages);
  CHECK(std::set<std::string>(header.begin(), header.end()) ==
        std::set<std::string>(known.begin(), known.end()));
  CHECK(header.size() == known.size());
  // The template's own order, so the export reads like the sheet a facilitator started from.
  if (pack.info.languages == std::vector<std::string>{"es", "eu", "en"}) {
    auto template_header =
        header_of(test::read_file(std::string(AR_CONTENT) + "/scenario-template.csv"));
    CHECK(header == template_header);
  }
}

TEST_CASE("awkward text survives export and import: quotes, separators, line breaks, «», accents") {
  std::string path = std::string(AR_FIXTURES) + "/mini-pack.json";
  Pack pack = load_file(path, test::read_file(path));
  REQUIRE(!pack.scenarios.empty());
  Scenario& s = pack.scenarios[0];
  s.rumour.by_language["es"] = "«Nos quitan el trabajo», dice; \"todos\" lo saben, ¿no?";
  s.rumour.by_language["eu"] = "Lana kentzen digute;\nguztiek \"badakite\", ezta?";
  s.fact.text.by_language["en"] = "Line one,\r\nline two; \"quoted\"\n\nand a blank line before";
  s.explanation.by_language["es"] = "Comillas al final \"";
  s.discussion.by_language["en"] = "\"Quoted from the start\", then more";
  s.fact.source.institution = "Instituto Vasco de Estadística (Eustat), «Encuesta»; 2019";
  s.fact.source.title = "Año, niño, «ñandú» — 12 % y 3€";
  s.replies[0].feedback.by_language["eu"] = "Ondo: «galdera» bat; ez \"eraso\" bat,\nbaizik lagun";

  std::string csv = pack_to_csv(pack);
  CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);  // the BOM that tells Excel it is UTF-8
  CHECK(csv.find("\"«Nos quitan el trabajo», dice; \"\"todos\"\" lo saben, ¿no?\"") !=
        std::string::npos);

  RoundTrip trip = round_trip(pack, "awkward.csv");
  REQUIRE(!has_errors(trip.imported.problems));
  REQUIRE(trip.pack);
  // The importer keeps line breaks inside cells as the file has them: a CRLF in a text comes back
  // as CRLF.
  require_same_pack(pack, *trip.pack);
}

TEST_CASE("a reply's shared_feedback mark is not in the CSV: the importer warns instead") {
  std::string path = std::string(AR_FIXTURES) + "/mini-pack.json";
  Pack pack = load_file(path, test::read_file(path));
  REQUIRE(pack.scenarios.size() >= 1);
  auto& replies = pack.scenarios[0].replies;
  REQUIRE(replies.size() >= 2);
  replies[1].feedback = replies[0].feedback;
  replies[1].shared_feedback = true;
  RoundTrip trip = round_trip(pack, "shared.csv");
  REQUIRE(trip.pack);
  CHECK(!trip.pack->scenarios[0].replies[1].shared_feedback);
  CHECK(std::any_of(trip.imported.problems.begin(), trip.imported.problems.end(),
                    [](const Problem& p) { return p.severity == Problem::Severity::Warning; }));
  require_same_pack(pack, *trip.pack);
}
