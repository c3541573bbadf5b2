// The spreadsheet importer: content/scenario-template.csv becomes a pack the game loads, whatever
// the spreadsheet program wrote (';' separators, a BOM, quoted cells with line breaks), and every
// problem names the row and the column a facilitator must fix, all in one pass.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "content_limits.h"
#include "csv_import.h"
#include "pack_loader.h"
#include "scenario.h"
#include "test_files.h"
#include "test_year.h"

using namespace ar;

namespace {

const std::string template_path = std::string(AR_CONTENT) + "/scenario-template.csv";

// A spreadsheet in memory: the header and rows, written out as CSV with a chosen separator.
struct Sheet {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  static Sheet from_template() {
    std::string error;
    int error_line = 0;
    std::vector<CsvRow> parsed = parse_csv(test::read_file(template_path), error, error_line);
    REQUIRE(error.empty());
    REQUIRE(parsed.size() == 2);
    REQUIRE(parsed[0].cells.size() == parsed[1].cells.size());
    return {parsed[0].cells, {parsed[1].cells}};
  }

  size_t index(const std::string& column) const {
    auto it = std::find(header.begin(), header.end(), column);
    REQUIRE(it != header.end());
    return static_cast<size_t>(it - header.begin());
  }
  std::string& cell(size_t row, const std::string& column) {
    return rows.at(row).at(index(column));
  }
  std::string get(size_t row, const std::string& column) const {
    return rows.at(row).at(index(column));
  }

  // A copy of row `from` with a new id, added at the end; returns its index. Its feedback texts
  // name the copy, as a pack's replies each need their own.
  size_t add_row(size_t from, const std::string& id) {
    rows.push_back(rows.at(from));
    size_t row = rows.size() - 1;
    cell(row, "id") = id;
    for (size_t i = 0; i < header.size(); ++i)
      if (row < 10 && header[i].rfind("feedback", 0) == 0 && !rows[row][i].empty())
        rows[row][i] += " " + std::to_string(row);
    return row;
  }
  void drop_column(const std::string& column) {
    size_t i = index(column);
    header.erase(header.begin() + static_cast<long>(i));
    for (auto& r : rows) r.erase(r.begin() + static_cast<long>(i));
  }

  static std::string line(const std::vector<std::string>& cells, char sep) {
    std::string out;
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i) out += sep;
      const std::string& c = cells[i];
      if (c.find_first_of(std::string("\"\r\n") + sep) != std::string::npos) {
        out += '"';
        for (char ch : c) {
          if (ch == '"') out += '"';
          out += ch;
        }
        out += '"';
      } else {
        out += c;
      }
    }
    return out + "\n";
  }
  std::string csv(char sep = ',') const {
    std::string out = line(header, sep);
    for (const auto& r : rows) out += line(r, sep);
    return out;
  }
};

// Problems reported for `text`, as "line:column path" strings, to compare whole sets at once.
std::string where(const Problem& p) {
  return std::to_string(p.line) + ":" + std::to_string(p.column) + " " + p.path;
}

// The importer as a facilitator runs it: with the day they last checked the facts.
CsvImport import_dated(std::string_view text, const std::string& file, int current_year) {
  return import_scenarios_csv(text, file, current_year, {"", "2026-01-15", "CC-BY-4.0", "", {}});
}

const Problem* find_problem(const CsvImport& r, const std::string& path) {
  for (const auto& p : r.problems)
    if (p.path == path) return &p;
  return nullptr;
}

std::string all_problems(const CsvImport& r) {
  std::string out;
  for (const auto& p : r.problems) out += format_problem(p) + "\n";
  return out;
}

// Spreadsheet letters of the template's columns (see content/scenario-template.csv).
//   A id, B topic, H rumour_en, J fact_eu, Q source_year, BF practices, BG techniques, BH status,
//   BI-BK facilitator_notes_es/eu/en (63 columns).

}  // namespace

