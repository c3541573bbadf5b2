#pragma once
// A workshop: teams around one tablet or a projector, paced by a facilitator. A small state machine
// beside the solo Round, with no ImGui in sight:
//   Setup --Begin--> Asking --Reveal--> Revealed --Next--> Scoreboard --Next--> Asking ...
//   ... --Next (after the last rumour) or End--> Debrief --NewGroup--> Setup
// With printed voting cards there are no teams on the device: Revealed --Next--> Asking directly.
// Every change goes through apply(WorkshopAction); an action that does not fit changes nothing.
// The talk timer runs on Tick actions carrying elapsed time, so tests and a resumed session see
// exactly the time that passed while the game was running.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "library.h"
#include "round.h"
#include "scoring.h"

namespace ar {

// How the room answers.
enum class TeamAnswers {
  AllVote,   // every team answers every rumour, each on its own row of buttons
  InTurn,    // one team answers each rumour, in turn
  CardCount  // the room votes with printed cards; the facilitator enters how many for each answer
};
std::span<const Named<TeamAnswers>> team_answers_names();
const char* to_string(TeamAnswers t);
std::optional<TeamAnswers> team_answers_from(const std::string& s);

struct WorkshopSettings {
  static constexpr int min_teams = 2, max_teams = 8;
  static constexpr int min_talk_seconds = 30, max_talk_seconds = 120;
  static constexpr size_t max_team_name = 24, min_pin = 4, max_pin = 8;
  static constexpr int min_rumours = 1, max_rumours = 20;
  static constexpr int max_cards = 999;  // votes for one answer with printed cards
  // Each team is shown with its name, a letter (A, B, …) and a colour: never the colour alone.
  std::vector<std::string> team_names = {"", "",
                                         ""};  // empty name: "Team A" in the player's language
  TeamAnswers answers = TeamAnswers::AllVote;
  Mode mode = Mode::Verdict;  // spotting the technique: rumours of format 2 packs only
  int rumour_count = 6;
  std::vector<std::string> packs;         // pack ids; empty: every pack
  std::vector<std::string> topics;        // empty: every topic
  std::vector<std::string> scenario_ids;  // hand-picked, in this order: replaces the draw
  int talk_seconds = 0;                   // 0: no timer
  std::string pin;                        // empty: no PIN; else 4-8 digits
  std::string language = "es";
  uint64_t seed = 1;
  bool operator==(const WorkshopSettings&) const = default;
};

// Why settings cannot start a workshop, in words for the facilitator; empty when they can.
std::string settings_problem(const WorkshopSettings& s);

// The solo round's settings a workshop draws with: the same packs, topics, mode, language and seed
// (its hand-picked list chooses among what they allow).
RoundSettings draw_settings(const WorkshopSettings& s);
// The part of those rules about the room (teams, mode, timer, PIN), which a saved session must
// still keep; the rest is about drawing the rumours, which a saved session has done already.
std::string room_problem(const WorkshopSettings& s);
char team_letter(int team);  // 'A' for the first team

enum class WorkshopPhase { Setup, Asking, Revealed, Scoreboard, Debrief };
std::span<const Named<WorkshopPhase>> workshop_phase_names();
const char* to_string(WorkshopPhase p);
std::optional<WorkshopPhase> workshop_phase_from(const std::string& s);

// One rumour of the session and how the room answered it. An answer ("choice") is, in verdict
// mode, an index into the scenario's choices; in reply mode, a reply's index in the scenario; in
// technique mode, an index into technique_choices.
struct WorkshopRumour {
  const Scenario* scenario = nullptr;
  std::vector<int> reply_order;              // how the replies are shown (reply mode)
  std::vector<Technique> technique_choices;  // the techniques offered (technique mode)
  std::vector<int> team_choice;              // per team; -1: no answer
  std::vector<int> card_counts;              // per choice (printed cards)
  int talk_left_ms = 0;  // the talk timer's time left; 0: answers are locked (or no timer)
  bool locked = false;   // no more answers: all teams answered, time ran out, or revealed
};

// How many choices a rumour offers in this mode.
int choice_count(const WorkshopRumour& r, Mode mode);
// The points a choice earns (Scoring's rules); 0 for no choice.
int choice_points(const WorkshopRumour& r, Mode mode, int choice);

struct TeamScore {
  int team = 0;
  int points = 0;
  int right = 0;     // answers with full points
  int answered = 0;  // rumours this team answered
};

// The debrief's line for one rumour: how the room's answers spread.
struct RumourSpread {
  int position = 0;         // in the session's order
  std::vector<int> counts;  // answers per choice
  int answers = 0;          // all answers given
  int right = 0;            // of them, with full points
  int right_percent() const { return answers ? right * 100 / answers : 0; }
};

namespace workshop_action {
struct Begin {
  WorkshopSettings settings;
};
struct Vote {
  int team;
  int choice;  // -1 takes the team's answer back
};
struct SetCards {
  int choice;
  int count;
};
struct Tick {
  int elapsed_ms;
};
struct Reveal {};
struct Next {};
struct End {};  // stop early: straight to the debrief with what was answered
struct Replay {
  int position;
};  // the debrief opens one rumour's revealed page again
struct CloseReplay {};
struct Unlock {
  std::string pin;
};  // the facilitator's controls (end, leave, notes, new group) open until Lock
struct Lock {};
struct NewGroup {};  // forget this session and its team names; back to setup
}  // namespace workshop_action
using WorkshopAction =
    std::variant<workshop_action::Begin, workshop_action::Vote, workshop_action::SetCards,
                 workshop_action::Tick, workshop_action::Reveal, workshop_action::Next,
                 workshop_action::End, workshop_action::Replay, workshop_action::CloseReplay,
                 workshop_action::Unlock, workshop_action::Lock, workshop_action::NewGroup>;

class Workshop {
 public:
  explicit Workshop(const Library& library) : library_(&library) {}

