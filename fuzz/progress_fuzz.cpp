// Any bytes as a saved game (the file a device keeps between rounds): never a throw or a crash; a
// save that loads is written back and loads again the same, and a bad one starts fresh.
#include "fuzz_check.h"
#include "progress.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string file = "progress.json";
  ar::ProgressLoadResult r = ar::load_progress(ar::fuzz::bytes(data, size), file);
  ar::fuzz::check_problems(r.problems, file);
  const ar::Progress& p = r.progress;
  if (!r.problems.empty()) {
    FUZZ_CHECK(p.seen.empty() && p.best_score.empty() && p.rounds_played == 0);
    return 0;
  }
  ar::ProgressLoadResult again = ar::load_progress(ar::save_progress(p), file);
  FUZZ_CHECK(again.problems.empty());
  FUZZ_CHECK(again.progress.seen == p.seen);
  FUZZ_CHECK(again.progress.best_score == p.best_score);
  FUZZ_CHECK(again.progress.rounds_played == p.rounds_played);
  return 0;
}