TEST_CASE("the template's header has every column the importer reads, for es, eu and en", "[csv]") {
  Sheet sheet = Sheet::from_template();
  REQUIRE(sheet.header.size() == 63);
  std::vector<std::string> expected{"id", "topic", "difficulty", "verdict", "choices"};
  for (const char* base : {"rumour", "fact", "figure"})
    for (const char* l : {"es", "eu", "en"}) expected.push_back(std::string(base) + "_" + l);
  for (const char* k :
       {"source_institution", "source_title", "source_year", "source_area", "source_url"})
    expected.push_back(k);
  for (const char* l : {"es", "eu", "en"}) expected.push_back(std::string("explanation_") + l);
  for (int k = 1; k <= 4; ++k) {
    std::string n = std::to_string(k);
    expected.push_back("reply" + n + "_kind");
    expected.push_back("reply" + n + "_quality");
    for (const char* l : {"es", "eu", "en"}) expected.push_back("reply" + n + "_" + l);
    for (const char* l : {"es", "eu", "en"}) expected.push_back("feedback" + n + "_" + l);
  }
  for (const char* l : {"es", "eu", "en"}) expected.push_back(std::string("discussion_") + l);
  expected.push_back("practices");
  expected.push_back("techniques");
  expected.push_back("status");
  for (const char* l : {"es", "eu", "en"})
    expected.push_back(std::string("facilitator_notes_") + l);
  CHECK(sheet.header == expected);
  CHECK(sheet.index("topic") == 1);
  CHECK(sheet.index("rumour_en") == 7);
  CHECK(sheet.index("fact_eu") == 9);
  CHECK(sheet.index("source_year") == 16);
  CHECK(sheet.index("practices") == 57);
  // Plain UTF-8 with ',' separators, one example row.
  std::string text = test::read_file(template_path);
  CHECK(text.rfind("id,topic,difficulty,verdict,", 0) == 0);
}

TEST_CASE("the template imports into a pack the game loads, with the text of its cells", "[csv]") {
  std::string text = test::read_file(template_path);
  CsvImport result = import_dated(text, template_path, test::current_year);
  INFO(all_problems(result));
  REQUIRE(result.problems.empty());
  REQUIRE(result.scenario_count == 1);
  REQUIRE_FALSE(result.pack_json.empty());

  PackLoadResult loaded = load_pack(result.pack_json, "imported.json", test::current_year);
  REQUIRE(loaded.problems.empty());
  REQUIRE(loaded.pack);
  const Pack& pack = *loaded.pack;
  CHECK(pack.info.id == "scenario-template");                                // from the file name
  CHECK(pack.info.languages == std::vector<std::string>{"es", "eu", "en"});  // header order
  REQUIRE(pack.scenarios.size() == 1);
  const Scenario& s = pack.scenarios[0];

  // The real fact, exactly as the source gives it.
  CHECK(s.id == "health-template-example");
  CHECK(s.topic == "health");
  CHECK(s.verdict == Verdict::False);
  CHECK(s.rumour.by_language.at("en") == "Immigrants fill up the doctors' waiting rooms.");
  CHECK(s.fact.text.by_language.at("en") ==
        "Immigrants were 10% of Spain's population but only 5% of primary-care patients.");
  CHECK(s.fact.figure.by_language.at("en") == "5% of primary-care patients");
  CHECK(s.fact.source.institution ==
        "El País (data: semFYC, Spanish Society of Family and Community Medicine)");
  CHECK(s.fact.source.title == "Los inmigrantes van al médico la mitad que los españoles");
  CHECK(s.fact.source.year == 2007);
  CHECK(s.fact.source.area == "Spain");
  CHECK(s.fact.source.url ==
        "https://elpais.com/articulo/sociedad/inmigrantes/van/medico/mitad/espanoles/elpepusoc/"
        "20071113elpepisoc_3/Tes");
  REQUIRE(s.replies.size() == 3);
  CHECK(s.replies[0].kind == ReplyKind::EmpathicQuestion);
  CHECK(s.replies[0].quality == ReplyQuality::Good);
  CHECK(s.replies[1].kind == ReplyKind::LocalFact);
  CHECK(s.replies[1].quality == ReplyQuality::Good);
  CHECK(s.replies[2].kind == ReplyKind::Mocking);
  CHECK(s.replies[2].quality == ReplyQuality::Poor);

  // Every cell of the row, compared with where it ended up in the pack.
  Sheet sheet = Sheet::from_template();
  CHECK(to_string(s.difficulty) == sheet.get(0, "difficulty"));
  CHECK(to_string(s.verdict) == sheet.get(0, "verdict"));
  std::string choices;
  for (Verdict v : s.choices) choices += (choices.empty() ? "" : " ") + std::string(to_string(v));
  CHECK(choices == sheet.get(0, "choices"));
  CHECK(s.practices == std::vector<std::string>{sheet.get(0, "practices")});
  CHECK(s.fact.source.institution == sheet.get(0, "source_institution"));
  CHECK(s.fact.source.title == sheet.get(0, "source_title"));
  CHECK(std::to_string(s.fact.source.year) == sheet.get(0, "source_year"));
  CHECK(s.fact.source.area == sheet.get(0, "source_area"));
  CHECK(s.fact.source.url == sheet.get(0, "source_url"));
  int texts_compared = 0;
  for (const char* l : {"es", "eu", "en"}) {
    std::string lang = l;
    auto same = [&](const LocalText& t, const std::string& column) {
      INFO(column);
      REQUIRE(t.has(lang));
      CHECK(t.by_language.at(lang) == sheet.get(0, column));
      CHECK_FALSE(sheet.get(0, column).empty());
      ++texts_compared;
    };
    same(s.rumour, "rumour_" + lang);
    same(s.fact.text, "fact_" + lang);
    same(s.fact.figure, "figure_" + lang);
    same(s.explanation, "explanation_" + lang);
    for (size_t k = 0; k < 3; ++k) {
      same(s.replies[k].text, "reply" + std::to_string(k + 1) + "_" + lang);
      same(s.replies[k].feedback, "feedback" + std::to_string(k + 1) + "_" + lang);
    }
    same(s.discussion, "discussion_" + lang);
    for (const char* empty : {"reply4_", "feedback4_"}) CHECK(sheet.get(0, empty + lang).empty());
  }
  CHECK(texts_compared == 33);
  // Format 2's columns: the techniques listed with ';', the status, the facilitator's notes.
  CHECK(pack.format == 2);
  CHECK(sheet.get(0, "techniques") == "anecdote_as_proof; blaming_a_group");
  CHECK(s.techniques == std::vector{Technique::AnecdoteAsProof, Technique::BlamingAGroup});
  CHECK(to_string(s.status) == sheet.get(0, "status"));
  for (const char* l : {"es", "eu", "en"}) {
    CHECK_FALSE(sheet.get(0, std::string("facilitator_notes_") + l).empty());
    CHECK(s.facilitator_notes.in(l) == sheet.get(0, std::string("facilitator_notes_") + l));
  }
  CHECK(sheet.get(0, "reply4_kind").empty());
}

