#pragma once
// What a device remembers between rounds: which rumours were seen, and the best scores per mode.
// Saved as a small JSON file; a corrupt save is reported and replaced by a fresh start, never a
// crash (the platform keeps the bad file aside so nothing is lost).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>
#include <optional>

#include "problem.h"

namespace ar {

class ContentReader;
class Round;

struct Progress {
  std::map<std::string, int> seen;        // scenario id -> times answered
  std::map<std::string, int> best_score;  // mode name -> best protection percent
  int rounds_played = 0;
  // The player's text-size step: 0 small, 1 normal, 2 large, 3 larger (the UI sizes them).
  static constexpr int text_steps = 4, default_text_step = 1;
  int text_step = default_text_step;
  // High contrast and reduced motion as chosen on this device; nothing chosen: the device's own
  // setting decides (the browser's prefers-contrast and prefers-reduced-motion).
  std::optional<bool> high_contrast{}, reduced_motion{};
  // Sound in solo play as chosen on this device; nothing chosen: on (a workshop has its own
  // switch, off at its start: Session::sound_on).
  std::optional<bool> sound{};
  // The page that explains techniques was seen (Start pressed on it): it is not shown again before
  // a technique round, only from the setup screen's "What are techniques?".
  bool techniques_explained = false;

  int times_seen(const std::string& scenario_id) const;
  // Adds a finished round: practice rounds count as seen, but never as a best score.
  void record(const Round& round);
};

std::string save_progress(const Progress& p);

struct ProgressLoadResult {
  Progress progress;
  std::vector<Problem> problems;  // not empty: the save was unreadable and progress starts fresh
};
ProgressLoadResult load_progress(std::string_view text, const std::string& file);
// The progress save at `at` of a parsed file (a device-data file holds one inside): nothing when
// it has a problem, each reported to `r`.
std::optional<Progress> read_progress(ContentReader& r, const nlohmann::json& save,
                                      const std::string& at);

}  // namespace ar
