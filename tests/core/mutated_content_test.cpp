// The game never crashes on content: thousands of damaged copies of valid files (bytes changed,
// cut, doubled, shuffled) go through every loader. Each must either load or report located
// problems, and never throw. Deterministic: the same mutations every run.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "content_check.h"
#include "csv_import.h"
#include "pack_loader.h"
#include "progress.h"
#include "test_files.h"
#include "test_year.h"

using namespace ar;

namespace {
std::string mutate(const std::string& text, std::mt19937_64& rng) {
  std::string s = text;
  if (s.empty()) return s;
  static const char specials[] = "{}[]\":,\\ \n\t0123456789-+.eEtrufalsn\xC3\xA9\xFF\xEF\xBB\xBF";
  int edits = 1 + static_cast<int>(rng() % 4);
  for (int e = 0; e < edits && !s.empty(); ++e) {
    size_t at = rng() % s.size();
    switch (rng() % 6) {
      case 0: s[at] = specials[rng() % (sizeof specials - 1)]; break;           // change a byte
      case 1: s.erase(at, 1 + rng() % 8); break;                                // delete a few
      case 2: s.insert(at, 1, specials[rng() % (sizeof specials - 1)]); break;  // insert one
      case 3: s.resize(at); break;                                              // cut the file
      case 4: s.insert(at, s.substr(rng() % s.size(), 1 + rng() % 40)); break;  // duplicate
      case 5: s[at] = static_cast<char>(rng() % 256); break;                    // any byte
    }
  }
  return s;
}

void check_located(const std::vector<Problem>& problems, const std::string& file) {
  for (const auto& p : problems) {
    CHECK(p.file == file);
    CHECK_FALSE(p.message.empty());
  }
}
}  // namespace

TEST_CASE("damaged scenario packs load or report located problems, never crash", "[robust]") {
  const std::string pack = test::read_file(AR_FIXTURES "/mini-pack.json");
  REQUIRE_FALSE(pack.empty());
  std::mt19937_64 rng(20261128);
  int loaded = 0, refused = 0;
  for (int i = 0; i < 1500; ++i) {
    std::string damaged = mutate(pack, rng);
    PackLoadResult r;
    REQUIRE_NOTHROW(r = load_pack(damaged, "damaged.json", test::current_year));
    if (r.pack) {
      ++loaded;
      CHECK_FALSE(r.pack->scenarios.empty());
    } else {
      ++refused;
      REQUIRE_FALSE(r.problems.empty());  // refused, so it must say why
      check_located(r.problems, "damaged.json");
    }
  }
  CHECK(refused > 1000);  // most damage is caught...
  CHECK(loaded > 0);      // ...and damage inside a text is not an error
}

TEST_CASE("damaged practice catalogues, strings and saves never crash", "[robust]") {
  const std::string practices = test::read_file(AR_CONTENT "/practices.json");
  const std::string strings = test::read_file(AR_CONTENT "/ui-strings.json");
  REQUIRE_FALSE(practices.empty());
  std::mt19937_64 rng(7);
  for (int i = 0; i < 300; ++i) {
    std::vector<Problem> problems;
    REQUIRE_NOTHROW(problems = check_content_file(mutate(practices, rng), "practices.json",
                                                  test::current_year));
    check_located(problems, "practices.json");
    REQUIRE_NOTHROW(
        problems = check_content_file(mutate(strings, rng), "ui-strings.json", test::current_year));
    check_located(problems, "ui-strings.json");
  }
  Progress p;
  p.seen = {{"rumour-1", 2}, {"rumour-2", 1}};
  p.best_score = {{"verdict", 80}};
  p.rounds_played = 3;
  const std::string save = save_progress(p);
  for (int i = 0; i < 2000; ++i) {
    ProgressLoadResult r;
    REQUIRE_NOTHROW(r = load_progress(mutate(save, rng), "save"));
    if (!r.problems.empty()) CHECK(r.progress.rounds_played == 0);  // a fresh start
  }
}

TEST_CASE("damaged spreadsheets import or report rows and columns, never crash", "[robust]") {
  const std::string csv = test::read_file(AR_CONTENT "/scenario-template.csv");
  REQUIRE_FALSE(csv.empty());
  std::mt19937_64 rng(42);
  for (int i = 0; i < 1000; ++i) {
    CsvImport r;
    REQUIRE_NOTHROW(r = import_scenarios_csv(mutate(csv, rng), "sheet.csv", test::current_year,
                                             {"", "2026-01-15", "CC-BY-4.0", "", {}}));
    if (r.pack_json.empty()) {
      REQUIRE_FALSE(r.problems.empty());
    } else {
      CHECK(load_pack(r.pack_json, "imported.json", test::current_year)
                .pack.has_value());  // what it writes loads
    }
  }
}