TEST_CASE("a ';' separated CSV (Spanish Excel) and a BOM give the same pack", "[csv]") {
  Sheet sheet = Sheet::from_template();
  CsvImport comma = import_dated(sheet.csv(','), "sheet.csv", test::current_year);
  REQUIRE(comma.problems.empty());
  CHECK(comma.pack_json ==
        import_dated(test::read_file(template_path), "sheet.csv", test::current_year).pack_json);

  SECTION("semicolons") {
    std::string text = sheet.csv(';');
    REQUIRE(text.find(';') != std::string::npos);
    CsvImport semi = import_dated(text, "sheet.csv", test::current_year);
    INFO(all_problems(semi));
    CHECK(semi.problems.empty());
    CHECK(semi.pack_json == comma.pack_json);
  }
  SECTION("a BOM and Windows line ends") {
    std::string text = "\xEF\xBB\xBF" + sheet.csv(',');
    std::string crlf;
    for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    for (const std::string& t : {text, crlf}) {
      CsvImport bom = import_dated(t, "sheet.csv", test::current_year);
      INFO(all_problems(bom));
      CHECK(bom.problems.empty());
      CHECK(bom.pack_json == comma.pack_json);
    }
  }
  SECTION("semicolons, a BOM and a comma inside a cell") {
    sheet.cell(0, "rumour_en") = "Immigrants, they say, fill up the doctors' waiting rooms.";
    CsvImport semi = import_dated("\xEF\xBB\xBF" + sheet.csv(';'), "sheet.csv", test::current_year);
    INFO(all_problems(semi));
    REQUIRE(semi.problems.empty());
    auto loaded = load_pack(semi.pack_json, "x.json", test::current_year);
    REQUIRE(loaded.pack);
    CHECK(loaded.pack->scenarios[0].rumour.by_language.at("en") ==
          "Immigrants, they say, fill up the doctors' waiting rooms.");
  }
}

TEST_CASE(
    "quoted cells keep commas, \"\" quotes and line breaks; later rows keep their line numbers",
    "[csv]") {
  Sheet sheet = Sheet::from_template();
  const std::string multi = "First line, with a comma.\nSecond line with \"quotes\".\nThird line.";
  sheet.cell(0, "explanation_en") = multi;
  sheet.cell(0, "rumour_es") = "Dicen: \"llenan las salas de espera\", ¿no?";
  size_t second = sheet.add_row(0, "health-second");
  sheet.cell(second, "topic") = "weather";  // an error on the row after the multi-line cell
  std::string text = sheet.csv(',');
  // The first row starts on line 2 and takes lines 2-4; the second row starts on line 5.
  REQUIRE(
      text.find("\"First line, with a comma.\nSecond line with \"\"quotes\"\".\nThird line.\"") !=
      std::string::npos);

  std::string error;
  int error_line = 0;
  std::vector<CsvRow> rows = parse_csv(text, error, error_line);
  REQUIRE(error.empty());
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].line == 1);
  CHECK(rows[1].line == 2);
  CHECK(rows[2].line == 5);
  CHECK(rows[1].cells[sheet.index("explanation_en")] == multi);
  CHECK(rows[1].cells[sheet.index("rumour_es")] == "Dicen: \"llenan las salas de espera\", ¿no?");
  CHECK(rows[1].cells.size() == 63);

  CsvImport result = import_dated(text, "sheet.csv", test::current_year);
  REQUIRE(result.problems.size() == 1);
  // The spreadsheet's row 3: a cell with line breaks is still one row.
  CHECK(rows[2].row == 3);
  CHECK(where(result.problems[0]) == "3:2 row 3, column B \"topic\"");
  CHECK(result.problems[0].message.find("weather") != std::string::npos);

  sheet.cell(second, "topic") = "health";
  result = import_dated(sheet.csv(','), "sheet.csv", test::current_year);
  INFO(all_problems(result));
  REQUIRE(result.problems.empty());
  auto loaded = load_pack(result.pack_json, "x.json", test::current_year);
  REQUIRE(loaded.pack);
  REQUIRE(loaded.pack->scenarios.size() == 2);
  CHECK(loaded.pack->scenarios[0].explanation.by_language.at("en") == multi);
  CHECK(loaded.pack->scenarios[0].rumour.by_language.at("es") ==
        "Dicen: \"llenan las salas de espera\", ¿no?");
  CHECK(loaded.pack->scenarios[1].id == "health-second");
}

