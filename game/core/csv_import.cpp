#include "csv_import.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "content_limits.h"
#include "content_reader.h"
#include "pack_loader.h"
#include "trim.h"
#include "utf8.h"

namespace ar {

std::vector<CsvRow> parse_csv(std::string_view text, std::string& error, int& error_line) {
  std::vector<CsvRow> rows;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  // The separator is whichever of ',' and ';' the header line uses more.
  size_t header_end = text.find('\n');
  std::string_view header = text.substr(0, header_end);
  char sep =
      std::count(header.begin(), header.end(), ';') > std::count(header.begin(), header.end(), ',')
          ? ';'
          : ',';
  int line = 1, record = 1;
  CsvRow row{1, {}, 1};
  std::string cell;
  bool quoted = false, cell_started = false;
  int quote_line = 0;
  auto end_row = [&] {
    row.cells.push_back(cell);
    bool blank = std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& c) {
      return c.find_first_not_of(" \t\r") == std::string::npos;
    });
    if (!blank) rows.push_back(row);
    if (rows.size() > CountLimits::csv_rows + 1) {  // + 1: the header
      error = "the file has more than " + std::to_string(CountLimits::csv_rows) +
              " scenario rows, more than one pack may hold: split it into several files";
      error_line = row.line;
    }
    row = {line, {}, ++record};
    cell.clear();
    cell_started = false;
  };
  for (size_t i = 0; i < text.size() && error.empty(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
    } else if (c == '"' && !cell_started) {
      quoted = true;
      cell_started = true;
      quote_line = line;
    } else if (c == sep) {
      row.cells.push_back(cell);
      cell.clear();
      cell_started = false;
      if (row.cells.size() >= CountLimits::csv_columns) {
        error = "this row has more than " + std::to_string(CountLimits::csv_columns) + " cells";
        error_line = row.line;
      }
    } else if (c == '\n') {
      ++line;
      if (!cell.empty() && cell.back() == '\r') cell.pop_back();
      end_row();
    } else {
      cell += c;
      cell_started = true;
    }
  }
  if (quoted && error.empty()) {
    error = "a quoted cell starting here never ends (a \" is missing)";
    error_line = quote_line;
    return {};
  }
  if (error.empty() && (!cell.empty() || !row.cells.empty())) end_row();
  if (!error.empty()) return {};
  return rows;
}

namespace {

using json = nlohmann::json;

std::string column_letter(size_t index) {
  std::string s;
  for (size_t n = index + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), char('A' + (n - 1) % 26));
  return s;
}

// "true false" or "a, b; c" -> ["true", "false"] / ["a", "b", "c"]: lists in one cell.
json word_list(const std::string& cell) {
  json list = json::array();
  std::string word;
  for (char c : cell + " ")
    if (c == ' ' || c == ',' || c == ';' || c == '|') {
      if (!word.empty()) list.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  return list;
}

struct Cell {
  int row = 0;
  size_t column = 0;
};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}

// The language a column is for: "fact_eu" -> "eu", when `eu` is one of `langs`.
bool column_for(const std::string& column, const std::string& lang) {
  return column.size() > lang.size() + 1 &&
         column.compare(column.size() - lang.size() - 1, std::string::npos, "_" + lang) == 0;
}

class Importer {
 public:
  Importer(const std::string& file, std::vector<Problem>& problems)
      : file_(file), problems_(problems) {}

  void at_cell(const Cell& c, const std::string& column_name, const std::string& message,
               Problem::Severity severity = Problem::Severity::Error) {
    problems_.push_back({file_, c.row, static_cast<int>(c.column) + 1,
                         cell_name(c.row, c.column, column_name), message, severity});
  }

  std::map<std::string, size_t> columns;                       // header name -> index
  std::map<std::string, std::pair<Cell, std::string>> origin;  // JSON path -> cell and column name
  std::map<std::string, std::string> absent;  // JSON path -> the column the header lacks for it

