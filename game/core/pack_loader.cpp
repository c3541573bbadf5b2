#include "pack_loader.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "content_limits.h"
#include "content_reader.h"
#include "json_document.h"

namespace ar {

namespace {

using json = nlohmann::json;

PackInfo read_info(ContentReader& r, const json& root, const std::string& path) {
  PackInfo info;
  const json* pack = r.member(root, "$", "pack", true);
  if (!pack || !r.is_object(*pack, path, "the pack's description")) return info;
  r.no_unknown_keys(
      *pack, path,
      {"id", "title", "version", "languages", "authors", "licence", "last_reviewed", "review"});
  if (auto id = r.text(*pack, path, "id", true, 64)) {
    if (!is_content_id(*id))
      r.problem(json_path_key(path, "id"),
                "an id may hold only lowercase letters, digits and '-', found \"" + *id + "\"");
    info.id = *id;
  }
  info.languages = r.text_list(*pack, path, "languages", true, 8, CountLimits::languages);
  for (size_t i = 0; i < info.languages.size(); ++i) {
    const auto& l = info.languages[i];
    if (l.size() < 2 || l.size() > 3 ||
        l.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
      r.problem(json_path_index(json_path_key(path, "languages"), i),
                "expected a two-letter language code such as es, eu or en, found \"" + l + "\"");
  }
  if (info.languages.empty() && pack->contains("languages"))
    r.problem(json_path_key(path, "languages"), "the pack needs at least one language");
  info.title = r.local_text(*pack, path, "title", true, TextLimits::title, info.languages);
  info.version = r.text(*pack, path, "version", true, 32).value_or("");
  info.authors = r.text_list(*pack, path, "authors", true, 200, CountLimits::authors);
  info.licence = r.text(*pack, path, "licence", true, 64).value_or("");
  if (auto date = r.text(*pack, path, "last_reviewed", true, 10)) {
    if (!is_iso_date(*date))
      r.problem(json_path_key(path, "last_reviewed"),
                "expected a date written YYYY-MM-DD, found \"" + *date + "\"");
    info.last_reviewed = *date;
  }
  info.review = r.review(*pack, path, "review", info.languages);
  return info;
}

Source read_source(ContentReader& r, const json& fact, const std::string& path, int current_year) {
  Source s;
  const json* v = r.member(fact, path, "source", true);
  std::string at = json_path_key(path, "source");
  if (!v || !r.is_object(*v, at, "the source of the fact")) return s;
  r.no_unknown_keys(*v, at, {"institution", "title", "year", "area", "url"});
  s.institution = r.text(*v, at, "institution", true, TextLimits::source_field).value_or("");
  s.title = r.text(*v, at, "title", true, TextLimits::source_field).value_or("");
  s.year = static_cast<int>(r.integer(*v, at, "year", true, 1950, current_year).value_or(0));
  s.area = r.text(*v, at, "area", true, 120).value_or("");
  s.url = r.url(*v, at, "url", true).value_or("");
  return s;
}

// The fields format 2 adds to a scenario: techniques (required), status and facilitator notes.
void read_format_2_fields(ContentReader& r, const json& v, const std::string& path,
                          const std::vector<std::string>& langs, Scenario& s) {
  if (const json* list = r.member(v, path, "techniques", true)) {
    std::string at = json_path_key(path, "techniques");
    if (r.is_array(*list, at, "a list of techniques") &&
        r.at_most(*list, at, technique_names().size(), "techniques")) {
      std::set<Technique> seen;
      for (size_t i = 0; i < list->size(); ++i) {
        auto t = r.named_at((*list)[i], json_path_index(at, i), technique_names());
        if (t && !seen.insert(*t).second)
          r.problem(json_path_index(at, i), "this technique is listed twice");
        else if (t)
          s.techniques.push_back(*t);
      }
      if (list->empty())
        r.problem(at, "name at least one technique the rumour uses, " +
                          ContentReader::one_of(names_of(technique_names())));
    }
  }
  s.status =
      r.named(v, path, "status", false, scenario_status_names()).value_or(ScenarioStatus::Checked);
  s.facilitator_notes =
      r.local_text(v, path, "facilitator_notes", false, TextLimits::facilitator_notes, langs);
}

Scenario read_scenario(ContentReader& r, const json& v, const std::string& path,
                       const std::vector<std::string>& langs, int current_year, int format) {
  Scenario s;
  if (!r.is_object(v, path, "a scenario")) return s;
  r.no_unknown_keys(
      v, path,
      {"id", "topic", "difficulty", "rumour", "verdict", "choices", "fact", "explanation",
       "replies", "discussion", "practices", "techniques", "status", "facilitator_notes"});
  if (auto id = r.text(v, path, "id", true, 64)) {
    if (!is_content_id(*id))
      r.problem(json_path_key(path, "id"),
                "an id may hold only lowercase letters, digits and '-', found \"" + *id + "\"");
    s.id = *id;
  }
  s.topic = r.word(v, path, "topic", true, rumour_topics()).value_or("");
  if (auto d = r.named(v, path, "difficulty", true, difficulty_names())) s.difficulty = *d;
  // Where the shipped packs write them: right after the difficulty.
  if (format >= 2) {
    read_format_2_fields(r, v, path, langs, s);
  } else {
    for (const char* newer : {"techniques", "status", "facilitator_notes"})
      if (v.contains(newer))
        r.problem(json_path_key(path, newer),
                  std::string(newer).insert(0, 1, '"') +
                      "\" is a field of format 2: write \"format\": 2 at the top of the file");
  }
  s.rumour = r.local_text(v, path, "rumour", true, TextLimits::rumour, langs);
  auto verdict = r.named(v, path, "verdict", true, verdict_names());
  if (verdict) s.verdict = *verdict;

  if (v.contains("choices")) {
    std::string at = json_path_key(path, "choices");
    std::set<Verdict> seen;
    if (r.is_array(v["choices"], at, "a list of verdicts")) {
      for (size_t i = 0; i < v["choices"].size(); ++i) {
        auto word = r.named_at(v["choices"][i], json_path_index(at, i), verdict_names());
        if (!word) {
          continue;
        } else if (!seen.insert(*word).second) {
          r.problem(json_path_index(at, i), "this verdict is listed twice");
        } else {
          s.choices.push_back(*word);
        }
      }
      if (v["choices"].size() < 2)
        r.problem(at, "a player needs at least two verdicts to pick from");
      if (verdict && !seen.count(s.verdict))
        r.problem(at, std::string("the right verdict \"") + to_string(*verdict) +
                          "\" is not among the choices");
    }
  } else {
    for (const auto& [value, name] : verdict_names()) s.choices.push_back(value);
  }

  if (const json* fact = r.member(v, path, "fact", true)) {
    std::string at = json_path_key(path, "fact");
    if (r.is_object(*fact, at, "the fact")) {
      r.no_unknown_keys(*fact, at, {"text", "figure", "source"});
      s.fact.text = r.local_text(*fact, at, "text", true, TextLimits::fact, langs);
      s.fact.figure = r.local_text(*fact, at, "figure", false, TextLimits::figure, langs);
      s.fact.source = read_source(r, *fact, at, current_year);
    }
  }
  s.explanation = r.local_text(v, path, "explanation", true, TextLimits::explanation, langs);

  if (const json* replies = r.member(v, path, "replies", true)) {
    std::string at = json_path_key(path, "replies");
    if (r.is_array(*replies, at, "a list of replies")) {
      // Past 4 the count alone is the problem: the extra replies are not read.
      for (size_t i = 0; i < std::min(replies->size(), size_t{4}); ++i) {
        const json& rv = (*replies)[i];
        std::string rat = json_path_index(at, i);
        if (!r.is_object(rv, rat, "a reply")) continue;
        r.no_unknown_keys(rv, rat, {"text", "kind", "quality", "feedback", "shared_feedback"});
        Reply reply;
        reply.text = r.local_text(rv, rat, "text", true, TextLimits::reply, langs);
        if (auto k = r.named(rv, rat, "kind", true, reply_kind_names())) reply.kind = *k;
        reply.quality =
            r.named(rv, rat, "quality", true, reply_quality_names()).value_or(ReplyQuality::Poor);
        reply.feedback = r.local_text(rv, rat, "feedback", true, TextLimits::feedback, langs);
        std::string shared_at;
        if (const json* shared = r.member_of_kind(rv, rat, "shared_feedback", false,
                                                  &json::is_boolean, "true or false", shared_at))
          reply.shared_feedback = shared->get<bool>();
        s.replies.push_back(std::move(reply));
      }
      if (replies->size() < 3 || replies->size() > 4)
        r.problem(at, "a scenario needs 3 or 4 replies, found " + std::to_string(replies->size()));
      bool any_good = false;
      for (const auto& reply : s.replies) any_good |= reply.quality == ReplyQuality::Good;
      if (!any_good && !replies->empty())
        r.problem(at,
                  "at least one reply must have \"quality\": \"good\" (the right way to answer)");
    }
  }
  s.discussion = r.local_text(v, path, "discussion", true, TextLimits::discussion, langs);
  s.practices = r.text_list(v, path, "practices", false, 64, CountLimits::scenario_practices);
  for (size_t i = 0; i < s.practices.size(); ++i)
    if (!is_content_id(s.practices[i]))
      r.problem(json_path_index(json_path_key(path, "practices"), i),
                "a practice id may hold only lowercase letters, digits and '-'");
  return s;
}

// A warning for each reply whose feedback repeats, word for word in some language, the feedback of
// an earlier reply in the pack, unless it is marked "shared_feedback": each reply should say what
// it itself does. Run on a pack without errors, so replies[k] is the k-th reply of the file.
void check_shared_feedback(ContentReader& r, const Pack& pack) {
  // Keyed by views into the pack and holding indices: the paths are written only for a warning
  // (a pack of 200 scenarios has some 2,400 feedback texts, nearly always without one).
  // Hashed, not ordered: texts that differ only near their end (a pack of variants) made each
  // comparison of an ordered map read them almost whole.
  using Where = std::pair<size_t, size_t>;                    // (scenario, reply)
  using Key = std::pair<std::string_view, std::string_view>;  // (language, text)
  struct KeyHash {
    size_t operator()(const Key& k) const {
      return std::hash<std::string_view>{}(k.second) * 31 + std::hash<std::string_view>{}(k.first);
    }
  };
  std::unordered_map<Key, Where, KeyHash> first;
  auto feedback_at = [](Where w, const std::string& lang) {
    return json_path_key(
        json_path_key(
            json_path_index(json_path_key(json_path_index("$.scenarios", w.first), "replies"),
                            w.second),
            "feedback"),
        lang);
  };
  for (size_t i = 0; i < pack.scenarios.size(); ++i) {
    const auto& replies = pack.scenarios[i].replies;
    for (size_t k = 0; k < replies.size(); ++k) {
      for (const auto& [lang, text] : replies[k].feedback.by_language) {
        auto [it, is_new] = first.emplace(
            std::make_pair(std::string_view(lang), std::string_view(text)), Where{i, k});
        if (is_new || replies[k].shared_feedback) continue;
        r.problem(feedback_at({i, k}, lang),
                  "the same feedback as " + feedback_at(it->second, lang) +
                      ": write what this reply itself does, or mark the reply "
                      "\"shared_feedback\": true if the text is meant to be shared",
                  Problem::Severity::Warning);
        break;  // one warning per reply is enough
      }
    }
  }
}

}  // namespace

PackLoadResult load_pack(std::string_view text, const std::string& file, int current_year) {
  PackLoadResult result;
  JsonDocument doc = JsonDocument::parse(text, file);
  result.problems = doc.problems();
  if (!doc.ok()) return result;

  ContentReader r(doc, result.problems);
  const json& root = doc.root();
  if (!r.is_object(root, "$", "a scenario pack")) return result;
  // A pack made for a newer game: one plain problem, not a problem for each field it added.
  if (auto it = root.find("format");
      it != root.end() && it->is_number_integer() && it->get<long long>() > newest_pack_format) {
    static_assert(newest_pack_format == 2, "say which formats the game reads");
    r.problem("$.format", "this pack was made for a newer version of the game (format " +
                              std::to_string(it->get<long long>()) +
                              "); this game reads formats 1 and 2");
    return result;
  }
  r.no_unknown_keys(root, "$", {"format", "pack", "scenarios"});
  Pack pack;
  pack.format =
      static_cast<int>(r.integer(root, "$", "format", true, 1, newest_pack_format).value_or(1));
  pack.info = read_info(r, root, "$.pack");
  std::set<std::string> ids;
  if (const json* list = r.member(root, "$", "scenarios", true)) {
    if (r.is_array(*list, "$.scenarios", "the list of scenarios") &&
        r.at_most(*list, "$.scenarios", CountLimits::scenarios, "scenarios")) {
      if (list->empty()) r.problem("$.scenarios", "the pack has no scenarios");
      pack.scenarios.reserve(list->size());
      for (size_t i = 0; i < list->size(); ++i) {
        std::string at = json_path_index("$.scenarios", i);
        Scenario s =
            read_scenario(r, (*list)[i], at, pack.info.languages, current_year, pack.format);
        if (!s.id.empty() && !ids.insert(s.id).second)
          r.problem(json_path_key(at, "id"), "the id \"" + s.id + "\" is used twice in this pack");
        s.pack_id = pack.info.id;
        pack.scenarios.push_back(std::move(s));
      }
    }
  }
  if (!has_errors(result.problems)) {
    check_shared_feedback(r, pack);
    result.pack = std::move(pack);
  }
  return result;
}

}  // namespace ar