TEST_CASE("each problem names the row and the spreadsheet column", "[csv]") {
  Sheet sheet = Sheet::from_template();

  SECTION("a required column missing from the header") {
    sheet.drop_column("source_url");
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 1);
    CHECK(r.problems[0].path == "header");
    CHECK(r.problems[0].message.find("\"source_url\" is missing") != std::string::npos);
    CHECK(r.pack_json.empty());
  }
  SECTION("an unknown topic") {
    sheet.cell(0, "topic") = "immigration";
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(where(r.problems[0]) == "2:2 row 2, column B \"topic\"");
    CHECK(r.problems[0].message.find("immigration") != std::string::npos);
    CHECK(r.pack_json.empty());
  }
  SECTION("a year that is not a number") {
    sheet.cell(0, "source_year") = "2007?";
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(where(r.problems[0]) == "2:17 row 2, column Q \"source_year\"");
    CHECK(r.problems[0].message.find("2007?") != std::string::npos);
  }
  SECTION("a year out of range") {
    sheet.cell(0, "source_year") = "1900";
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(where(r.problems[0]) == "2:17 row 2, column Q \"source_year\"");
  }
  SECTION("a rumour_en cell that is too long") {
    sheet.cell(0, "rumour_en") = std::string(221, 'x');
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(where(r.problems[0]) == "2:8 row 2, column H \"rumour_en\"");
    CHECK(r.problems[0].message.find("too long") != std::string::npos);
  }
  SECTION("a rumour_en cell exactly at the limit, in characters not bytes") {
    std::string at_limit;
    for (int i = 0; i < 220; ++i) at_limit += "é";
    sheet.cell(0, "rumour_en") = at_limit;
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    INFO(all_problems(r));
    CHECK(r.problems.empty());
  }
  SECTION("an empty required cell") {
    sheet.cell(0, "fact_eu") = "  ";
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(where(r.problems[0]) == "2:10 row 2, column J \"fact_eu\"");
  }
  SECTION("an empty required cell that is not a text per language") {
    sheet.cell(0, "source_area") = "";
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(where(r.problems[0]) == "2:18 row 2, column R \"source_area\"");
    CHECK(r.problems[0].message.find("this cell is empty") != std::string::npos);
  }
  SECTION("a row with more cells than the header") {
    sheet.rows[0].push_back("extra");
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(where(r.problems[0]) == "2:64 row 2, column BL \"(none)\"");
    CHECK(r.problems[0].message.find("64 cells but the header has 63") != std::string::npos);
  }
  SECTION("an unterminated quote") {
    sheet.add_row(0, "health-second");
    std::string text = sheet.csv();
    text += "health-third,\"health,easy,false\n";  // the quote opened on line 4 never closes
    CsvImport r = import_dated(text, "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 4);
    CHECK(r.problems[0].column == 1);
    CHECK(r.problems[0].message.find("never ends") != std::string::npos);
    CHECK(r.pack_json.empty());
  }
  SECTION("a bad word in a reply's cell, on the fourth reply") {
    sheet.cell(0, "reply4_kind") = "shouting";
    sheet.cell(0, "reply4_quality") = "poor";
    for (const char* l : {"es", "eu", "en"}) {
      sheet.cell(0, std::string("reply4_") + l) = "¡Fuera!";
      sheet.cell(0, std::string("feedback4_") + l) = "Mal.";
    }
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(where(r.problems[0]) == "2:47 row 2, column AU \"reply4_kind\"");
  }
  SECTION("the newer reply kinds, and a near miss of one") {
    sheet.cell(0, "reply4_kind") = "fact_dump";
    sheet.cell(0, "reply4_quality") = "poor";
    for (const char* l : {"es", "eu", "en"}) {
      sheet.cell(0, std::string("reply4_") + l) = "10 %, 5 %, 2019.";
      sheet.cell(0, std::string("feedback4_") + l) = "Demasiadas cifras.";
    }
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    CHECK(r.problems.empty());
    CHECK(r.pack_json.find("\"fact_dump\"") != std::string::npos);
    sheet.cell(0, "reply4_kind") = "labeling";
    CsvImport typo = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(typo.problems.size() == 1);
    CHECK(typo.problems[0].message.find("did you mean \"labelling\"?") != std::string::npos);
  }
}

