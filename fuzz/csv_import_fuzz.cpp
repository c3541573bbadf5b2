// Any bytes as a spreadsheet to import: never a throw or a crash, and whatever pack the importer
// writes loads without error (the importer checks it with the same loader).
#include "csv_import.h"
#include "fuzz_check.h"
#include "pack_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string file = "fuzz.csv";
  ar::CsvImport r = ar::import_scenarios_csv(
      ar::fuzz::bytes(data, size), file, 2026,
      {"", "2026-01-15", "CC-BY-4.0", "", {}});  // the date an author gives
  ar::fuzz::check_problems(r.problems, file);
  FUZZ_CHECK(r.pack_json.empty() == ar::has_errors(r.problems));
  if (!r.pack_json.empty()) {
    FUZZ_CHECK(r.scenario_count >= 1);
    ar::PackLoadResult again = ar::load_pack(r.pack_json, "imported.json", 2026);
    FUZZ_CHECK(again.pack.has_value());
    FUZZ_CHECK(again.pack->scenarios.size() == static_cast<size_t>(r.scenario_count));
  }
  return 0;
}
