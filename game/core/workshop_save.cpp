#include "workshop_save.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "content_reader.h"
#include "json_document.h"
#include "save_format.h"

namespace ar {

using nlohmann::json;

std::string save_workshop(const Workshop& w) {
  json out = new_save(save_kinds::workshop);
  out["phase"] = to_string(w.phase());
  if (!w.under_way()) return out.dump(1);  // nothing of a finished group stays on the device
  const WorkshopSettings& s = w.settings();
  out["settings"] = {{"team_names", s.team_names},
                     {"answers", to_string(s.answers)},
                     {"mode", to_string(s.mode)},
                     {"talk_seconds", s.talk_seconds},
                     {"language", s.language}};
  if (!s.pin.empty()) out["settings"]["pin"] = s.pin;
  out["position"] = w.position();
  json rumours = json::array();
  for (const WorkshopRumour& r : w.rumours()) {
    json saved = {{"id", r.scenario->id},           {"reply_order", r.reply_order},
                  {"team_choice", r.team_choice},   {"card_counts", r.card_counts},
                  {"talk_left_ms", r.talk_left_ms}, {"locked", r.locked}};
    if (s.mode == Mode::Technique) {
      json offered = json::array();
      for (Technique t : r.technique_choices) offered.push_back(to_string(t));
      saved["technique_choices"] = std::move(offered);
    }
    rumours.push_back(std::move(saved));
  }
  out["rumours"] = std::move(rumours);
  return out.dump(1);
}

namespace {

// Reads the settings block; false when any part of it is wrong (each reported).
bool read_settings(ContentReader& r, const json& v, const std::string& at, WorkshopSettings& s) {
  if (!r.is_object(v, at, "the session's settings")) return false;
  bool ok = true;
  auto need = [&](auto opt) {
    if (!opt) ok = false;
    return opt;
  };
  // Team names may be blank (the screen says "Team A"); a PIN is there only when one was set.
  std::string names_at;
  const json* names = r.member_of_kind(v, at, "team_names", true, &json::is_array,
                                       "a list of team names", names_at);
  if (!names || !r.at_most(*names, names_at, WorkshopSettings::max_teams, "teams")) {
    ok = false;
  } else {
    s.team_names.clear();
    for (size_t i = 0; i < names->size(); ++i) {
      const json& n = (*names)[i];
      if (!n.is_string() || n.get<std::string>().size() > WorkshopSettings::max_team_name) {
        r.expected(json_path_index(names_at, i), "a team name of up to 24 characters", n);
        ok = false;
      } else {
        s.team_names.push_back(n.get<std::string>());
      }
    }
  }
  if (auto a = need(r.word(v, at, "answers", true, names_of(team_answers_names()))))
    s.answers = *team_answers_from(*a);
  if (auto m = need(r.word(v, at, "mode", true, names_of(mode_names())))) s.mode = *mode_from(*m);
  if (auto t = need(r.integer(v, at, "talk_seconds", true, 0, WorkshopSettings::max_talk_seconds)))
    s.talk_seconds = static_cast<int>(*t);
  if (r.member(v, at, "pin", false)) {
    if (auto p = need(r.text(v, at, "pin", true, WorkshopSettings::max_pin))) s.pin = *p;
  }
  if (auto l = need(r.text(v, at, "language", true, 8))) s.language = *l;
  return ok;
}

// A list of whole numbers, each in [min, max], exactly `size` long.
std::optional<std::vector<int>> numbers(ContentReader& r, const json& obj, const std::string& at,
                                        const char* key, size_t size, int min, int max) {
  std::string list_at;
  const json* v =
      r.member_of_kind(obj, at, key, true, &json::is_array, "a list of numbers", list_at);
  if (!v) return std::nullopt;
  if (v->size() != size) {
    r.problem(list_at,
              "expected " + std::to_string(size) + " numbers, found " + std::to_string(v->size()));
    return std::nullopt;
  }
  std::vector<int> out;
  for (size_t i = 0; i < v->size(); ++i) {
    const json& n = (*v)[i];
    if (!n.is_number_integer() || n.get<long long>() < min || n.get<long long>() > max) {
      r.expected(json_path_index(list_at, i),
                 "a whole number from " + std::to_string(min) + " to " + std::to_string(max), n);
      return std::nullopt;
    }
    out.push_back(static_cast<int>(n.get<long long>()));
  }
  return out;
}

std::optional<WorkshopRumour> read_rumour(ContentReader& r, const json& v, const std::string& at,
                                          const WorkshopSettings& s, const Library& library) {
  if (!r.is_object(v, at, "a rumour of the session")) return std::nullopt;
  auto id = r.text(v, at, "id", true, 200);
  if (!id) return std::nullopt;
  WorkshopRumour out;
  out.scenario = library.find(*id);
  if (!out.scenario) {
    r.problem(
        json_path_key(at, "id"),
        "the rumour \"" + *id + "\" is not in the content any more: the session cannot go on");
    return std::nullopt;
  }
  if (s.mode == Mode::Technique) {
    // The techniques offered, as shown: each a known name, each once, one of them the rumour's.
    std::string list_at;
    const json* offered = r.member_of_kind(v, at, "technique_choices", true, &json::is_array,
                                           "a list of techniques", list_at);
    if (!offered || !r.at_most(*offered, list_at, technique_names().size(), "techniques"))
      return std::nullopt;
    for (size_t i = 0; i < offered->size(); ++i) {
      const json& t = (*offered)[i];
      auto technique = t.is_string() ? technique_from(t.get<std::string>()) : std::nullopt;
      if (!technique ||
          std::count(out.technique_choices.begin(), out.technique_choices.end(), *technique) > 0) {
        r.expected(json_path_index(list_at, i), "a technique not offered before", t);
        return std::nullopt;
      }
      out.technique_choices.push_back(*technique);
    }
    if (std::none_of(out.technique_choices.begin(), out.technique_choices.end(), [&](Technique t) {
          return Scoring::technique_points(out.scenario->techniques, t) == Scoring::full_points;
        })) {
      r.problem(list_at, "none of the techniques offered is the rumour's");
      return std::nullopt;
    }
  }
  int replies = static_cast<int>(out.scenario->replies.size());
  int choices = choice_count(out, s.mode);
  auto order = numbers(r, v, at, "reply_order", out.scenario->replies.size(), 0, replies - 1);
  auto teams = numbers(r, v, at, "team_choice", s.team_names.size(), -1, choices - 1);
  auto cards = numbers(r, v, at, "card_counts", static_cast<size_t>(choices), 0,
                       WorkshopSettings::max_cards);
  auto left = r.integer(v, at, "talk_left_ms", true, 0, s.talk_seconds * 1000);
  std::string locked_at;
  const json* locked =
      r.member_of_kind(v, at, "locked", true, &json::is_boolean, "true or false", locked_at);
  if (!order || !teams || !cards || !left || !locked) return std::nullopt;
  std::vector<int> sorted = *order;
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
    r.problem(json_path_key(at, "reply_order"), "a reply appears twice in the order");
    return std::nullopt;
  }
  out.reply_order = std::move(*order);
  out.team_choice = std::move(*teams);
  out.card_counts = std::move(*cards);
  out.talk_left_ms = static_cast<int>(*left);
  out.locked = locked->get<bool>();
  return out;
}

}  // namespace