// Problems are traced to cells through the path of what is missing, which the loader gives with
// each problem: the importer never reads the English of a message to find it.
TEST_CASE("a missing text is traced to its own column, even when the header lacks it", "[csv]") {
  SECTION("the header has no explanation_en column: one problem for the header, naming it") {
    Sheet sheet = Sheet::from_template();
    sheet.add_row(0, "health-second");
    sheet.drop_column("explanation_en");
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    INFO(all_problems(r));
    REQUIRE(r.problems.size() == 1);
    CHECK(where(r.problems[0]) == "1:1 header");
    CHECK(r.problems[0].message.rfind("the column \"explanation_en\" is missing (the en text", 0) ==
          0);
    CHECK(r.pack_json.empty());
  }
  SECTION("no discussion column at all: the header again, not the id cell") {
    Sheet sheet = Sheet::from_template();
    for (const char* l : {"es", "eu", "en"}) sheet.drop_column(std::string("discussion_") + l);
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    INFO(all_problems(r));
    REQUIRE(r.problems.size() == 1);
    CHECK(where(r.problems[0]) == "1:1 header");
    CHECK(r.problems[0].message.find("\"discussion_es\" is missing") != std::string::npos);
  }
  SECTION("an empty cell of a reply is that cell") {
    Sheet sheet = Sheet::from_template();
    sheet.cell(0, "feedback2_eu") = "";
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(where(r.problems[0]) == "2:37 row 2, column AK \"feedback2_eu\"");
    CHECK(r.problems[0].message.rfind("this cell is empty; the eu text is missing", 0) == 0);
  }
}

TEST_CASE("all problems of the sheet come out in one pass", "[csv]") {
  Sheet sheet = Sheet::from_template();
  for (int i = 2; i <= 5; ++i) sheet.add_row(0, "health-row-" + std::to_string(i));
  sheet.cell(1, "topic") = "immigration";              // line 3
  sheet.cell(2, "rumour_en") = std::string(300, 'x');  // line 4
  sheet.cell(3, "fact_eu") = "";                       // line 5
  sheet.cell(4, "verdict") = "maybe";                  // line 6
  CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
  std::vector<std::string> got;
  for (const auto& p : r.problems) got.push_back(where(p));
  std::sort(got.begin(), got.end());
  CHECK(got == std::vector<std::string>{
                   "3:2 row 3, column B \"topic\"", "4:8 row 4, column H \"rumour_en\"",
                   "5:10 row 5, column J \"fact_eu\"", "6:4 row 6, column D \"verdict\""});
  CHECK(r.pack_json.empty());
}

// When the importer itself finds a problem in a cell (a year that is not a number, a row with too
// many cells), the rows' other mistakes must still be reported in the same run.
TEST_CASE("problems in the cells themselves do not hide the rows' other problems", "[csv]") {
  Sheet sheet = Sheet::from_template();
  for (int i = 2; i <= 5; ++i) sheet.add_row(0, "health-row-" + std::to_string(i));
  sheet.cell(0, "source_year") = "two thousand";       // row 2
  sheet.cell(1, "topic") = "immigration";              // row 3
  sheet.cell(2, "rumour_en") = std::string(300, 'x');  // row 4
  sheet.cell(3, "fact_eu") = "";                       // row 5
  sheet.cell(4, "verdict") = "maybe";                  // row 6
  sheet.rows[4].push_back("extra");                    // row 6
  CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
  INFO(all_problems(r));
  CHECK(find_problem(r, "row 2, column Q \"source_year\""));
  CHECK(find_problem(r, "row 6, column BL \"(none)\""));
  CHECK(find_problem(r, "row 3, column B \"topic\""));
  CHECK(find_problem(r, "row 4, column H \"rumour_en\""));
  CHECK(find_problem(r, "row 5, column J \"fact_eu\""));
  CHECK(find_problem(r, "row 6, column D \"verdict\""));
}

