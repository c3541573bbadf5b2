// Inputs the fuzzers (fuzz/) flagged, kept in tests/fixtures/fuzz/ so they can never come back:
// each goes through every loader, which must report or load, never throw, crash or hang.
#include <catch2/catch.hpp>
#include <string>

#include "content_check.h"
#include "csv_import.h"
#include "progress.h"
#include "test_files.h"
#include "test_year.h"

using namespace ar;

namespace {

void through_every_loader(const std::string& name) {
  INFO(name);
  std::string text = test::read_file(AR_FIXTURES "/fuzz/" + name);
  CHECK_NOTHROW(check_content_file(text, name, test::current_year));
  CHECK_NOTHROW(check_content_file(text, "practices.json", test::current_year));
  CHECK_NOTHROW(check_content_file(text, "ui-strings.json", test::current_year));
  CHECK_NOTHROW(import_scenarios_csv(text, name, test::current_year,
                                     {"", "2026-01-15", "CC-BY-4.0", "", {}}));
  ProgressLoadResult saved;
  CHECK_NOTHROW(saved = load_progress(text, name));
}

}  // namespace

TEST_CASE("a saved game the progress fuzzer timed out on is refused at once", "[fuzz]") {
  // Found by progress_fuzz in the first long run: a timeout inside the sanitizer's allocator
  // while the machine was busy; the input itself takes milliseconds. Kept to prove it stays so.
  through_every_loader("progress-timeout-2aae6680.bin");
  ProgressLoadResult r =
      load_progress(test::read_file(AR_FIXTURES "/fuzz/progress-timeout-2aae6680.bin"), "save");
  REQUIRE(r.problems.size() == 1);
  CHECK(format_problem(r.problems[0]).rfind("save:1:60: this is not valid JSON", 0) == 0);
}
