#include "scenario.h"

#include <algorithm>

namespace ar {

namespace {
template <typename E, size_t N>
std::optional<E> find_name(const std::string& s, const std::pair<E, const char*> (&table)[N]) {
  for (const auto& [value, name] : table)
    if (s == name) return value;
  return std::nullopt;
}
template <typename E, size_t N>
const char* name_of(E e, const std::pair<E, const char*> (&table)[N]) {
  for (const auto& [value, name] : table)
    if (value == e) return name;
  return "?";
}

const std::pair<Verdict, const char*> verdict_names[] = {
    {Verdict::True, "true"},
    {Verdict::False, "false"},
    {Verdict::Misleading, "misleading"},
    {Verdict::NotEnoughData, "not_enough_data"}};
const std::pair<Difficulty, const char*> difficulty_names[] = {
    {Difficulty::Easy, "easy"}, {Difficulty::Medium, "medium"}, {Difficulty::Hard, "hard"}};
const std::pair<ReplyKind, const char*> reply_kind_names[] = {
    {ReplyKind::EmpathicQuestion, "empathic_question"},
    {ReplyKind::LocalFact, "local_fact"},
    {ReplyKind::AlternativeStory, "alternative_story"},
    {ReplyKind::Mocking, "mocking"},
    {ReplyKind::Lecturing, "lecturing"},
    {ReplyKind::Agreeing, "agreeing"},
    {ReplyKind::WalkingAway, "walking_away"}};
const std::pair<ReplyQuality, const char*> reply_quality_names[] = {
    {ReplyQuality::Good, "good"}, {ReplyQuality::Partial, "partial"}, {ReplyQuality::Poor, "poor"}};
}  // namespace

const char* to_string(Verdict v) {
  return name_of(v, verdict_names);
}
const char* to_string(Difficulty d) {
  return name_of(d, difficulty_names);
}
const char* to_string(ReplyKind k) {
  return name_of(k, reply_kind_names);
}
const char* to_string(ReplyQuality q) {
  return name_of(q, reply_quality_names);
}
std::optional<Verdict> verdict_from(const std::string& s) {
  return find_name(s, verdict_names);
}
std::optional<Difficulty> difficulty_from(const std::string& s) {
  return find_name(s, difficulty_names);
}
std::optional<ReplyKind> reply_kind_from(const std::string& s) {
  return find_name(s, reply_kind_names);
}
std::optional<ReplyQuality> reply_quality_from(const std::string& s) {
  return find_name(s, reply_quality_names);
}

const std::vector<std::string>& rumour_topics() {
  static const std::vector<std::string> topics{
      "jobs",    "benefits", "health",   "crime",          "housing",
      "schools", "language", "religion", "taxes_business", "living_together"};
  return topics;
}

bool is_rumour_topic(const std::string& topic) {
  const auto& t = rumour_topics();
  return std::find(t.begin(), t.end(), topic) != t.end();
}

}  // namespace ar