TEST_CASE("a cell in almost-UTF-8 is refused, not silently replaced", "[csv]") {
  // An emoji written as two surrogates (CESU-8, "modified UTF-8"), and an overlong "/": bytes that
  // look like UTF-8 but are not, which the pack writer would otherwise turn into U+FFFD.
  for (std::string bad : {std::string("\xED\xA0\xBD\xED\xB8\x80"), std::string("\xE0\x80\xAF")}) {
    Sheet sheet = Sheet::from_template();
    sheet.cell(0, "rumour_en") += bad;
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(format_problem(r.problems[0]) ==
          "sheet.csv:2:8: row 2, column H: the file is not UTF-8 text (this is its first such "
          "cell): save the spreadsheet as \"CSV UTF-8\"");
    CHECK(r.pack_json.empty());
  }
}

TEST_CASE("a cell that is not UTF-8 names its row and column", "[csv]") {
  std::string csv =
      "id,topic,rumour_en\nx,jobs,caf\xE9\n";  // Latin-1 "café", as old Excel saves it
  CsvImport r = import_dated(csv, "latin1.csv", test::current_year);
  REQUIRE(r.problems.size() == 1);
  CHECK(
      format_problem(r.problems[0]) ==
      "latin1.csv:2:3: row 2, column C: the file is not UTF-8 text (this is its first such cell): "
      "save the spreadsheet as \"CSV UTF-8\"");
  CHECK(r.pack_json.empty());
}

TEST_CASE("a year cell of 1e400 is a located problem in the cell, never a throw", "[csv][limits]") {
  Sheet sheet = Sheet::from_template();
  sheet.cell(0, "source_year") = "1e400";
  CsvImport r;
  REQUIRE_NOTHROW(r = import_dated(sheet.csv(), "sheet.csv", test::current_year));
  REQUIRE(r.problems.size() == 1);
  CHECK(where(r.problems[0]) == "2:17 row 2, column Q \"source_year\"");
  CHECK(r.problems[0].message == "expected a year such as 2019, found \"1e400\"");
}

TEST_CASE("a spreadsheet over 1 MB is refused before it is read", "[csv][limits]") {
  Sheet sheet = Sheet::from_template();
  std::string text = sheet.csv() + std::string(CountLimits::csv_bytes, '\n');
  CsvImport r = import_dated(text, "big.csv", test::current_year);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].line == 0);
  CHECK(r.problems[0].message.rfind("the file is too large (", 0) == 0);
  CHECK(r.problems[0].message.find("the limit is 1048576 bytes") != std::string::npos);
  // A 50 MB cell: refused the same way, without building a row.
  r = import_dated(sheet.csv() + std::string(50 * 1024 * 1024, 'x'), "huge.csv",
                   test::current_year);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].message.rfind("the file is too large (", 0) == 0);
}

TEST_CASE("a spreadsheet with more rows than a pack holds is refused at the first row too many",
          "[csv][limits]") {
  Sheet sheet = Sheet::from_template();
  for (size_t i = 1; i < CountLimits::csv_rows; ++i) sheet.add_row(0, "row-" + std::to_string(i));
  CsvImport at_limit = import_dated(sheet.csv(), "sheet.csv", test::current_year);
  INFO(all_problems(at_limit));
  CHECK_FALSE(has_errors(at_limit.problems));  // the copies share feedback: warnings only
  CHECK(at_limit.scenario_count == static_cast<int>(CountLimits::csv_rows));
  sheet.add_row(0, "one-too-many");
  CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].line == 202);  // the header is line 1, rows are one line each
  CHECK(r.problems[0].message ==
        "the file has more than 200 scenario rows, more than one pack may hold: split it into "
        "several files");
}

TEST_CASE("a row with more than 200 cells is refused on its line", "[csv][limits]") {
  Sheet sheet = Sheet::from_template();
  std::string text = sheet.csv() + std::string(CountLimits::csv_columns, ',') + "x\n";
  CsvImport r = import_dated(text, "sheet.csv", test::current_year);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].line == 3);
  CHECK(r.problems[0].message == "this row has more than 200 cells");
}

TEST_CASE("a sheet without format 2's columns still makes a format 1 pack", "[csv]") {
  Sheet sheet = Sheet::from_template();
  for (const char* column : {"techniques", "status", "facilitator_notes_es", "facilitator_notes_eu",
                             "facilitator_notes_en"})
    sheet.drop_column(column);
  CsvImport result = import_dated(sheet.csv(), "sheet.csv", test::current_year);
  INFO(all_problems(result));
  REQUIRE(result.problems.empty());
  auto loaded = load_pack(result.pack_json, "x.json", test::current_year);
  REQUIRE(loaded.pack);
  CHECK(loaded.pack->format == 1);
  CHECK(loaded.pack->scenarios[0].techniques.empty());
}

