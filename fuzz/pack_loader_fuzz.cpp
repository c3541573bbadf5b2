// Any bytes as a scenario pack (what `antirumour --validate` and the game's loader read): never a
// throw or a crash; a pack comes back exactly when there is no error, and it holds what the round
// relies on.
#include "fuzz_check.h"
#include "pack_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string file = "fuzz.json";
  ar::PackLoadResult r = ar::load_pack(ar::fuzz::bytes(data, size), file, 2026);
  ar::fuzz::check_problems(r.problems, file);
  FUZZ_CHECK(r.pack.has_value() == !ar::has_errors(r.problems));
  if (r.pack) {
    FUZZ_CHECK(!r.pack->scenarios.empty());
    for (const ar::Scenario& s : r.pack->scenarios) {
      FUZZ_CHECK(s.replies.size() >= 3 && s.replies.size() <= 4);
      FUZZ_CHECK(s.choices.size() >= 2);
      for (const auto& lang : r.pack->info.languages) FUZZ_CHECK(!s.rumour.in(lang).empty());
    }
  }
  return 0;
}