  // Returns false, with a reason in last_error(), when the action does not fit.
  bool apply(const WorkshopAction& a);
  const std::string& last_error() const { return error_; }

  WorkshopPhase phase() const { return phase_; }
  // A session has begun and is not yet forgotten (the debrief counts: its results are still here).
  bool under_way() const { return phase_ != WorkshopPhase::Setup; }
  const WorkshopSettings& settings() const { return settings_; }
  int team_count() const { return static_cast<int>(settings_.team_names.size()); }
  bool uses_cards() const { return settings_.answers == TeamAnswers::CardCount; }
  const std::vector<WorkshopRumour>& rumours() const { return rumours_; }
  size_t position() const { return position_; }
  const WorkshopRumour* current() const;  // asking, revealed or replayed
  std::optional<int> replaying() const { return replay_; }
  // Which team answers now (in turn); -1 when all do.
  int turn_team() const;
  // Whether `team` may still answer the current rumour.
  bool may_vote(int team) const;
  // The facilitator's controls are open: no PIN was set, or it was entered and not locked again.
  bool facilitator_unlocked() const { return settings_.pin.empty() || unlocked_; }
  // Whether the talk timer is counting (the platform keeps drawing frames while it does).
  bool timer_running() const;

  // How many rumours, from the first, have their answers in (revealed, or already past).
  size_t rumours_done() const;
  // Scores so far, highest first (ties: team order).
  std::vector<TeamScore> scoreboard() const;
  // Every rumour asked so far (revealed), the most missed first (ties: session order).
  std::vector<RumourSpread> debrief() const;
  RumourSpread spread(int position) const;
  // Per technique (format 2 packs), over every answer to a revealed rumour using it: how many were
  // right (spotted) and not (missed); the most missed first, techniques no answer met left out.
  std::vector<TechniqueTally> technique_tally() const;

  // For the save (workshop_save.h): the state as it was, checked by the reader.
  struct Saved {
    WorkshopSettings settings;
    WorkshopPhase phase = WorkshopPhase::Setup;
    size_t position = 0;
    std::vector<WorkshopRumour> rumours;
  };
  void resume(Saved saved);  // the reader has checked it against the library

 private:
  bool begin(const WorkshopSettings& s);
  bool vote(const workshop_action::Vote& v);
  bool next();
  bool fail(std::string why);
  WorkshopRumour* asking();  // the current rumour while answers are taken
  void lock_if_everyone_answered();

  const Library* library_;
  WorkshopPhase phase_ = WorkshopPhase::Setup;
  WorkshopSettings settings_;
  std::vector<WorkshopRumour> rumours_;
  size_t position_ = 0;
  std::optional<int> replay_;
  bool unlocked_ = false;
  std::string error_;
};

}  // namespace ar