TEST_CASE("a wrong or missing technique is traced to the techniques cell", "[csv]") {
  Sheet sheet = Sheet::from_template();
  size_t second = sheet.add_row(0, "health-second");
  size_t third = sheet.add_row(0, "health-third");
  sheet.cell(0, "techniques") = "zero_sum;cherry-picking";
  sheet.cell(second, "techniques") = "";
  sheet.cell(third, "status") = "Draft";
  CsvImport result = import_dated(sheet.csv(), "sheet.csv", test::current_year);
  INFO(all_problems(result));
  REQUIRE(result.problems.size() == 3);
  CHECK(where(result.problems[0]) == "2:59 row 2, column BG \"techniques\"");
  CHECK(result.problems[0].message ==
        "expected one of: anecdote_as_proof, cherry_picking, numbers_without_rate, "
        "false_consensus, zero_sum, blaming_a_group, scary_projection, old_data_as_new, found the "
        "text \"cherry-picking\" (did you mean \"cherry_picking\"?)");
  CHECK(where(result.problems[1]) == "3:59 row 3, column BG \"techniques\"");
  CHECK(result.problems[1].message == "this cell is empty; the field \"techniques\" is missing");
  CHECK(where(result.problems[2]) == "4:60 row 4, column BH \"status\"");
  CHECK(result.problems[2].message ==
        "expected one of: draft, checked, found the text \"Draft\" (only the letter case "
        "differs: write \"draft\")");

  sheet.drop_column("techniques");
  result = import_dated(sheet.csv(), "sheet.csv", test::current_year);
  REQUIRE_FALSE(result.problems.empty());
  CHECK(result.problems[0].path == "header");
  CHECK(result.problems[0].message ==
        "the column \"techniques\" is missing (the field \"techniques\" is missing)");
}

// ---------------------------------------------------------------------------------------------
// What stopped a trainer from another town (issue 13): every column is read or refused, a whole
// language or file in trouble is one line, and the pack's details are never made up.

TEST_CASE("an unknown column is an error on its own header cell, with the column it meant",
          "[csv]") {
  // rumor_es: the Spanish would have been dropped in silence. source_titel: blamed on itself, not
  // reported missing as well. comments: like nothing the importer reads, so the template is named.
  struct Renamed {
    const char* column;
    const char* header;
    const char* problem;
  };
  for (const Renamed& c :
       {Renamed{"rumour_es", "rumor_es",
                "sheet.csv:1:6: row 1, column F \"rumor_es\": the importer does not know this "
                "column (did you mean \"rumour_es\"?)"},
        Renamed{"source_title", "source_titel",
                "sheet.csv:1:16: row 1, column P \"source_titel\": the importer does not know "
                "this column (did you mean \"source_title\"?)"},
        Renamed{"choices", "comments",
                "sheet.csv:1:5: row 1, column E \"comments\": the importer does not know this "
                "column: the columns are those of content/scenario-template.csv"}}) {
    INFO(c.header);
    Sheet sheet = Sheet::from_template();
    sheet.header[sheet.index(c.column)] = c.header;
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(format_problem(r.problems[0]) == c.problem);
    CHECK(r.pack_json.empty());
  }
  SECTION("texts in a language with no rumour column: one line for the language") {
    Sheet sheet = Sheet::from_template();
    sheet.drop_column("rumour_eu");
    CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
    REQUIRE(r.problems.size() == 1);
    CHECK(where(r.problems[0]) == "1:1 header");
    CHECK(r.problems[0].message ==
          "there is no rumour_eu column, so the _eu columns would not be "
          "read: add rumour_eu or delete the _eu columns");
  }
}

TEST_CASE("a language with every cell empty is one line, not one per cell", "[csv]") {
  Sheet sheet = Sheet::from_template();
  sheet.add_row(0, "health-second");
  for (size_t row = 0; row < 2; ++row)
    for (const auto& column : sheet.header)
      if (column.size() > 3 && column.compare(column.size() - 3, 3, "_eu") == 0)
        sheet.cell(row, column) = "";
  CsvImport r = import_dated(sheet.csv(), "sheet.csv", test::current_year);
  REQUIRE(r.problems.size() == 1);
  CHECK(format_problem(r.problems[0]) ==
        "sheet.csv:1:1: header: the eu columns are all empty: fill them or delete the _eu columns");
  CHECK(r.pack_json.empty());
  // One cell filled: the language is meant, and each empty cell is its own problem.
  sheet.cell(0, "rumour_eu") = "Etorkinek medikuen itxarongelak betetzen dituzte.";
  CHECK(import_dated(sheet.csv(), "sheet.csv", test::current_year).problems.size() > 1);
}

TEST_CASE("a file saved in another encoding is one line, at its first such cell", "[csv]") {
  std::string csv = "id,topic,rumour_en\nx,jobs,caf\xE9\ny,health,ni\xF1o\n";
  CsvImport r = import_dated(csv, "latin1.csv", test::current_year);
  REQUIRE(r.problems.size() == 1);
  CHECK(where(r.problems[0]) == "2:3 row 2, column C");
}

