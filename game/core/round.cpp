#include "round.h"

#include <algorithm>
#include <random>

#include "progress.h"

namespace ar {

namespace {
constexpr Named<Mode> mode_table[] = {
    {Mode::Verdict, "verdict"}, {Mode::Reply, "reply"}, {Mode::Technique, "technique"}};
}  // namespace

std::span<const Named<Mode>> mode_names() {
  return mode_table;
}
const char* to_string(Mode m) {
  return name_of(m, mode_names());
}
std::optional<Mode> mode_from(const std::string& s) {
  return find_name(s, mode_names());
}

const char* to_string(Phase p) {
  switch (p) {
    case Phase::Choosing: return "choosing";
    case Phase::Answering: return "answering";
    case Phase::Feedback: return "feedback";
    case Phase::Summary: return "summary";
  }
  return "?";
}

namespace {
constexpr Named<Confidence> confidence_names_table[] = {{Confidence::Sure, "sure"},
                                                        {Confidence::ThinkSo, "think_so"},
                                                        {Confidence::Guessing, "guessing"}};
}  // namespace

std::span<const Named<Confidence>> confidence_names() {
  return confidence_names_table;
}

const char* to_string(Confidence c) {
  return name_of(c, confidence_names());
}

namespace {
template <typename T>
bool contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// Fisher-Yates with the raw generator: std::shuffle and the distributions differ between standard
// libraries, and a seed must give the same round natively and in the browser.
template <typename T>
void shuffle(std::vector<T>& v, std::mt19937_64& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng() % i]);
}

// How many of these rumours use each technique.
std::map<Technique, uint64_t> technique_uses(const std::vector<const Scenario*>& rumours) {
  std::map<Technique, uint64_t> uses;
  for (const Scenario* sc : rumours)
    for (Technique t : sc->techniques) ++uses[t];
  return uses;
}

// Takes one technique out of `from`, with a chance that grows with the square of how many
// rumours use it (evenly when none of them is used).
Technique take_weighted(std::vector<Technique>& from, const std::map<Technique, uint64_t>& uses,
                        std::mt19937_64& rng) {
  auto weight = [&](Technique t) {
    auto it = uses.find(t);
    return it == uses.end() ? uint64_t{0} : it->second * it->second;
  };
  uint64_t total = 0;
  for (Technique t : from) total += weight(t);
  size_t i = 0;
  if (total == 0) {
    i = rng() % from.size();
  } else {
    for (uint64_t r = rng() % total; r >= weight(from[i]); ++i) r -= weight(from[i]);
  }
  Technique t = from[i];
  from.erase(from.begin() + static_cast<std::ptrdiff_t>(i));
  return t;
}

// The four techniques offered for a rumour, shuffled: one it uses and three it does not. A blind
// player who always picks a technique when it is offered should win no more often than chance, so
// a technique must be offered as a wrong choice about three times as often as it is the right one.
// Hence the right one is the rumour's least used technique, and the wrong ones are drawn weighted
// by how many rumours of the pool use them, squared (in a simulation of the shipped content, plain
// counts left the commonest technique further above chance; blind_play_test has the numbers).
std::vector<Technique> offer(const Scenario& sc, const std::map<Technique, uint64_t>& uses,
                             std::mt19937_64& rng) {
  std::vector<Technique> offered;
  if (sc.techniques.empty()) return offered;
  auto used = [&](Technique t) { return uses.count(t) ? uses.at(t) : 0; };
  std::vector<Technique> rarest;
  for (Technique t : sc.techniques) {
    if (!rarest.empty() && used(t) > used(rarest.front())) continue;
    if (!rarest.empty() && used(t) < used(rarest.front())) rarest.clear();
    rarest.push_back(t);
  }
  offered.push_back(rarest[rng() % rarest.size()]);
  std::vector<Technique> others;
  for (const auto& [t, name] : technique_names())
    if (!contains(sc.techniques, t)) others.push_back(t);
  while (offered.size() < 4 && !others.empty()) offered.push_back(take_weighted(others, uses, rng));
  shuffle(offered, rng);
  return offered;
}
}  // namespace

std::vector<const Scenario*> Round::eligible(const Library& library, const RoundSettings& s) {
  std::vector<const Scenario*> out;
  for (const auto& pack : library.packs()) {
    if (!contains(pack.info.languages, s.language)) continue;
    if (!s.packs.empty() && !contains(s.packs, pack.info.id)) continue;
    for (const auto& sc : pack.scenarios) {
      if (!s.topics.empty() && !contains(s.topics, sc.topic)) continue;
      if (!s.difficulties.empty() && !contains(s.difficulties, sc.difficulty)) continue;
      if (s.mode == Mode::Technique && sc.techniques.empty()) continue;  // a format 1 rumour
      out.push_back(&sc);
    }
  }
  return out;
}

