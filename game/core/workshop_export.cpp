#include "workshop_export.h"

#include <nlohmann/json.hpp>

namespace ar {

using nlohmann::json;

std::string answer_name(const WorkshopRumour& r, Mode mode, int choice) {
  if (choice < 0 || choice >= choice_count(r, mode)) return "";
  auto i = static_cast<size_t>(choice);
  switch (mode) {
    case Mode::Verdict: return to_string(r.scenario->choices[i]);
    case Mode::Technique: return to_string(r.technique_choices[i]);
    case Mode::Reply: break;
  }
  return "reply-" + std::to_string(choice + 1) + ":" + to_string(r.scenario->replies[i].kind);
}

std::string results_file_name(const std::string& today, const char* extension) {
  return "antirumour-workshop-" + today + "." + extension;
}

namespace {

// The right answer in words: the verdict, the good replies, or the technique offered.
std::string right_answer(const WorkshopRumour& r, Mode mode) {
  if (mode == Mode::Verdict) return to_string(r.scenario->verdict);
  std::string out;
  for (int i = 0; i < choice_count(r, mode); ++i) {
    if (choice_points(r, mode, i) != Scoring::full_points) continue;
    if (!out.empty()) out += ";";
    out += answer_name(r, mode, i);
  }
  return out;
}

// Ids and names in the content are plain words, but a pack could hold anything: quote when needed.
std::string csv_field(const std::string& v) {
  if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string team_label(int team) {
  return std::string(1, team_letter(team));
}

}  // namespace

std::string workshop_results_csv(const Workshop& w) {
  const Mode mode = w.settings().mode;
  std::string out = "rumour,scenario_id,topic,right_answer,team,answer,count,outcome,points\r\n";
  for (size_t i = 0; i < w.rumours_done(); ++i) {
    const WorkshopRumour& r = w.rumours()[i];
    const Scenario& s = *r.scenario;
    std::string head = std::to_string(i + 1) + "," + csv_field(s.id) + "," + csv_field(s.topic) +
                       "," + csv_field(right_answer(r, mode)) + ",";
    auto row = [&](const std::string& team, int choice, int count) {
      int points = choice_points(r, mode, choice);
      out += head + team + "," + csv_field(answer_name(r, mode, choice)) + "," +
             std::to_string(count) + "," + to_string(Scoring::outcome(points)) + "," +
             std::to_string(points) + "\r\n";
    };
    bool any = false;
    if (w.uses_cards()) {
      for (size_t c = 0; c < r.card_counts.size(); ++c)
        if (r.card_counts[c] > 0) {
          row("cards", static_cast<int>(c), r.card_counts[c]);
          any = true;
        }
    } else {
      for (int t = 0; t < w.team_count(); ++t) {
        int c = r.team_choice[static_cast<size_t>(t)];
        if (c < 0) continue;
        row(team_label(t), c, 1);
        any = true;
      }
    }
    if (!any) out += head + ",,0,,0\r\n";
  }
  return out;
}

std::string workshop_results_json(const Workshop& w) {
  const Mode mode = w.settings().mode;
  json out = {{"format", 1},
              {"kind", "workshop-results"},
              {"mode", to_string(mode)},
              {"answers", to_string(w.settings().answers)}};
  json teams = json::array();
  for (const TeamScore& t : w.scoreboard())
    teams.push_back({{"team", team_label(t.team)},
                     {"points", t.points},
                     {"right", t.right},
                     {"answered", t.answered}});
  out["teams"] = std::move(teams);
  json rumours = json::array();
  for (size_t i = 0; i < w.rumours_done(); ++i) {
    const WorkshopRumour& r = w.rumours()[i];
    const Scenario& s = *r.scenario;
    RumourSpread spread = w.spread(static_cast<int>(i));
    json counts = json::object();
    for (size_t c = 0; c < spread.counts.size(); ++c)
      counts[answer_name(r, mode, static_cast<int>(c))] = spread.counts[c];
    json by_team = json::object();
    if (!w.uses_cards())
      for (int t = 0; t < w.team_count(); ++t)
        by_team[team_label(t)] = answer_name(r, mode, r.team_choice[static_cast<size_t>(t)]);
    rumours.push_back({{"rumour", i + 1},
                       {"scenario_id", s.id},
                       {"topic", s.topic},
                       {"right_answer", right_answer(r, mode)},
                       {"answers", spread.answers},
                       {"right", spread.right},
                       {"counts", std::move(counts)},
                       {"by_team", std::move(by_team)}});
  }
  out["rumours"] = std::move(rumours);
  return out.dump(2) + "\n";
}

}  // namespace ar