TEST_CASE("the date the facts were last checked is the author's, never the importer's", "[csv]") {
  Sheet sheet = Sheet::from_template();
  SECTION("given: the pack carries exactly it") {
    CsvImport r = import_scenarios_csv(sheet.csv(), "sheet.csv", test::current_year,
                                       {"", "2026-11-28", "CC-BY-4.0", "", {}});
    INFO(all_problems(r));
    REQUIRE(r.problems.empty());
    auto loaded = load_pack(r.pack_json, "x.json", test::current_year);
    REQUIRE(loaded.pack);
    CHECK(loaded.pack->info.last_reviewed == "2026-11-28");
  }
  // The licence likewise: the authors' to choose.
  const std::pair<CsvImportOptions, const char*> missing[] = {
      {{"", "", "CC-BY-4.0", "", {}},
       "sheet.csv: say when the facts were last checked (YYYY-MM-DD): the importer never writes "
       "that date for you (antirumour: --last-reviewed)"},
      {{"", "2026-11-28", "", "", {}},
       "sheet.csv: say under which licence the pack is shared, such as CC-BY-4.0: the importer "
       "never picks one for you (antirumour: --licence)"}};
  for (const auto& [options, says] : missing)
    SECTION(std::string("not given: no pack, and one line saying how to give it: ") + says) {
      CsvImport r = import_scenarios_csv(sheet.csv(), "sheet.csv", test::current_year, options);
      REQUIRE(r.problems.size() == 1);
      CHECK(format_problem(r.problems[0]) == says);
      CHECK(r.pack_json.empty());
    }
  SECTION("not a date") {
    CsvImport r = import_scenarios_csv(sheet.csv(), "sheet.csv", test::current_year,
                                       {"", "28/11/2026", "CC-BY-4.0", "", {}});
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message ==
          "the date the facts were last checked is written YYYY-MM-DD, found \"28/11/2026\"");
  }
}

TEST_CASE("a spreadsheet cell is named as the spreadsheet program shows it", "[csv]") {
  CHECK(cell_name(5, 7, "rumour_en") == "row 5, column H \"rumour_en\"");
  CHECK(cell_name(2, 26, "") == "row 2, column AA");
  // Every column of the template is one the importer knows.
  Sheet sheet = Sheet::from_template();
  std::vector<std::string> known = known_columns({"es", "eu", "en"});
  for (const auto& column : sheet.header) {
    INFO(column);
    CHECK(std::find(known.begin(), known.end(), column) != known.end());
  }
  CHECK(known.size() == sheet.header.size());
}

TEST_CASE("the pack's licence, title and authors are the author's; never picked by the importer",
          "[csv]") {
  Sheet sheet = Sheet::from_template();
  SECTION("given: the pack carries exactly them") {
    CsvImportOptions o{"bilbao-north",
                       "2026-11-28",
                       "CC-BY-SA-4.0",
                       "Bilbao: the north bank",
                       {"Ana Pérez", "  Auzo Elkartea "}};
    CsvImport r = import_scenarios_csv(sheet.csv(), "sheet.csv", test::current_year, o);
    INFO(all_problems(r));
    REQUIRE(r.problems.empty());
    auto loaded = load_pack(r.pack_json, "x.json", test::current_year);
    REQUIRE(loaded.pack);
    const PackInfo& info = loaded.pack->info;
    CHECK(info.id == "bilbao-north");
    CHECK(info.licence == "CC-BY-SA-4.0");
    CHECK(info.authors == std::vector<std::string>{"Ana Pérez", "Auzo Elkartea"});
    for (const auto& [lang, title] : info.title.by_language)
      CHECK(title == "Bilbao: the north bank");
  }
  SECTION("an empty author's name is said") {
    CsvImport r = import_scenarios_csv(sheet.csv(), "sheet.csv", test::current_year,
                                       {"", "2026-11-28", "CC-BY-4.0", "", {"Ana", " "}});
    REQUIRE(r.problems.size() == 1);
    CHECK(r.pack_json.empty());
  }
  SECTION("not given: the title and authors say where the pack came from") {
    CsvImport r = import_scenarios_csv(sheet.csv(), "my-sheet.csv", test::current_year,
                                       {"", "2026-11-28", "CC-BY-4.0", "", {}});
    REQUIRE(r.problems.empty());
    auto loaded = load_pack(r.pack_json, "x.json", test::current_year);
    REQUIRE(loaded.pack);
    CHECK(loaded.pack->info.id == "my-sheet");
    CHECK(loaded.pack->info.authors == std::vector<std::string>{"Imported from my-sheet.csv"});
    CHECK(loaded.pack->info.title.in("en") == "my-sheet");
  }
}
