#pragma once
// The content model: a scenario pack as the game uses it once loaded and checked.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "local_text.h"

namespace ar {

enum class Verdict { True, False, Misleading, NotEnoughData };

enum class Difficulty { Easy, Medium, Hard };

enum class ReplyKind {
  EmpathicQuestion,
  LocalFact,
  AlternativeStory,
  Mocking,
  Lecturing,
  Agreeing,
  WalkingAway,
  Denying,    // a flat "that's false", with no reason to doubt
  Labelling,  // "that's racist": a name for the person, not an answer to the claim
  FactDump    // a pile of numbers, true ones, that nobody can follow
};

enum class ReplyQuality { Good, Partial, Poor };

// The manipulation techniques a rumour's rhetoric uses: a short closed list written for this game
// (format 2), so the feedback can name the trick and the summary can count the ones spotted.
enum class Technique {
  AnecdoteAsProof,     // hearsay and anecdote as proof
  CherryPicking,       // a chosen place or year stands for the whole
  NumbersWithoutRate,  // absolute numbers without a rate
  FalseConsensus,      // "everyone says"
  ZeroSum,             // what they get is taken from us
  BlamingAGroup,       // blaming a group for a system's failure
  ScaryProjection,     // a frightening future drawn from a trend
  OldDataAsNew         // old figures passed off as today's
};

// Whether a scenario's facts are checked and ready to play (format 2; every format 1 scenario is
// "checked"). Kept for authoring tools and the workshop screens; the game plays both.
enum class ScenarioStatus { Draft, Checked };

struct Source {
  std::string institution;
  std::string title;
  int year = 0;
  std::string area;
  std::string url;
  bool operator==(const Source&) const = default;
};

struct Fact {
  LocalText text;
  LocalText figure;  // optional: empty when the source gives no single figure
  Source source;
  bool operator==(const Fact&) const = default;
};

struct Reply {
  LocalText text;
  ReplyKind kind = ReplyKind::EmpathicQuestion;
  ReplyQuality quality = ReplyQuality::Good;
  LocalText feedback;
  // The feedback text is meant to be the same as another reply's in the pack (a check warns of
  // shared feedback otherwise: each reply should say what it itself does).
  bool shared_feedback = false;
  bool operator==(const Reply&) const = default;
};

struct Scenario {
  std::string id;
  std::string topic;
  Difficulty difficulty = Difficulty::Easy;
  LocalText rumour;
  Verdict verdict = Verdict::False;
  std::vector<Verdict> choices;  // what the player may pick, in display order
  Fact fact;
  LocalText explanation;
  std::vector<Reply> replies;
  LocalText discussion;
  std::vector<std::string> practices;  // ids in the practice catalogue
  std::vector<Technique> techniques;   // format 2: at least one; empty in a format 1 pack
  ScenarioStatus status = ScenarioStatus::Checked;
  LocalText facilitator_notes;  // for the facilitator only: never drawn on a player's screen
  std::string pack_id;          // filled by the library: where it came from
  bool operator==(const Scenario&) const = default;
};

struct PackInfo {
  std::string id;
  LocalText title;
  std::string version;
  std::vector<std::string> languages;
  std::vector<std::string> authors;
  std::string licence;
  std::string last_reviewed;
  ReviewByLanguage review;
  bool operator==(const PackInfo&) const = default;
};

// The pack formats this game reads: 1, and 2 (techniques, status, facilitator notes).
inline constexpr int newest_pack_format = 2;

struct Pack {
  int format = 1;
  PackInfo info;
  std::vector<Scenario> scenarios;
  bool operator==(const Pack&) const = default;
};

// A value and its name as content files write it ("not_enough_data").
template <typename E>
struct Named {
  E value;
  const char* name;
};

// Every value of each enum with its name, in declaration order: the one list behind to_string(),
// the *_from() functions, the loader's "expected one of: …" messages and the tests.
std::span<const Named<Verdict>> verdict_names();
std::span<const Named<Difficulty>> difficulty_names();
std::span<const Named<ReplyKind>> reply_kind_names();
std::span<const Named<ReplyQuality>> reply_quality_names();
std::span<const Named<Technique>> technique_names();
std::span<const Named<ScenarioStatus>> scenario_status_names();

// A value's name in its table, and back ("?" / nullopt when it is not there).
template <typename E>
const char* name_of(E e, std::span<const Named<E>> table) {
  for (const auto& [value, name] : table)
    if (value == e) return name;
  return "?";
}
template <typename E>
std::optional<E> find_name(const std::string& s, std::span<const Named<E>> table) {
  for (const auto& [value, name] : table)
    if (s == name) return value;
  return std::nullopt;
}

// Just the names of a table, in its order.
template <typename E>
std::vector<std::string> names_of(std::span<const Named<E>> table) {
  std::vector<std::string> names;
  for (const auto& entry : table) names.push_back(entry.name);
  return names;
}

// Names as they are written in content files, and back.
const char* to_string(Verdict v);
const char* to_string(Difficulty d);
const char* to_string(ReplyKind k);
const char* to_string(ReplyQuality q);
const char* to_string(Technique t);
const char* to_string(ScenarioStatus s);
std::optional<Verdict> verdict_from(const std::string& s);
std::optional<Difficulty> difficulty_from(const std::string& s);
std::optional<ReplyKind> reply_kind_from(const std::string& s);
std::optional<ReplyQuality> reply_quality_from(const std::string& s);
std::optional<Technique> technique_from(const std::string& s);
std::optional<ScenarioStatus> scenario_status_from(const std::string& s);

// The rumour topics a scenario may have; the practice catalogue adds its own areas.
const std::vector<std::string>& rumour_topics();
bool is_rumour_topic(const std::string& topic);

}  // namespace ar
