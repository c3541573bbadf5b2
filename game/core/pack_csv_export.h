#pragma once
// Writes a pack as the spreadsheet the CSV importer reads (content/scenario-template.csv): one
// header row, one row per scenario. Importing the result with the pack's id, title, authors,
// licence and date gives back the same scenarios; see pack_to_csv() for what a CSV cannot hold.
#include <string>

#include "scenario.h"

namespace ar {

// The pack as CSV text (RFC 4180: cells with quotes, separators or line breaks are quoted, rows end
// in CRLF), in UTF-8 with a byte order mark so spreadsheet programs show accents right (the
// importer skips it). The header has the importer's columns for the pack's languages, in the
// template's order; a format 1 pack leaves out the format 2 columns (techniques, status,
// facilitator notes), so it imports as format 1 again.
//
// Not in the CSV, so not given back by an import: the pack's information other than what
// CsvImportOptions carries (version, a title that differs between languages, the review status of
// each language: an import marks every language as a draft), and a reply's "shared_feedback" mark.
std::string pack_to_csv(const Pack& pack);

}  // namespace ar
