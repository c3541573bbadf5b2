#pragma once
// Turns a spreadsheet (one row per scenario, saved as CSV) into a scenario pack. The columns are
// documented in the README and in content/scenario-template.csv. Every problem names the row and
// the column, so a facilitator can find the cell in their spreadsheet program.
#include <string>
#include <string_view>
#include <vector>

#include "problem.h"

namespace ar {

struct CsvImport {
  std::string pack_json;  // the pack, ready to save; empty when there are errors
  int scenario_count = 0;
  std::vector<Problem> problems;
};

struct CsvImportOptions {
  std::string pack_id;  // default: from the file name
  // YYYY-MM-DD, the day the author last checked the facts. Required: the importer never writes a
  // date itself, since a date here claims a check somebody did.
  std::string last_reviewed;
  // Required, like the date: the licence the author shares the pack under (such as CC-BY-4.0) is
  // theirs to say; the importer never picks one.
  std::string licence;
  std::string title;                 // the same in every language; default: the file's name
  std::vector<std::string> authors;  // default: "Imported from <file>.csv"
};

// `current_year` (from the platform's clock) is the latest year a source may have.
CsvImport import_scenarios_csv(std::string_view text, const std::string& file, int current_year,
                               CsvImportOptions options = {});

// RFC 4180 with what spreadsheet programs really write: a BOM, ';' as separator (Spanish locales),
// quoted cells with line breaks. Each row remembers the line it starts on and its number in the
// spreadsheet (blank rows count; a cell with line breaks is still one row).
struct CsvRow {
  int line = 0;
  std::vector<std::string> cells;
  int row = 0;
};
std::vector<CsvRow> parse_csv(std::string_view text, std::string& error, int& error_line);

// "row 5, column H \"rumour_en\"": a cell as the facilitator's spreadsheet program shows it.
std::string cell_name(int row, size_t column_index, const std::string& column_name);

// The columns the importer reads for these languages, as the template's header names them.
std::vector<std::string> known_columns(const std::vector<std::string>& languages);

}  // namespace ar
