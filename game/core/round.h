#pragma once
// A round of the game as a small state machine, with no ImGui in sight:
//   Choosing --Start--> Answering --PickVerdict/PickReply/PickTechnique--> Feedback --Next--> ...
//   ... --Next (after the last rumour) or Finish--> Summary --Restart--> Choosing
// Every change goes through apply(Action); an action that does not fit the phase is rejected and
// changes nothing. Given the same library, settings and seed, a round is always the same.
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "library.h"
#include "scoring.h"

namespace ar {

// Verdict: is the rumour true? Reply: how to answer the neighbour? Technique: which manipulation
// technique does the rumour use (format 2 rumours only)?
enum class Mode { Verdict, Reply, Technique };
std::span<const Named<Mode>> mode_names();
const char* to_string(Mode m);
std::optional<Mode> mode_from(const std::string& s);

struct RoundSettings {
  Mode mode = Mode::Verdict;
  int rumour_count = 5;
  std::vector<std::string> packs;        // pack ids; empty: every pack
  std::vector<std::string> topics;       // empty: every topic
  std::vector<Difficulty> difficulties;  // empty: every difficulty
  std::string language = "es";
  bool practice = false;  // learning, not testing: nothing is scored
  uint64_t seed = 1;
};

// What the player has done so far on this device: rumours seen come later in new rounds.
struct Progress;

// Verdict mode: how sure the player says they are before giving a verdict (optional). It changes
// no score: the summary only shows how often each level was right (calibration).
enum class Confidence { Sure, ThinkSo, Guessing };
std::span<const Named<Confidence>> confidence_names();  // "sure", "think_so", "guessing"
const char* to_string(Confidence c);

struct Answer {
  const Scenario* scenario = nullptr;
  std::optional<Verdict> verdict;        // verdict mode
  int reply = -1;                        // reply mode: index in scenario->replies
  Outcome outcome = Outcome::Wrong;      // decided once, when recorded; the same in practice rounds
  int points = 0;                        // always 0 in practice rounds
  std::optional<Technique> technique{};  // technique mode ({}: initialisers may leave it out)
  std::optional<Confidence> confidence{};  // verdict mode: how sure the player said they were
  bool full_marks() const { return outcome == Outcome::Right; }
};

struct TopicResult {
  int answered = 0;
  int points = 0;
  int possible = 0;
};

// How the player did against one manipulation technique: each rumour answered right counts as
// spotted for every technique it uses, any other answer (half points too) as missed.
struct TechniqueTally {
  Technique technique = Technique::AnecdoteAsProof;
  int spotted = 0;
  int missed = 0;
  bool operator==(const TechniqueTally&) const = default;
};

// Calibration: of the verdicts given at one level of confidence, how many were right.
struct CalibrationRow {
  Confidence level = Confidence::Sure;
  int right = 0;
  int answered = 0;
  bool operator==(const CalibrationRow&) const = default;
};

namespace action {
struct Start {
  RoundSettings settings;
};
struct PickVerdict {
  Verdict verdict;
};
// Verdict mode, before the verdict: how sure the player is ({}: takes the choice back).
struct ChooseConfidence {
  std::optional<Confidence> level;
};
struct PickReply {
  int index;
};
struct PickTechnique {
  Technique technique;
};
struct Next {};
struct Finish {};   // stop early: go to the summary with what was answered
struct Restart {};  // back to choosing
}  // namespace action
using Action =
    std::variant<action::Start, action::PickVerdict, action::ChooseConfidence, action::PickReply,
                 action::PickTechnique, action::Next, action::Finish, action::Restart>;

enum class Phase { Choosing, Answering, Feedback, Summary };
const char* to_string(Phase p);

class Round {
 public:
  explicit Round(const Library& library, const Progress* progress = nullptr)
      : library_(&library), progress_(progress) {}

  // Returns false, with a reason in last_error(), when the action does not fit.
  bool apply(const Action& a);
  const std::string& last_error() const { return error_; }

  Phase phase() const { return phase_; }
  const RoundSettings& settings() const { return settings_; }
  const std::vector<const Scenario*>& order() const { return order_; }
  size_t position() const { return position_; }  // index of the current rumour in order()
  const Scenario* current() const;
  const std::vector<Answer>& answers() const { return answers_; }
  const Answer* last_answer() const { return answers_.empty() ? nullptr : &answers_.back(); }
  // The order in which the current rumour's replies are offered (indexes into its replies):
  // shuffled per round by the seed, so the good reply is not always in the same place.
  // PickReply names a reply by its index in the scenario, wherever it was shown.
  const std::vector<int>& reply_order() const;
  // Technique mode: the 4 techniques offered for the current rumour, in the order shown: one of
  // the rumour's own techniques and three it does not use, shuffled by the seed. Empty for a
  // rumour that names no technique.
  const std::vector<Technique>& technique_choices() const;
  // Verdict mode: the confidence chosen for the current rumour so far ({}: none chosen).
  std::optional<Confidence> confidence() const { return confidence_; }

  int points() const { return points_; }
  int streak() const { return streak_; }
  int best_streak() const { return best_streak_; }
  int protection_percent() const;
  bool is_protected() const;
  std::map<std::string, TopicResult> results_by_topic() const;
  // The rumours that got through the umbrella: answers whose outcome was not right.
  std::vector<const Answer*> believed() const;
  // The techniques of the rumours answered so far, in the order of technique_names(); a technique
  // no answered rumour uses is not listed. The same in practice rounds (outcomes, not points).
  std::vector<TechniqueTally> technique_tally() const;
  // For each confidence level the player used, in the order of confidence_names(): how many of
  // those verdicts were right (full marks). Verdicts given with no confidence are not counted.
  std::vector<CalibrationRow> calibration() const;

  // Which scenarios a round with these settings may draw from (before ordering).
  static std::vector<const Scenario*> eligible(const Library& library, const RoundSettings& s);
  // The order each rumour's replies are shown in, for rumours in this order: shuffled from `seed`
  // (its own stream, so the rumours' order does not depend on it).
  static std::vector<std::vector<int>> reply_orders(const std::vector<const Scenario*>& rumours,
                                                    uint64_t seed);
  // The techniques offered for each of these rumours (technique mode): wrong ones weighted by how
  // many rumours of `pool` (all a round could have drawn) use them; from `seed`'s own stream.
  static std::vector<std::vector<Technique>> technique_offers(
      const std::vector<const Scenario*>& pool, const std::vector<const Scenario*>& rumours,
      uint64_t seed);

 private:
  bool start(const RoundSettings& s);
  std::vector<const Scenario*> mix_verdicts(std::vector<const Scenario*> pool, size_t count) const;
  bool record(Answer a);
  bool fail(std::string why);

  const Library* library_;
  const Progress* progress_;
  Phase phase_ = Phase::Choosing;
  RoundSettings settings_;
  std::vector<const Scenario*> order_;
  std::vector<std::vector<int>> reply_orders_;             // one per rumour in order_
  std::vector<std::vector<Technique>> technique_choices_;  // one per rumour in order_
  size_t position_ = 0;
  std::optional<Confidence> confidence_;  // chosen for the current rumour, not yet answered
  std::vector<Answer> answers_;
  int points_ = 0, streak_ = 0, best_streak_ = 0;
  std::string error_;
};

}  // namespace ar
