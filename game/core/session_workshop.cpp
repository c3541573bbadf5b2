// The session's side of a workshop: starting one from the setup screen's choices, saving it after
// each step, resuming it at the start, and the facilitator's PIN around leaving it.
#include <algorithm>

#include "session.h"
#include "workshop_export.h"
#include "workshop_save.h"
#include "workshop_summary.h"

namespace ar {

void Session::resume_workshop(const std::string& saved) {
  WorkshopLoadResult r = load_workshop(saved, "saved workshop", library_);
  if (r.saved) {
    workshop_.resume(std::move(*r.saved));
    screen_ = Screen::Workshop;  // where it was: a reload lands in the room's session again
    return;
  }
  if (r.problems.empty()) return;     // no session was under way
  saved_workshop_unreadable_ = true;  // the platform keeps the file aside
  for (auto& p : r.problems) p.message += " (the workshop cannot resume; its save is kept aside)";
  problems_.insert(problems_.end(), r.problems.begin(), r.problems.end());
}

bool Session::workshop_locked() const {
  return screen_ == Screen::Workshop && workshop_.under_way() && !workshop_.facilitator_unlocked();
}

bool Session::change_workshop_setup(WorkshopSettings s) {
  if (workshop_.under_way()) return false;
  s.team_names.resize(std::clamp<size_t>(s.team_names.size(), 0, WorkshopSettings::max_teams));
  for (auto& name : s.team_names)
    if (name.size() > WorkshopSettings::max_team_name) name.resize(WorkshopSettings::max_team_name);
  s.rumour_count =
      std::clamp(s.rumour_count, WorkshopSettings::min_rumours, WorkshopSettings::max_rumours);
  for (const auto& t : s.topics)
    if (!is_rumour_topic(t)) return false;
  for (const auto& p : s.packs)
    if (!has_pack(p)) return false;
  workshop_setup_ = std::move(s);
  return true;
}

bool Session::workshop_step(const WorkshopAction& a) {
  const auto* begin = std::get_if<workshop_action::Begin>(&a);
  bool ok;
  if (begin) {
    if (round_under_way()) return false;
    WorkshopSettings s = begin->settings;
    s.language = language_;
    s.seed = seed_;
    ok = workshop_.apply(workshop_action::Begin{s});
    if (ok) {
      ++seed_;
      screen_ = Screen::Workshop;
      workshop_sound_ = false;  // every session starts quiet, whatever the last one chose
    }
  } else {
    ok = workshop_.apply(a);
  }
  // The keypad says "wrong PIN" from here: the screen never compares PINs itself.
  if (std::holds_alternative<workshop_action::Unlock>(a)) pin_refused_ = !ok;
  if (std::holds_alternative<workshop_action::Lock>(a)) pin_refused_ = false;
  if (!ok) return false;
  if (std::holds_alternative<workshop_action::NewGroup>(a)) {
    // The next group starts from the same choices, without this group's names.
    workshop_setup_.team_names.assign(workshop_setup_.team_names.size(), "");
    workshop_setup_.pin.clear();
    results_notice_ = {};
  }
  // The timer is saved every few seconds, not every frame: a restart loses at most that much.
  if (std::holds_alternative<workshop_action::Tick>(a) && workshop_.timer_running()) {
    int second = workshop_.current()->talk_left_ms / 5000;
    if (second == workshop_saved_second_) return true;
    workshop_saved_second_ = second;
  }
  effects_.workshop_to_save = save_workshop(workshop_);
  return true;
}

std::string Session::workshop_results(session_action::ResultsFormat format,
                                      const std::string& today) const {
  switch (format) {
    case session_action::ResultsFormat::Csv: return workshop_results_csv(workshop_);
    case session_action::ResultsFormat::Json: return workshop_results_json(workshop_);
    case session_action::ResultsFormat::Summary: return workshop_summary_html(*this, today);
  }
  return "";
}

}  // namespace ar
