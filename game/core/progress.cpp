#include "progress.h"

#include "content_limits.h"
#include "content_reader.h"
#include "json_document.h"
#include "round.h"
#include "save_format.h"

namespace ar {

int Progress::times_seen(const std::string& scenario_id) const {
  auto it = seen.find(scenario_id);
  return it == seen.end() ? 0 : it->second;
}

void Progress::record(const Round& round) {
  for (const auto& a : round.answers()) ++seen[a.scenario->id];
  ++rounds_played;
  if (round.settings().practice || round.answers().empty()) return;
  int& best = best_score[to_string(round.settings().mode)];
  best = std::max(best, round.protection_percent());
}

std::string save_progress(const Progress& p) {
  nlohmann::json j = new_save(save_kinds::progress);
  j["seen"] = p.seen;
  j["best_score"] = p.best_score;
  j["rounds_played"] = p.rounds_played;
  j["text_step"] = p.text_step;
  if (p.high_contrast) j["high_contrast"] = *p.high_contrast;
  if (p.reduced_motion) j["reduced_motion"] = *p.reduced_motion;
  return j.dump(1);
}

ProgressLoadResult load_progress(std::string_view text, const std::string& file) {
  ProgressLoadResult result;
  JsonDocument doc = JsonDocument::parse(text, file, {256 * 1024, 8});
  result.problems = doc.problems();
  if (!doc.ok()) return result;
  ContentReader r(doc, result.problems);
  const auto& root = doc.root();
  if (!r.is_object(root, "$", "a saved game")) return result;
  Progress p;
  if (!read_save_header(r, root, save_kinds::progress)) return result;
  auto read_counts = [&](const char* key, std::map<std::string, int>& out, int max,
                         size_t max_entries) {
    const auto* v = r.member(root, "$", key, false);
    std::string at = json_path_key("$", key);
    if (!v || !r.is_object(*v, at, "a list of counts") || !r.at_most(*v, at, max_entries, "counts"))
      return;
    for (const auto& [k, n] : v->items())
      if (auto count = r.integer(*v, at, k.c_str(), true, 0, max))
        out[k] = static_cast<int>(*count);
  };
  read_counts("seen", p.seen, 1000000, CountLimits::seen_scenarios);
  read_counts("best_score", p.best_score, 100, CountLimits::best_scores);
  p.rounds_played =
      static_cast<int>(r.integer(root, "$", "rounds_played", false, 0, 100000000).value_or(0));
  p.text_step =
      static_cast<int>(r.integer(root, "$", "text_step", false, 0, Progress::text_steps - 1)
                           .value_or(Progress::default_text_step));
  auto read_choice = [&](const char* key) -> std::optional<bool> {
    std::string at;
    const auto* v =
        r.member_of_kind(root, "$", key, false, &nlohmann::json::is_boolean, "true or false", at);
    return v ? std::optional<bool>(v->get<bool>()) : std::nullopt;
  };
  p.high_contrast = read_choice("high_contrast");
  p.reduced_motion = read_choice("reduced_motion");
  if (result.problems.empty()) result.progress = std::move(p);
  return result;
}

}  // namespace ar