  // Copies a cell into the pack JSON, remembering where it came from.
  bool put(json& target, const std::string& key, const CsvRow& row, const std::string& column,
           const std::string& path) {
    note_origin(path, row, column);
    auto it = columns.find(column);
    if (it == columns.end()) return false;
    std::string value = it->second < row.cells.size() ? trim(row.cells[it->second]) : "";
    if (value.empty()) return false;
    target[key] = value;
    return true;
  }

  void note_origin(const std::string& path, const CsvRow& row, const std::string& column) {
    if (auto it = columns.find(column); it != columns.end())
      origin[path] = {{row.row, it->second}, column};
    else
      absent[path] = column;
  }

  const std::string& file_;
  std::vector<Problem>& problems_;
};

}  // namespace

std::string cell_name(int row, size_t column_index, const std::string& column_name) {
  std::string name = "row " + std::to_string(row) + ", column " + column_letter(column_index);
  if (!column_name.empty()) name += " \"" + column_name + "\"";
  return name;
}

namespace {
// The columns that hold a text, one per language: rumour_es, reply2_eu …
std::vector<std::string> text_columns() {
  std::vector<std::string> texts{"rumour",      "fact",       "figure",
                                 "explanation", "discussion", "facilitator_notes"};
  for (int k = 1; k <= 4; ++k) {
    texts.push_back("reply" + std::to_string(k));
    texts.push_back("feedback" + std::to_string(k));
  }
  return texts;
}
}  // namespace

std::vector<std::string> known_columns(const std::vector<std::string>& languages) {
  std::vector<std::string> known{
      "id",           "topic",       "difficulty",  "verdict",    "choices",   "source_institution",
      "source_title", "source_year", "source_area", "source_url", "practices", "techniques",
      "status"};
  for (int k = 1; k <= 4; ++k) {
    known.push_back("reply" + std::to_string(k) + "_kind");
    known.push_back("reply" + std::to_string(k) + "_quality");
  }
  for (const auto& t : text_columns())
    for (const auto& l : languages) known.push_back(t + "_" + l);
  return known;
}