std::vector<Problem> check_workshop_save(std::string_view text, const std::string& file) {
  std::vector<Problem> problems;
  JsonDocument doc = JsonDocument::parse(text, file, {256 * 1024, 8});
  problems = doc.problems();
  if (!doc.ok()) return problems;
  ContentReader r(doc, problems);
  if (r.is_object(doc.root(), "$", "a saved workshop") &&
      read_save_header(r, doc.root(), save_kinds::workshop, "$"))
    r.word(doc.root(), "$", "phase", true, names_of(workshop_phase_names()));
  return problems;
}

WorkshopLoadResult load_workshop(std::string_view text, const std::string& file,
                                 const Library& library) {
  WorkshopLoadResult result;
  JsonDocument doc = JsonDocument::parse(text, file, {256 * 1024, 8});
  result.problems = doc.problems();
  if (!doc.ok()) return result;
  ContentReader r(doc, result.problems);
  const json& root = doc.root();
  if (!r.is_object(root, "$", "a saved workshop")) return result;
  if (!read_save_header(r, root, save_kinds::workshop, "$")) return result;
  auto phase = r.word(root, "$", "phase", true, names_of(workshop_phase_names()));
  if (!phase) return result;
  Workshop::Saved saved;
  saved.phase = *workshop_phase_from(*phase);
  if (saved.phase == WorkshopPhase::Setup) return result;  // no session under way
  const json* settings = r.member(root, "$", "settings", true);
  if (!settings || !read_settings(r, *settings, "$.settings", saved.settings)) return result;
  // The rumours were drawn when the session began: only the room's rules are checked again.
  if (std::string why = room_problem(saved.settings); !why.empty()) {
    r.problem("$.settings", why);
    return result;
  }
  std::string list_at;
  const json* rumours =
      r.member_of_kind(root, "$", "rumours", true, &json::is_array, "a list of rumours", list_at);
  if (!rumours || !r.at_most(*rumours, list_at, WorkshopSettings::max_rumours, "rumours"))
    return result;
  for (size_t i = 0; i < rumours->size(); ++i) {
    auto rumour =
        read_rumour(r, (*rumours)[i], json_path_index(list_at, i), saved.settings, library);
    if (!rumour) return result;
    saved.rumours.push_back(std::move(*rumour));
  }
  if (saved.rumours.empty() && saved.phase != WorkshopPhase::Debrief) {
    r.problem(list_at, "a session under way needs its rumours");
    return result;
  }
  // The debrief after an early end stands one past the last rumour asked.
  size_t last =
      saved.phase == WorkshopPhase::Debrief ? saved.rumours.size() : saved.rumours.size() - 1;
  auto position = r.integer(root, "$", "position", true, 0, static_cast<long long>(last));
  if (!position) return result;
  saved.position = static_cast<size_t>(*position);
  if (result.problems.empty()) result.saved = std::move(saved);
  return result;
}

}  // namespace ar