std::vector<std::vector<int>> Round::reply_orders(const std::vector<const Scenario*>& rumours,
                                                  uint64_t seed) {
  // The replies' order comes from its own stream, so adding it changed no rumour order.
  std::mt19937_64 reply_rng(seed ^ 0x9e3779b97f4a7c15ull);
  std::vector<std::vector<int>> out;
  for (const Scenario* sc : rumours) {
    std::vector<int> order(sc->replies.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    shuffle(order, reply_rng);
    out.push_back(std::move(order));
  }
  return out;
}

std::vector<std::vector<Technique>> Round::technique_offers(
    const std::vector<const Scenario*>& pool, const std::vector<const Scenario*>& rumours,
    uint64_t seed) {
  // A stream of their own too: one technique the rumour uses, three it does not.
  const std::map<Technique, uint64_t> uses = technique_uses(pool);
  std::mt19937_64 technique_rng(seed ^ 0xc2b2ae3d27d4eb4full);
  std::vector<std::vector<Technique>> out;
  for (const Scenario* sc : rumours) out.push_back(offer(*sc, uses, technique_rng));
  return out;
}

bool Round::fail(std::string why) {
  error_ = std::move(why);
  return false;
}

// Takes `count` rumours from `pool` (ordered: seen least first, then shuffled) so that a round
// holds a mix of verdicts: each pick is, among the rumours seen as rarely as the rarest left, the
// first whose verdict the round holds fewest of. Most shipped rumours are "false", and a player
// who always answers "false" should not pass.
std::vector<const Scenario*> Round::mix_verdicts(std::vector<const Scenario*> pool,
                                                 size_t count) const {
  std::vector<const Scenario*> picked;
  std::map<Verdict, int> held;
  auto seen = [&](const Scenario* sc) { return progress_ ? progress_->times_seen(sc->id) : 0; };
  while (picked.size() < count && !pool.empty()) {
    int rarest = seen(pool.front());  // the pool is sorted by times seen
    auto best = pool.begin();
    for (auto it = pool.begin(); it != pool.end() && seen(*it) == rarest; ++it)
      if (held[(*it)->verdict] < held[(*best)->verdict]) best = it;
    ++held[(*best)->verdict];
    picked.push_back(*best);
    pool.erase(best);
  }
  return picked;
}

bool Round::start(const RoundSettings& s) {
  if (s.rumour_count < 1) return fail("a round needs at least one rumour");
  std::vector<const Scenario*> pool = eligible(*library_, s);
  if (pool.empty()) return fail("no rumour matches these topics, difficulties and language");
  std::mt19937_64 rng(s.seed);
  shuffle(pool, rng);
  // Rumours seen least often come first; the shuffle above orders those seen equally often.
  if (progress_)
    std::stable_sort(pool.begin(), pool.end(), [&](const Scenario* a, const Scenario* b) {
      return progress_->times_seen(a->id) < progress_->times_seen(b->id);
    });
  std::vector<const Scenario*> drawn = mix_verdicts(pool, static_cast<size_t>(s.rumour_count));
  reply_orders_ = reply_orders(drawn, s.seed);
  technique_choices_ = technique_offers(pool, drawn, s.seed);  // weighted by the whole pool
  settings_ = s;
  order_ = std::move(drawn);
  position_ = 0;
  confidence_.reset();
  answers_.clear();
  points_ = streak_ = best_streak_ = 0;
  phase_ = Phase::Answering;
  return true;
}

bool Round::record(Answer a) {
  a.outcome = Scoring::outcome(a.points);  // before practice zeroes the points: same outcome
  if (settings_.practice) a.points = 0;    // practice: nothing is scored, ever
  points_ += a.points;
  if (!settings_.practice && a.full_marks()) {
    best_streak_ = std::max(best_streak_, ++streak_);
  } else {
    streak_ = 0;
  }
  answers_.push_back(a);
  phase_ = Phase::Feedback;
  return true;
}

bool Round::apply(const Action& a) {
  error_.clear();
  return std::visit(
      [&](const auto& act) -> bool {
        using T = std::decay_t<decltype(act)>;
        if constexpr (std::is_same_v<T, action::Start>) {
          if (phase_ != Phase::Choosing) return fail("a round is already under way");
          return start(act.settings);
        } else if constexpr (std::is_same_v<T, action::PickVerdict>) {
          if (phase_ != Phase::Answering) return fail("not waiting for an answer");
          if (settings_.mode != Mode::Verdict) return fail("this round asks for replies");
          const Scenario* s = current();
          if (!contains(s->choices, act.verdict)) return fail("that verdict is not offered here");
          Answer ans{s, act.verdict, -1, Outcome::Wrong,
                     Scoring::verdict_points(s->verdict, act.verdict)};
          ans.confidence = confidence_;  // recorded beside the verdict, scored the same
          return record(ans);
        } else if constexpr (std::is_same_v<T, action::ChooseConfidence>) {
          if (phase_ != Phase::Answering) return fail("not waiting for an answer");
          if (settings_.mode != Mode::Verdict) return fail("only verdicts take a confidence");
          confidence_ = act.level;
          return true;
        } else if constexpr (std::is_same_v<T, action::PickReply>) {
          if (phase_ != Phase::Answering) return fail("not waiting for an answer");
          if (settings_.mode != Mode::Reply) return fail("this round asks for verdicts");
          const Scenario* s = current();
          if (act.index < 0 || act.index >= static_cast<int>(s->replies.size()))
            return fail("there is no such reply");
          Answer ans{s, std::nullopt, act.index, Outcome::Wrong,
                     Scoring::reply_points(s->replies[act.index].quality)};
          return record(ans);
        } else if constexpr (std::is_same_v<T, action::PickTechnique>) {
          if (phase_ != Phase::Answering) return fail("not waiting for an answer");
          if (settings_.mode != Mode::Technique) return fail("this round does not ask techniques");
          if (!contains(technique_choices(), act.technique))
            return fail("that technique is not offered here");
          const Scenario* s = current();
          return record({s, std::nullopt, -1, Outcome::Wrong,
                         Scoring::technique_points(s->techniques, act.technique), act.technique});
        } else if constexpr (std::is_same_v<T, action::Next>) {
          if (phase_ != Phase::Feedback) return fail("nothing to move on from");
          confidence_.reset();  // each rumour starts with no confidence chosen
          if (++position_ >= order_.size()) {
            phase_ = Phase::Summary;
          } else {
            phase_ = Phase::Answering;
          }
          return true;
        } else if constexpr (std::is_same_v<T, action::Finish>) {
          if (phase_ != Phase::Answering && phase_ != Phase::Feedback)
            return fail("no round under way");
          phase_ = Phase::Summary;
          return true;
        } else {  // Restart
          if (phase_ != Phase::Summary) return fail("the round is not over");
          phase_ = Phase::Choosing;
          return true;
        }
      },
      a);
}

const Scenario* Round::current() const {
  if (phase_ != Phase::Answering && phase_ != Phase::Feedback) return nullptr;
  return position_ < order_.size() ? order_[position_] : nullptr;
}

const std::vector<int>& Round::reply_order() const {
  static const std::vector<int> none;
  if (!current()) return none;
  return reply_orders_[position_];
}

const std::vector<Technique>& Round::technique_choices() const {
  static const std::vector<Technique> none;
  if (!current()) return none;
  return technique_choices_[position_];
}

int Round::protection_percent() const {
  return Scoring::protection_percent(points_, static_cast<int>(answers_.size()));
}

bool Round::is_protected() const {
  return !settings_.practice && Scoring::is_protected(points_, static_cast<int>(answers_.size()));
}

std::map<std::string, TopicResult> Round::results_by_topic() const {
  std::map<std::string, TopicResult> out;
  for (const auto& a : answers_) {
    auto& t = out[a.scenario->topic];
    ++t.answered;
    t.points += a.points;
    t.possible += Scoring::full_points;
  }
  return out;
}

std::vector<const Answer*> Round::believed() const {
  std::vector<const Answer*> out;
  for (const auto& a : answers_)
    if (a.outcome != Outcome::Right) out.push_back(&a);
  return out;
}

std::vector<TechniqueTally> Round::technique_tally() const {
  std::vector<TechniqueTally> out;
  for (const auto& [technique, name] : technique_names()) {
    TechniqueTally t{technique, 0, 0};
    for (const auto& a : answers_)
      if (contains(a.scenario->techniques, technique)) ++(a.full_marks() ? t.spotted : t.missed);
    if (t.spotted + t.missed > 0) out.push_back(t);
  }
  return out;
}

std::vector<CalibrationRow> Round::calibration() const {
  std::vector<CalibrationRow> out;
  for (const auto& [level, name] : confidence_names()) {
    CalibrationRow row{level, 0, 0};
    for (const auto& a : answers_) {
      if (a.confidence != level) continue;
      ++row.answered;
      if (a.full_marks()) ++row.right;
    }
    if (row.answered > 0) out.push_back(row);
  }
  return out;
}

}  // namespace ar