CsvImport import_scenarios_csv(std::string_view text, const std::string& file, int current_year,
                               CsvImportOptions options) {
  CsvImport result;
  if (text.size() > CountLimits::csv_bytes) {
    result.problems.push_back({file, 0, 0, "",
                               "the file is too large (" + std::to_string(text.size()) +
                                   " bytes; the limit is " +
                                   std::to_string(CountLimits::csv_bytes) + " bytes)"});
    return result;
  }
  std::string error;
  int error_line = 0;
  std::vector<CsvRow> rows = parse_csv(text, error, error_line);
  if (!error.empty()) {
    result.problems.push_back({file, error_line, 1, "", error});
    return result;
  }
  if (rows.size() < 2) {
    result.problems.push_back(
        {file, 0, 0, "", "the file needs a header row and at least one scenario row"});
    return result;
  }
  Importer im(file, result.problems);
  const CsvRow& header = rows[0];
  // Spreadsheet programs sometimes save in another encoding: the whole file is, so one line says
  // so, at the first cell it shows, before anything else.
  for (const auto& row : rows)
    for (size_t c = 0; c < row.cells.size() && result.problems.empty(); ++c)
      if (!utf8::is_valid(row.cells[c]))
        result.problems.push_back({file, row.row, static_cast<int>(c) + 1,
                                   cell_name(row.row, c, ""),
                                   "the file is not UTF-8 text (this is its first such cell): "
                                   "save the spreadsheet as \"CSV UTF-8\""});
  if (has_errors(result.problems)) return result;
  for (size_t i = 0; i < header.cells.size(); ++i) {
    std::string name = lower(trim(header.cells[i]));
    if (name.empty()) continue;
    if (im.columns.count(name)) im.at_cell({header.row, i}, name, "this column appears twice");
    im.columns[name] = i;
  }
  // Languages are the ones with a rumour column: rumour_es, rumour_eu, rumour_en …
  std::vector<std::string> langs;  // in the order of the header, as the author wrote them
  for (const auto& cell : header.cells) {
    std::string name = lower(trim(cell));
    if (name.rfind("rumour_", 0) == 0 && name.size() <= 10) langs.push_back(name.substr(7));
  }
  // A column the importer does not read would be dropped in silence (a whole language, for
  // "rumor_es"): it is an error on its own header cell, with the column it was probably meant to
  // be.
  std::vector<std::string> candidates = langs;
  for (const char* game_lang : {"es", "eu", "en"})
    if (std::find(langs.begin(), langs.end(), game_lang) == langs.end())
      candidates.push_back(game_lang);
  const std::vector<std::string> known = known_columns(langs), near = known_columns(candidates);
  std::set<std::string> meant;         // columns an unknown header was probably meant to be
  std::set<std::string> unread_langs;  // languages with texts but no rumour column
  const std::vector<std::string> text_names = text_columns();
  for (size_t index = 0; index < header.cells.size(); ++index) {  // left to right
    std::string name = lower(trim(header.cells[index]));
    if (name.empty() || std::find(known.begin(), known.end(), name) != known.end()) continue;
    size_t cut = name.find_last_of('_');
    if (cut != std::string::npos && name.size() - cut - 1 >= 2 && name.size() - cut - 1 <= 3 &&
        std::find(text_names.begin(), text_names.end(), name.substr(0, cut)) != text_names.end()) {
      unread_langs.insert(name.substr(cut + 1));
      continue;
    }
    std::string hint = ContentReader::close_to(name, near);
    for (const auto& k : near)
      if (hint.find("\"" + k + "\"") != std::string::npos) meant.insert(k);
    im.at_cell(
        {header.row, index}, name,
        "the importer does not know this column" +
            (hint.empty() ? ": the columns are those of content/scenario-template.csv" : hint));
  }
  for (const auto& l : unread_langs)
    if (!meant.count("rumour_" + l))
      result.problems.push_back({file, header.row, 1, "header",
                                 "there is no rumour_" + l + " column, so the _" + l +
                                     " columns would not be read: add rumour_" + l +
                                     " or delete the _" + l + " columns"});
  for (const char* needed : {"id", "topic", "difficulty", "verdict", "source_institution",
                             "source_title", "source_year", "source_area", "source_url"})
    if (!im.columns.count(needed) && !meant.count(needed))
      result.problems.push_back(
          {file, header.row, 1, "header", std::string("the column \"") + needed + "\" is missing"});
  if (langs.empty() && meant.empty())
    result.problems.push_back(
        {file, header.row, 1, "header",
         "no rumour column: add at least one such as rumour_es or rumour_en"});
  if (options.last_reviewed.empty())
    result.problems.push_back({file, 0, 0, "",
                               "say when the facts were last checked (YYYY-MM-DD): the importer "
                               "never writes that date for you (antirumour: --last-reviewed)"});
  else if (!is_iso_date(options.last_reviewed))
    result.problems.push_back({file, 0, 0, "",
                               "the date the facts were last checked is written YYYY-MM-DD, found "
                               "\"" +
                                   options.last_reviewed + "\""});
  if (options.licence.empty())
    result.problems.push_back({file, 0, 0, "",
                               "say under which licence the pack is shared, such as CC-BY-4.0: "
                               "the importer never picks one for you (antirumour: --licence)"});
  for (const auto& a : options.authors)
    if (trim(a).empty())
      result.problems.push_back(
          {file, 0, 0, "", "an author's name is empty (antirumour: --authors \"A; B\")"});
  if (has_errors(result.problems)) return result;
  // A language with every cell empty is one problem, not one per cell: the author either forgot
  // to fill it or kept the template's columns for a language they do not write.
  for (auto l = langs.begin(); l != langs.end();) {
    bool empty = true;
    for (size_t r = 1; r < rows.size() && empty; ++r)
      for (const auto& [name, index] : im.columns)
        if (column_for(name, *l) && index < rows[r].cells.size() &&
            !trim(rows[r].cells[index]).empty())
          empty = false;
    if (!empty) {
      ++l;
      continue;
    }
    result.problems.push_back(
        {file, header.row, 1, "header",
         "the " + *l + " columns are all empty: fill them or delete the _" + *l + " columns"});
    l = langs.erase(l);
  }
  if (langs.empty()) return result;

  std::string stem = file.substr(file.find_last_of("/\\") + 1);
  stem = stem.substr(0, stem.rfind('.'));
  std::string pack_id = options.pack_id;
  if (pack_id.empty())
    for (char c : stem)
      pack_id += std::isalnum(static_cast<unsigned char>(c)) ? char(std::tolower(c)) : '-';
  // A sheet with any column of format 2 (techniques, status, facilitator notes) makes a format 2
  // pack, which then needs its techniques; an older sheet still makes the format 1 pack it did.
  bool format_2 = im.columns.count("techniques") || im.columns.count("status") ||
                  std::any_of(im.columns.begin(), im.columns.end(), [](const auto& c) {
                    return c.first.rfind("facilitator_notes_", 0) == 0;
                  });
  json pack = {{"$schema", "../schema/scenario-pack.schema.json"}, {"format", format_2 ? 2 : 1}};
  json authors = json::array();
  for (const auto& a : options.authors) authors.push_back(std::string(trim(a)));
  if (authors.empty()) authors.push_back("Imported from " + stem + ".csv");
  json info = {
      {"id", pack_id},      {"version", "0.1.0"},         {"languages", langs},
      {"authors", authors}, {"licence", options.licence}, {"last_reviewed", options.last_reviewed}};
  for (const auto& l : langs) {
    info["title"][l] = options.title.empty() ? stem : options.title;
    info["review"][l] = "draft";
  }
  pack["pack"] = info;
  pack["scenarios"] = json::array();

  for (size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    std::string at = "$.scenarios[" + std::to_string(r - 1) + "]";
    if (row.cells.size() > header.cells.size())
      im.at_cell({row.row, header.cells.size()}, "(none)",
                 "this row has " + std::to_string(row.cells.size()) + " cells but the header has " +
                     std::to_string(header.cells.size()) +
                     " (a separator inside a cell that is not in quotes?)");
    json s = json::object();
    im.note_origin(at, row, "id");
    for (const char* key : {"id", "topic", "difficulty", "verdict"})
      im.put(s, key, row, key, at + "." + key);
    // Lists in one cell ("true false misleading", "zero_sum; blaming_a_group").
    auto words = [&](const std::string& key) {
      std::string path = at + "." + key;
      im.note_origin(path, row, key);
      auto it = im.columns.find(key);
      if (it == im.columns.end() || it->second >= row.cells.size()) return;
      std::string cell = trim(row.cells[it->second]);
      if (cell.empty()) return;
      json list = word_list(cell);
      s[key] = list;
      for (size_t k = 0; k < list.size(); ++k)
        im.note_origin(path + "[" + std::to_string(k) + "]", row, key);
    };
    words("choices");
    if (format_2) {
      words("techniques");
      im.put(s, "status", row, "status", at + ".status");
    }
    auto texts = [&](json& target, const std::string& key, const std::string& prefix,
                     const std::string& path) {
      json t = json::object();
      for (const auto& l : langs) im.put(t, l, row, prefix + "_" + l, path + "." + key + "." + l);
      im.note_origin(path + "." + key, row, prefix + "_" + langs.front());
      if (!t.empty()) target[key] = t;
    };
    texts(s, "rumour", "rumour", at);
    json fact = json::object();
    texts(fact, "text", "fact", at + ".fact");
    texts(fact, "figure", "figure", at + ".fact");
    json source = json::object();
    std::string src_at = at + ".fact.source";
    im.note_origin(src_at, row, "source_institution");
    for (const char* key : {"institution", "title", "area", "url"})
      im.put(source, key, row, std::string("source_") + key, src_at + "." + key);
    if (auto it = im.columns.find("source_year"); it != im.columns.end()) {
      std::string y = it->second < row.cells.size() ? trim(row.cells[it->second]) : "";
      im.note_origin(src_at + ".year", row, "source_year");
      if (!y.empty()) {
        bool digits = y.find_first_not_of("0123456789") == std::string::npos && y.size() <= 4;
        if (digits)
          source["year"] = std::stoi(y);
        else
          im.at_cell({row.row, it->second}, "source_year",
                     "expected a year such as 2019, found \"" + y + "\"");
      }
    }
    fact["source"] = source;
    s["fact"] = fact;
    texts(s, "explanation", "explanation", at);
    json replies = json::array();
    for (int k = 1; k <= 4; ++k) {
      std::string n = std::to_string(k);
      std::string rat = at + ".replies[" + std::to_string(replies.size()) + "]";
      json reply = json::object();
      im.note_origin(rat, row, "reply" + n + "_kind");
      im.put(reply, "kind", row, "reply" + n + "_kind", rat + ".kind");
      im.put(reply, "quality", row, "reply" + n + "_quality", rat + ".quality");
      texts(reply, "text", "reply" + n, rat);
      texts(reply, "feedback", "feedback" + n, rat);
      if (!reply.empty()) replies.push_back(reply);
    }
    im.note_origin(at + ".replies", row, "reply1_kind");
    s["replies"] = replies;
    texts(s, "discussion", "discussion", at);
    if (format_2) texts(s, "facilitator_notes", "facilitator_notes", at);
    words("practices");
    pack["scenarios"].push_back(s);
  }
  result.scenario_count = static_cast<int>(rows.size() - 1);
  // Cells already reported (a year that is not a number…) are not reported again by the pack check.
  std::set<std::pair<int, int>> reported;
  for (const auto& p : result.problems) reported.insert({p.line, p.column});

  // The pack goes through the same checks as a hand-written one; each problem is then traced back
  // from its JSON path to the spreadsheet cell it came from.
  // Every cell was checked for UTF-8 above; "replace" is only a last guard against a throw.
  std::string text_out = pack.dump(2, ' ', false, json::error_handler_t::replace);
  PackLoadResult check = load_pack(text_out, file, current_year);
  std::set<std::string> absent_reported;
  for (const auto& p : check.problems) {
    // Something missing is traced through the path it would have had, which names its own column.
    if (!p.missing_path.empty()) {
      if (auto it = im.origin.find(p.missing_path); it != im.origin.end()) {
        auto [cell, column] = it->second;
        if (!reported.count({cell.row, static_cast<int>(cell.column) + 1}))
          im.at_cell(cell, column, "this cell is empty; " + p.message);
        continue;
      }
      if (auto it = im.absent.find(p.missing_path); it != im.absent.end()) {
        if (absent_reported.insert(it->second).second)
          result.problems.push_back(
              {file, header.row, 1, "header",
               "the column \"" + it->second + "\" is missing (" + p.message + ")"});
        continue;
      }
    }
    std::string path = p.path;
    while (!path.empty() && !im.origin.count(path)) {
      size_t cut = path.find_last_of(".[");
      if (cut == std::string::npos || cut == 0) {
        path.clear();
        break;
      }
      path.resize(cut);
    }
    // The loader's warnings stay warnings (two replies sharing one feedback text): the pack is
    // still written.
    if (path.empty()) {
      result.problems.push_back({file, 0, 0, "", p.message, p.severity});
      continue;
    }
    auto [cell, column] = im.origin[path];
    if (reported.count({cell.row, static_cast<int>(cell.column) + 1})) continue;
    im.at_cell(cell, column, p.message, p.severity);
  }
  if (!has_errors(result.problems)) result.pack_json = text_out + "\n";
  return result;
}

}  // namespace ar
