// Any bytes as a saved game (the file a device keeps between rounds) and as a device-data file (the
// export that moves it between devices): never a throw or a crash; what loads is written back and
// loads again the same, and a bad save starts fresh.
#include "device_data.h"
#include "fuzz_check.h"
#include "progress.h"

namespace {
// The same bytes as a device-data file: progress is taken only when no error was found, and
// what was taken survives being written and read again.
void as_device_data(std::string_view text) {
  const std::string file = "data.json";
  ar::DeviceDataRead r = ar::read_device_data(text, file);
  ar::fuzz::check_problems(r.problems, file);
  if (!r.data.progress) return;
  ar::DeviceDataRead again = ar::read_device_data(ar::write_device_data(r.data), file);
  FUZZ_CHECK(!ar::has_errors(again.problems));
  FUZZ_CHECK(again.data.progress && again.data.progress->seen == r.data.progress->seen);
  FUZZ_CHECK(again.data.progress->rounds_played == r.data.progress->rounds_played);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string file = "progress.json";
  as_device_data(ar::fuzz::bytes(data, size));
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
