#include "scenario.h"

#include <algorithm>

namespace ar {

namespace {

constexpr Named<Verdict> verdict_names_table[] = {{Verdict::True, "true"},
                                                  {Verdict::False, "false"},
                                                  {Verdict::Misleading, "misleading"},
                                                  {Verdict::NotEnoughData, "not_enough_data"}};
constexpr Named<Difficulty> difficulty_names_table[] = {
    {Difficulty::Easy, "easy"}, {Difficulty::Medium, "medium"}, {Difficulty::Hard, "hard"}};
constexpr Named<ReplyKind> reply_kind_names_table[] = {
    {ReplyKind::EmpathicQuestion, "empathic_question"},
    {ReplyKind::LocalFact, "local_fact"},
    {ReplyKind::AlternativeStory, "alternative_story"},
    {ReplyKind::Mocking, "mocking"},
    {ReplyKind::Lecturing, "lecturing"},
    {ReplyKind::Agreeing, "agreeing"},
    {ReplyKind::WalkingAway, "walking_away"},
    {ReplyKind::Denying, "denying"},
    {ReplyKind::Labelling, "labelling"},
    {ReplyKind::FactDump, "fact_dump"}};
constexpr Named<ReplyQuality> reply_quality_names_table[] = {
    {ReplyQuality::Good, "good"}, {ReplyQuality::Partial, "partial"}, {ReplyQuality::Poor, "poor"}};
constexpr Named<Technique> technique_names_table[] = {
    {Technique::AnecdoteAsProof, "anecdote_as_proof"},
    {Technique::CherryPicking, "cherry_picking"},
    {Technique::NumbersWithoutRate, "numbers_without_rate"},
    {Technique::FalseConsensus, "false_consensus"},
    {Technique::ZeroSum, "zero_sum"},
    {Technique::BlamingAGroup, "blaming_a_group"},
    {Technique::ScaryProjection, "scary_projection"},
    {Technique::OldDataAsNew, "old_data_as_new"}};
constexpr Named<ScenarioStatus> scenario_status_names_table[] = {
    {ScenarioStatus::Draft, "draft"}, {ScenarioStatus::Checked, "checked"}};
}  // namespace

std::span<const Named<Verdict>> verdict_names() {
  return verdict_names_table;
}
std::span<const Named<Difficulty>> difficulty_names() {
  return difficulty_names_table;
}
std::span<const Named<ReplyKind>> reply_kind_names() {
  return reply_kind_names_table;
}
std::span<const Named<ReplyQuality>> reply_quality_names() {
  return reply_quality_names_table;
}
std::span<const Named<Technique>> technique_names() {
  return technique_names_table;
}
std::span<const Named<ScenarioStatus>> scenario_status_names() {
  return scenario_status_names_table;
}

const char* to_string(Verdict v) {
  return name_of(v, verdict_names());
}
const char* to_string(Difficulty d) {
  return name_of(d, difficulty_names());
}
const char* to_string(ReplyKind k) {
  return name_of(k, reply_kind_names());
}
const char* to_string(ReplyQuality q) {
  return name_of(q, reply_quality_names());
}
const char* to_string(Technique t) {
  return name_of(t, technique_names());
}
const char* to_string(ScenarioStatus s) {
  return name_of(s, scenario_status_names());
}
std::optional<Verdict> verdict_from(const std::string& s) {
  return find_name(s, verdict_names());
}
std::optional<Difficulty> difficulty_from(const std::string& s) {
  return find_name(s, difficulty_names());
}
std::optional<ReplyKind> reply_kind_from(const std::string& s) {
  return find_name(s, reply_kind_names());
}
std::optional<ReplyQuality> reply_quality_from(const std::string& s) {
  return find_name(s, reply_quality_names());
}
std::optional<Technique> technique_from(const std::string& s) {
  return find_name(s, technique_names());
}
std::optional<ScenarioStatus> scenario_status_from(const std::string& s) {
  return find_name(s, scenario_status_names());
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
