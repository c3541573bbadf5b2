#pragma once
// How many of each thing a content file may hold. Generous for real content (a shipped pack holds
// about 25 scenarios, the catalogue about 50 practices) yet small enough that a hostile file is
// refused, with one located problem, before reading it costs time or memory. The limits on the raw
// text (size, nesting, numbers, text length) are in json_scan.h; field lengths in pack_loader.h.
// docs/scenario-pack-format.md and docs/practice-format.md list them all; the JSON Schemas say the
// same with maxItems and maxProperties.
#include <cstddef>

namespace ar {

struct CountLimits {
  // Scenario packs.
  static constexpr size_t scenarios = 200, languages = 8, authors = 20, scenario_practices = 10;
  // The practice catalogue.
  static constexpr size_t practices = 500, cities = 30, practice_topics = 10,
                          practice_icc_topics = 14;
  // The interface strings.
  static constexpr size_t ui_strings = 2000;
  // A saved game: distinct scenarios seen, and best scores (one per mode).
  static constexpr size_t seen_scenarios = 10000, best_scores = 16;
  // A spreadsheet to import: its size, its scenario rows (one per scenario: as many as a pack
  // holds) and its columns.
  static constexpr size_t csv_bytes = 1024 * 1024, csv_rows = scenarios, csv_columns = 200;
  // Problems reported for one file: past this, the rest are summed up in one line.
  static constexpr size_t problems = 200;
};

}  // namespace ar
