#include "workshop.h"

#include <algorithm>
#include <cctype>

namespace ar {

namespace {
constexpr Named<TeamAnswers> team_answers_table[] = {{TeamAnswers::AllVote, "all_vote"},
                                                     {TeamAnswers::InTurn, "in_turn"},
                                                     {TeamAnswers::CardCount, "card_count"}};
constexpr Named<WorkshopPhase> workshop_phase_table[] = {{WorkshopPhase::Setup, "setup"},
                                                         {WorkshopPhase::Asking, "asking"},
                                                         {WorkshopPhase::Revealed, "revealed"},
                                                         {WorkshopPhase::Scoreboard, "scoreboard"},
                                                         {WorkshopPhase::Debrief, "debrief"}};
}  // namespace

std::span<const Named<TeamAnswers>> team_answers_names() {
  return team_answers_table;
}
const char* to_string(TeamAnswers t) {
  return name_of(t, team_answers_names());
}
std::optional<TeamAnswers> team_answers_from(const std::string& s) {
  return find_name(s, team_answers_names());
}
std::span<const Named<WorkshopPhase>> workshop_phase_names() {
  return workshop_phase_table;
}
const char* to_string(WorkshopPhase p) {
  return name_of(p, workshop_phase_names());
}
std::optional<WorkshopPhase> workshop_phase_from(const std::string& s) {
  return find_name(s, workshop_phase_names());
}

char team_letter(int team) {
  return static_cast<char>('A' + team);
}

std::string room_problem(const WorkshopSettings& s) {
  using S = WorkshopSettings;
  int teams = static_cast<int>(s.team_names.size());
  if (s.answers == TeamAnswers::CardCount) {
    if (teams != 0 && (teams < S::min_teams || teams > S::max_teams))
      return "voting cards need no teams on the device, or 2 to 8";
  } else if (teams < S::min_teams || teams > S::max_teams) {
    return "a workshop needs 2 to 8 teams";
  }
  for (const auto& name : s.team_names)
    if (name.size() > S::max_team_name) return "a team name is longer than 24 characters";
  if (s.talk_seconds != 0 &&
      (s.talk_seconds < S::min_talk_seconds || s.talk_seconds > S::max_talk_seconds))
    return "the talk timer runs 30 to 120 seconds, or is off";
  if (!s.pin.empty()) {
    if (s.pin.size() < S::min_pin || s.pin.size() > S::max_pin ||
        !std::all_of(s.pin.begin(), s.pin.end(), [](unsigned char c) { return std::isdigit(c); }))
      return "a PIN is 4 to 8 digits";
  }
  return "";
}

std::string settings_problem(const WorkshopSettings& s) {
  using S = WorkshopSettings;
  if (std::string why = room_problem(s); !why.empty()) return why;
  if (s.scenario_ids.empty() &&
      (s.rumour_count < S::min_rumours || s.rumour_count > S::max_rumours))
    return "a workshop asks 1 to 20 rumours";
  if (s.scenario_ids.size() > static_cast<size_t>(S::max_rumours))
    return "a workshop asks 1 to 20 rumours";
  return "";
}

int choice_count(const WorkshopRumour& r, Mode mode) {
  switch (mode) {
    case Mode::Verdict: return static_cast<int>(r.scenario->choices.size());
    case Mode::Reply: return static_cast<int>(r.scenario->replies.size());
    case Mode::Technique: return static_cast<int>(r.technique_choices.size());
  }
  return 0;
}

int choice_points(const WorkshopRumour& r, Mode mode, int choice) {
  if (choice < 0 || choice >= choice_count(r, mode)) return 0;
  const Scenario& s = *r.scenario;
  auto i = static_cast<size_t>(choice);
  switch (mode) {
    case Mode::Verdict: return Scoring::verdict_points(s.verdict, s.choices[i]);
    case Mode::Reply: return Scoring::reply_points(s.replies[i].quality);
    case Mode::Technique: return Scoring::technique_points(s.techniques, r.technique_choices[i]);
  }
  return 0;
}

bool Workshop::fail(std::string why) {
  error_ = std::move(why);
  return false;
}

const WorkshopRumour* Workshop::current() const {
  if (phase_ == WorkshopPhase::Debrief)
    return replay_ ? &rumours_[static_cast<size_t>(*replay_)] : nullptr;
  if (phase_ == WorkshopPhase::Setup || position_ >= rumours_.size()) return nullptr;
  return &rumours_[position_];
}

WorkshopRumour* Workshop::asking() {
  if (phase_ != WorkshopPhase::Asking || position_ >= rumours_.size()) return nullptr;
  WorkshopRumour& r = rumours_[position_];
  return r.locked ? nullptr : &r;
}

int Workshop::turn_team() const {
  if (settings_.answers != TeamAnswers::InTurn || team_count() == 0) return -1;
  return static_cast<int>(position_ % static_cast<size_t>(team_count()));
}

bool Workshop::may_vote(int team) const {
  if (phase_ != WorkshopPhase::Asking || uses_cards()) return false;
  if (team < 0 || team >= team_count()) return false;
  if (rumours_[position_].locked) return false;
  int turn = turn_team();
  return turn < 0 || turn == team;
}

bool Workshop::timer_running() const {
  if (phase_ != WorkshopPhase::Asking) return false;
  const WorkshopRumour& r = rumours_[position_];
  return !r.locked && r.talk_left_ms > 0;
}

RoundSettings draw_settings(const WorkshopSettings& s) {
  RoundSettings rs;
  rs.mode = s.mode;
  rs.rumour_count = s.rumour_count;
  rs.packs = s.packs;
  rs.topics = s.topics;
  rs.language = s.language;
  rs.seed = s.seed;
  return rs;
}

bool Workshop::begin(const WorkshopSettings& s) {
  if (std::string why = settings_problem(s); !why.empty()) return fail(why);
  RoundSettings rs = draw_settings(s);
  std::vector<const Scenario*> order;
  if (!s.scenario_ids.empty()) {
    for (const auto& id : s.scenario_ids) {
      const Scenario* sc = library_->find(id);
      if (!sc) return fail("there is no rumour with the id \"" + id + "\"");
      if (std::find(order.begin(), order.end(), sc) != order.end())
        return fail("the rumour \"" + id + "\" is chosen twice");
      if (s.mode == Mode::Technique && sc->techniques.empty())
        return fail("the rumour \"" + id + "\" names no technique to spot");
      order.push_back(sc);
    }
  } else {
    // The same draw as a solo round: a mix of verdicts, shuffled by the seed.
    Round draw(*library_);
    if (!draw.apply(action::Start{rs})) return fail(draw.last_error());
    order = draw.order();
  }
  std::vector<std::vector<int>> reply_orders = Round::reply_orders(order, s.seed);
  // Wrong techniques are weighted over all a draw could have taken, as in a solo round.
  std::vector<std::vector<Technique>> offers =
      Round::technique_offers(Round::eligible(*library_, rs), order, s.seed);
  settings_ = s;
  rumours_.clear();
  for (size_t i = 0; i < order.size(); ++i) {
    WorkshopRumour r;
    r.scenario = order[i];
    r.reply_order = std::move(reply_orders[i]);
    if (s.mode == Mode::Technique) r.technique_choices = std::move(offers[i]);
    r.team_choice.assign(s.team_names.size(), -1);
    r.card_counts.assign(static_cast<size_t>(choice_count(r, s.mode)), 0);
    r.talk_left_ms = s.talk_seconds * 1000;
    rumours_.push_back(std::move(r));
  }
  position_ = 0;
  replay_.reset();
  unlocked_ = false;
  phase_ = WorkshopPhase::Asking;
  return true;
}

void Workshop::lock_if_everyone_answered() {
  WorkshopRumour& r = rumours_[position_];
  int turn = turn_team();
  bool all = turn >= 0 ? r.team_choice[static_cast<size_t>(turn)] >= 0
                       : std::all_of(r.team_choice.begin(), r.team_choice.end(),
                                     [](int c) { return c >= 0; });
  if (all) r.locked = true;
}

bool Workshop::vote(const workshop_action::Vote& v) {
  if (uses_cards()) return fail("this session counts voting cards");
  if (!asking()) return fail("answers are not open");
  if (v.team < 0 || v.team >= team_count()) return fail("there is no such team");
  if (!may_vote(v.team)) return fail("it is another team's turn");
  WorkshopRumour& r = rumours_[position_];
  if (v.choice < -1 || v.choice >= choice_count(r, settings_.mode))
    return fail("there is no such answer");
  r.team_choice[static_cast<size_t>(v.team)] = v.choice;
  if (v.choice >= 0) lock_if_everyone_answered();
  return true;
}

bool Workshop::next() {
  switch (phase_) {
    case WorkshopPhase::Revealed:
      if (!uses_cards() && team_count() > 0) {
        phase_ = WorkshopPhase::Scoreboard;
        return true;
      }
      [[fallthrough]];
    case WorkshopPhase::Scoreboard:
      if (position_ + 1 >= rumours_.size()) {
        phase_ = WorkshopPhase::Debrief;
      } else {
        ++position_;
        phase_ = WorkshopPhase::Asking;
      }
      return true;
    default: return fail("nothing to move on from");
  }
}

bool Workshop::apply(const WorkshopAction& a) {
  error_.clear();
  namespace wa = workshop_action;
  return std::visit(
      [&](const auto& act) -> bool {
        using T = std::decay_t<decltype(act)>;
        if constexpr (std::is_same_v<T, wa::Begin>) {
          if (phase_ != WorkshopPhase::Setup) return fail("a session is already under way");
          return begin(act.settings);
        } else if constexpr (std::is_same_v<T, wa::Vote>) {
          return vote(act);
        } else if constexpr (std::is_same_v<T, wa::SetCards>) {
          if (!uses_cards()) return fail("this session has teams on the device");
          WorkshopRumour* r = asking();
          if (!r) return fail("answers are not open");
          if (act.choice < 0 || act.choice >= static_cast<int>(r->card_counts.size()))
            return fail("there is no such answer");
          if (act.count < 0 || act.count > WorkshopSettings::max_cards)
            return fail("a count is 0 to 999");
          r->card_counts[static_cast<size_t>(act.choice)] = act.count;
          return true;
        } else if constexpr (std::is_same_v<T, wa::Tick>) {
          if (!timer_running() || act.elapsed_ms <= 0) return false;
          WorkshopRumour& r = rumours_[position_];
          r.talk_left_ms = std::max(0, r.talk_left_ms - act.elapsed_ms);
          if (r.talk_left_ms == 0) r.locked = true;  // time is up: answers lock
          return true;
        } else if constexpr (std::is_same_v<T, wa::Reveal>) {
          if (phase_ != WorkshopPhase::Asking) return fail("nothing to reveal");
          rumours_[position_].locked = true;
          phase_ = WorkshopPhase::Revealed;
          return true;
        } else if constexpr (std::is_same_v<T, wa::Next>) {
          return next();
        } else if constexpr (std::is_same_v<T, wa::End>) {
          if (phase_ == WorkshopPhase::Setup || phase_ == WorkshopPhase::Debrief)
            return fail("no session under way");
          if (!facilitator_unlocked()) return fail("the facilitator's PIN is needed");
          // A rumour still being asked was not revealed: the debrief leaves it out.
          if (phase_ == WorkshopPhase::Asking)
            rumours_.resize(position_);
          else
            position_ = rumours_.size() - 1;
          phase_ = WorkshopPhase::Debrief;
          return true;
        } else if constexpr (std::is_same_v<T, wa::Replay>) {
          if (phase_ != WorkshopPhase::Debrief) return fail("the debrief is not open");
          if (act.position < 0 || act.position >= static_cast<int>(rumours_.size()))
            return fail("there is no such rumour");
          replay_ = act.position;
          return true;
        } else if constexpr (std::is_same_v<T, wa::CloseReplay>) {
          if (!replay_) return fail("no rumour is open");
          replay_.reset();
          return true;
        } else if constexpr (std::is_same_v<T, wa::Unlock>) {
          if (settings_.pin.empty()) return fail("this session has no PIN");
          if (act.pin != settings_.pin) return fail("that is not the PIN");
          unlocked_ = true;
          return true;
        } else if constexpr (std::is_same_v<T, wa::Lock>) {
          if (settings_.pin.empty() || !unlocked_) return fail("nothing to lock");
          unlocked_ = false;
          return true;
        } else {  // NewGroup
          if (!facilitator_unlocked()) return fail("the facilitator's PIN is needed");
          phase_ = WorkshopPhase::Setup;
          // Team names may belong to minors: nothing of this group stays.
          WorkshopSettings fresh;
          fresh.answers = settings_.answers;
          fresh.mode = settings_.mode;
          fresh.rumour_count = settings_.rumour_count;
          fresh.talk_seconds = settings_.talk_seconds;
          fresh.team_names.assign(settings_.team_names.size(), "");
          fresh.language = settings_.language;
          settings_ = fresh;
          rumours_.clear();
          position_ = 0;
          replay_.reset();
          unlocked_ = false;
          return true;
        }
      },
      a);
}

std::vector<TeamScore> Workshop::scoreboard() const {
  std::vector<TeamScore> out;
  for (int t = 0; t < team_count(); ++t) out.push_back({t, 0, 0, 0});
  for (size_t i = 0; i < rumours_done(); ++i) {  // the rumour being asked counts once revealed
    const WorkshopRumour& r = rumours_[i];
    for (int t = 0; t < team_count(); ++t) {
      int c = r.team_choice[static_cast<size_t>(t)];
      if (c < 0) continue;
      int p = choice_points(r, settings_.mode, c);
      out[static_cast<size_t>(t)].points += p;
      out[static_cast<size_t>(t)].answered += 1;
      if (p == Scoring::full_points) out[static_cast<size_t>(t)].right += 1;
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const TeamScore& a, const TeamScore& b) { return a.points > b.points; });
  return out;
}

RumourSpread Workshop::spread(int position) const {
  RumourSpread s;
  s.position = position;
  const WorkshopRumour& r = rumours_.at(static_cast<size_t>(position));
  s.counts.assign(static_cast<size_t>(choice_count(r, settings_.mode)), 0);
  auto add = [&](int choice, int n) {
    s.counts[static_cast<size_t>(choice)] += n;
    s.answers += n;
    if (choice_points(r, settings_.mode, choice) == Scoring::full_points) s.right += n;
  };
  if (uses_cards()) {
    for (size_t c = 0; c < r.card_counts.size(); ++c) add(static_cast<int>(c), r.card_counts[c]);
  } else {
    for (int c : r.team_choice)
      if (c >= 0) add(c, 1);
  }
  return s;
}

size_t Workshop::rumours_done() const {
  switch (phase_) {
    case WorkshopPhase::Setup: return 0;
    case WorkshopPhase::Asking: return position_;
    default: return std::min(position_ + 1, rumours_.size());
  }
}

std::vector<RumourSpread> Workshop::debrief() const {
  std::vector<RumourSpread> out;
  for (size_t i = 0; i < rumours_done(); ++i) out.push_back(spread(static_cast<int>(i)));
  // Most missed first: the share of right answers, lowest first (no answers: at the end).
  std::stable_sort(out.begin(), out.end(), [](const RumourSpread& a, const RumourSpread& b) {
    if ((a.answers == 0) != (b.answers == 0)) return b.answers == 0;
    return a.right * std::max(b.answers, 1) < b.right * std::max(a.answers, 1);
  });
  return out;
}

std::vector<TechniqueTally> Workshop::technique_tally() const {
  std::vector<TechniqueTally> out;
  for (const auto& [technique, name] : technique_names()) {
    TechniqueTally t{technique, 0, 0};
    for (size_t i = 0; i < rumours_done(); ++i) {
      const auto& used = rumours_[i].scenario->techniques;
      if (std::find(used.begin(), used.end(), technique) == used.end()) continue;
      RumourSpread s = spread(static_cast<int>(i));
      t.spotted += s.right;
      t.missed += s.answers - s.right;
    }
    if (t.spotted + t.missed > 0) out.push_back(t);
  }
  std::stable_sort(out.begin(), out.end(), [](const TechniqueTally& a, const TechniqueTally& b) {
    return a.missed > b.missed;
  });
  return out;
}

void Workshop::resume(Saved saved) {
  settings_ = std::move(saved.settings);
  phase_ = saved.phase;
  position_ = saved.position;
  rumours_ = std::move(saved.rumours);
  replay_.reset();
  unlocked_ = false;  // a PIN is asked again after a restart
}

}  // namespace ar
