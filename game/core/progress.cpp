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
  if (p.sound) j["sound"] = *p.sound;
  if (p.techniques_explained) j["techniques_explained"] = true;  // absent in older saves
  return j.dump(1);
}

std::optional<Progress> read_progress(ContentReader& r, const nlohmann::json& root,
                                      const std::string& at) {
  if (!r.is_object(root, at, "a saved game")) return std::nullopt;
  if (!read_save_header(r, root, save_kinds::progress, at)) return std::nullopt;
  bool ok = true;
  Progress p;
  auto read_counts = [&](const char* key, std::map<std::string, int>& out, int max,
                         size_t max_entries) {
    const auto* v = r.member(root, at, key, false);
    std::string counts_at = json_path_key(at, key);
    if (!v) return;
    if (!r.is_object(*v, counts_at, "a list of counts") ||
        !r.at_most(*v, counts_at, max_entries, "counts")) {
      ok = false;
      return;
    }
    for (const auto& [k, n] : v->items()) {
      if (auto count = r.integer(*v, counts_at, k.c_str(), true, 0, max))
        out[k] = static_cast<int>(*count);
      else
        ok = false;
    }
  };
  read_counts("seen", p.seen, 1000000, CountLimits::seen_scenarios);
  read_counts("best_score", p.best_score, 100, CountLimits::best_scores);
  // integer() reports a wrong value; a missing one is the default.
  auto whole = [&](const char* key, long long min, long long max, int fallback) {
    const auto* v = r.member(root, at, key, false);
    auto n = r.integer(root, at, key, false, min, max);
    if (v && !n) ok = false;
    return static_cast<int>(n.value_or(fallback));
  };
  p.rounds_played = whole("rounds_played", 0, 100000000, 0);
  p.text_step = whole("text_step", 0, Progress::text_steps - 1, Progress::default_text_step);
  // The player's look choices: true or false when chosen, absent when the device decides.
  auto choice = [&](const char* key) -> std::optional<bool> {
    std::string choice_at;
    const auto* v = r.member_of_kind(root, at, key, false, &nlohmann::json::is_boolean,
                                     "true or false", choice_at);
    if (!v && r.member(root, at, key, false)) ok = false;
    return v ? std::optional<bool>(v->get<bool>()) : std::nullopt;
  };
  p.high_contrast = choice("high_contrast");
  p.reduced_motion = choice("reduced_motion");
  p.sound = choice("sound");
  p.techniques_explained = choice("techniques_explained").value_or(false);
  if (!ok) return std::nullopt;
  return p;
}

ProgressLoadResult load_progress(std::string_view text, const std::string& file) {
  ProgressLoadResult result;
  JsonDocument doc = JsonDocument::parse(text, file, {256 * 1024, 8});
  result.problems = doc.problems();
  if (!doc.ok()) return result;
  ContentReader r(doc, result.problems);
  std::optional<Progress> p = read_progress(r, doc.root(), "$");
  if (p && result.problems.empty()) result.progress = std::move(*p);
  return result;
}

}  // namespace ar
