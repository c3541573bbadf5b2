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
  WalkingAway
};

enum class ReplyQuality { Good, Partial, Poor };

struct Source {
  std::string institution;
  std::string title;
  int year = 0;
  std::string area;
  std::string url;
};

struct Fact {
  LocalText text;
  LocalText figure;  // optional: empty when the source gives no single figure
  Source source;
};

struct Reply {
  LocalText text;
  ReplyKind kind = ReplyKind::EmpathicQuestion;
  ReplyQuality quality = ReplyQuality::Good;
  LocalText feedback;
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
  std::string pack_id;                 // filled by the library: where it came from
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
};

struct Pack {
  PackInfo info;
  std::vector<Scenario> scenarios;
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
std::optional<Verdict> verdict_from(const std::string& s);
std::optional<Difficulty> difficulty_from(const std::string& s);
std::optional<ReplyKind> reply_kind_from(const std::string& s);
std::optional<ReplyQuality> reply_quality_from(const std::string& s);

// The rumour topics a scenario may have; the practice catalogue adds its own areas.
const std::vector<std::string>& rumour_topics();
bool is_rumour_topic(const std::string& topic);

}  // namespace ar
