#include "pack_draft.h"

#include <algorithm>

#include "content_reader.h"
#include "json_document.h"
#include "pack_loader.h"
#include "pack_store.h"
#include "save_format.h"
#include "scenario.h"
#include "trim.h"

namespace ar {

namespace {

using ojson = nlohmann::ordered_json;
using K = DraftFieldKind;

constexpr DraftField pack_table[] = {
    {"id", K::Line, false, true, 64},      {"title", K::Line, true, true, TextLimits::title},
    {"version", K::Line, false, true, 32}, {"authors", K::Ids, false, true, 200},
    {"licence", K::Line, false, true, 64}, {"last_reviewed", K::Line, false, true, 10},
};

constexpr DraftField scenario_table[] = {
    {"id", K::Line, false, true, 64},
    {"topic", K::Word, false, true, 0},
    {"difficulty", K::Word, false, true, 0},
    {"status", K::Word, false, false, 0},
    {"techniques", K::Words, false, true, 0},
    {"rumour", K::Text, true, true, TextLimits::rumour},
    {"verdict", K::Word, false, true, 0},
    {"choices", K::Words, false, false, 0},
    {"fact.text", K::Text, true, true, TextLimits::fact},
    {"fact.figure", K::Line, true, false, TextLimits::figure},
    {"fact.source.institution", K::Line, false, true, TextLimits::source_field},
    {"fact.source.title", K::Line, false, true, TextLimits::source_field},
    {"fact.source.year", K::Year, false, true, 0},
    {"fact.source.area", K::Line, false, true, 120},
    {"fact.source.url", K::Line, false, true, TextLimits::source_field},
    {"explanation", K::Text, true, true, TextLimits::explanation},
    {"discussion", K::Text, true, true, TextLimits::discussion},
    {"practices", K::Ids, false, false, 64},
    {"facilitator_notes", K::Text, true, false, TextLimits::facilitator_notes},
};

constexpr DraftField reply_table[] = {
    {"text", K::Text, true, true, TextLimits::reply},
    {"kind", K::Word, false, true, 0},
    {"quality", K::Word, false, true, 0},
    {"feedback", K::Text, true, true, TextLimits::feedback},
};

// The order a pack file writes its keys in (the shipped packs' order), so an export reads like
// them whatever order the fields were filled in.
const std::vector<std::string>& key_order(const std::string& what) {
  static const std::vector<std::string> top{"$schema", "format", "pack", "scenarios"},
      pack{"id", "title", "version", "languages", "authors", "licence", "last_reviewed", "review"},
      scenario{
          "id",         "topic",    "difficulty", "techniques", "status",      "facilitator_notes",
          "rumour",     "verdict",  "choices",    "fact",       "explanation", "replies",
          "discussion", "practices"},
      fact{"text", "figure", "source"}, source{"institution", "title", "year", "area", "url"},
      reply{"text", "kind", "quality", "feedback", "shared_feedback"}, none{};
  if (what == "top") return top;
  if (what == "pack") return pack;
  if (what == "scenario") return scenario;
  if (what == "fact") return fact;
  if (what == "source") return source;
  if (what == "reply") return reply;
  return none;
}

ojson in_order(const ojson& v, const std::string& what) {
  if (!v.is_object()) return v;
  ojson out = ojson::object();
  for (const auto& k : key_order(what))
    if (v.contains(k)) out[k] = v[k];
  for (const auto& [k, value] : v.items())
    if (!out.contains(k)) out[k] = value;
  return out;
}

ojson canonical(const ojson& doc) {
  ojson out = in_order(doc, "top");
  if (out.contains("pack")) out["pack"] = in_order(out["pack"], "pack");
  if (out.contains("scenarios") && out["scenarios"].is_array()) {
    for (auto& s : out["scenarios"]) {
      s = in_order(s, "scenario");
      if (s.contains("fact") && s["fact"].is_object()) {
        s["fact"] = in_order(s["fact"], "fact");
        if (s["fact"].contains("source"))
          s["fact"]["source"] = in_order(s["fact"]["source"], "source");
      }
      if (s.contains("replies") && s["replies"].is_array())
        for (auto& r : s["replies"]) r = in_order(r, "reply");
    }
  }
  return out;
}

template <typename E>
std::vector<std::string> names(std::span<const Named<E>> table) {
  std::vector<std::string> out;
  for (const auto& [value, name] : table) out.push_back(name);
  return out;
}

const DraftField* find_field(const FieldAt& at) {
  std::span<const DraftField> table = at.scenario < 0 ? pack_fields()
                                      : at.reply >= 0 ? reply_fields()
                                                      : scenario_fields();
  for (const auto& f : table)
    if (at.key == f.key) return &f;
  return nullptr;
}

std::vector<std::string> split_key(const std::string& key) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= key.size()) {
    size_t dot = key.find('.', start);
    if (dot == std::string::npos) dot = key.size();
    parts.push_back(key.substr(start, dot - start));
    start = dot + 1;
  }
  return parts;
}

std::vector<std::string> lines_of(const std::string& value) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= value.size()) {
    size_t end = value.find('\n', start);
    if (end == std::string::npos) end = value.size();
    if (auto line = trim(value.substr(start, end - start)); !line.empty()) out.push_back(line);
    start = end + 1;
  }
  return out;
}

}  // namespace

std::span<const DraftField> pack_fields() {
  return pack_table;
}
std::span<const DraftField> scenario_fields() {
  return scenario_table;
}
std::span<const DraftField> reply_fields() {
  return reply_table;
}

std::vector<std::string> field_words(const std::string& key) {
  if (key == "verdict" || key == "choices") return names(verdict_names());
  if (key == "difficulty") return names(difficulty_names());
  if (key == "status") return names(scenario_status_names());
  if (key == "techniques") return names(technique_names());
  if (key == "kind") return names(reply_kind_names());
  if (key == "quality") return names(reply_quality_names());
  if (key == "topic") return rumour_topics();
  return {};
}

std::string FieldAt::path() const {
  std::string p = scenario < 0 ? "$.pack" : json_path_index("$.scenarios", size_t(scenario));
  if (reply >= 0) p = json_path_index(json_path_key(p, "replies"), size_t(reply));
  if (!key.empty())
    for (const auto& part : split_key(key)) p = json_path_key(p, part);
  if (!language.empty()) p = json_path_key(p, language);
  return p;
}

PackDraft::PackDraft(ojson doc, int current_year)
    : doc_(std::move(doc)), current_year_(current_year) {
  check();
}

PackDraft PackDraft::blank(const std::string& id, const std::vector<std::string>& languages,
                           int current_year) {
  ojson review = ojson::object();
  for (const auto& l : languages) review[l] = "draft";
  ojson doc = {{"format", newest_pack_format},
               {"pack",
                {{"id", id},
                 {"title", ojson::object()},
                 {"version", "1.0.0"},
                 {"languages", languages},
                 {"authors", ojson::array()},
                 {"review", review}}},
               {"scenarios", ojson::array()}};
  PackDraft draft(std::move(doc), current_year);
  draft.doc_["scenarios"].push_back(draft.blank_scenario(draft.free_id("rumour")));
  draft.check();
  return draft;
}

std::optional<PackDraft> PackDraft::from_text(std::string_view text, int current_year,
                                              std::string& error) {
  ojson doc = ojson::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    error = "not a scenario pack's JSON";
    return std::nullopt;
  }
  if (!doc.contains("scenarios") || !doc["scenarios"].is_array()) doc["scenarios"] = ojson::array();
  // A shipped pack names its schema by a path next to it: a draft lives elsewhere.
  doc.erase("$schema");
  return PackDraft(std::move(doc), current_year);
}

std::string PackDraft::text() const {
  return canonical(doc_).dump(2) + "\n";
}

std::string PackDraft::id() const {
  const auto* v = field(FieldAt{-1, -1, "id", ""});
  return v && v->is_string() ? v->get<std::string>() : "";
}

std::vector<std::string> PackDraft::languages() const {
  std::vector<std::string> out;
  if (doc_.contains("pack") && doc_["pack"].is_object() && doc_["pack"].contains("languages"))
    for (const auto& l : doc_["pack"]["languages"])
      if (l.is_string()) out.push_back(l.get<std::string>());
  return out;
}

int PackDraft::scenario_count() const {
  return int(doc_["scenarios"].size());
}

int PackDraft::reply_count(int scenario) const {
  if (scenario < 0 || scenario >= scenario_count()) return 0;
  const auto& s = doc_["scenarios"][size_t(scenario)];
  return s.is_object() && s.contains("replies") && s["replies"].is_array()
             ? int(s["replies"].size())
             : 0;
}

std::string PackDraft::scenario_id(int scenario) const {
  const auto* v = field(FieldAt{scenario, -1, "id", ""});
  return v && v->is_string() ? v->get<std::string>() : "";
}

const ojson* PackDraft::field(const FieldAt& at) const {
  return const_cast<PackDraft*>(this)->field(at, false);
}

ojson* PackDraft::field(const FieldAt& at, bool create) {
  ojson* v = nullptr;
  if (at.scenario < 0) {
    v = &doc_["pack"];
  } else {
    if (at.scenario >= scenario_count()) return nullptr;
    v = &doc_["scenarios"][size_t(at.scenario)];
    if (at.reply >= 0) {
      if (at.reply >= reply_count(at.scenario)) return nullptr;
      v = &(*v)["replies"][size_t(at.reply)];
    }
  }
  for (const auto& part : split_key(at.key)) {
    if (!v->is_object()) {
      if (!create) return nullptr;
      *v = ojson::object();
    }
    if (!v->contains(part)) {
      if (!create) return nullptr;
      (*v)[part] = ojson();
    }
    v = &(*v)[part];
  }
  return v;
}

std::string PackDraft::get(const FieldAt& at) const {
  const DraftField* f = find_field(at);
  const ojson* v = field(at);
  if (!f || !v) return "";
  if (f->per_language) {
    if (!v->is_object() || !v->contains(at.language)) return "";
    const auto& t = (*v)[at.language];
    return t.is_string() ? t.get<std::string>() : t.dump();
  }
  if (f->kind == K::Words || f->kind == K::Ids) {
    std::string out;
    if (v->is_array())
      for (const auto& w : *v)
        out += (out.empty() ? "" : "\n") + (w.is_string() ? w.get<std::string>() : w.dump());
    return out;
  }
  if (v->is_string()) return v->get<std::string>();
  return v->is_null() ? "" : v->dump();
}

bool PackDraft::set(const FieldAt& at, const std::string& value) {
  const DraftField* f = find_field(at);
  if (!f || (f->per_language && at.language.empty())) return false;
  if (at.scenario >= scenario_count() || (at.reply >= 0 && at.reply >= reply_count(at.scenario)))
    return false;
  if (get(at) == value && field(at)) return false;
  ojson before = doc_;
  ojson* v = field(at, true);
  if (f->per_language) {
    if (!v->is_object()) *v = ojson::object();
    if (value.empty())
      v->erase(at.language);
    else
      (*v)[at.language] = value;
  } else if (f->kind == K::Words || f->kind == K::Ids) {
    *v = lines_of(value);
  } else if (f->kind == K::Year) {
    std::string digits = trim(value);
    bool number = !digits.empty() && digits.size() <= 6 &&
                  digits.find_first_not_of("0123456789") == std::string::npos;
    *v = number ? ojson(std::stoi(digits)) : ojson(digits);
  } else {
    *v = value;
  }
  // An empty field is a missing one: the loader then says what is needed there.
  bool empty = v->is_null() || (v->is_string() && v->get<std::string>().empty()) ||
               (v->is_object() && v->empty()) || (v->is_array() && v->empty() && !f->required);
  if (empty && !(f->per_language && f->required)) {
    auto parts = split_key(at.key);
    FieldAt parent = at;
    parent.language.clear();
    parent.key = at.key.substr(0, at.key.size() - parts.back().size());
    if (!parent.key.empty()) parent.key.pop_back();  // the dot
    ojson* holder = parent.key.empty() ? nullptr : field(parent, false);
    if (!holder) {
      holder = at.scenario < 0 ? &doc_["pack"] : &doc_["scenarios"][size_t(at.scenario)];
      if (at.reply >= 0) holder = &(*holder)["replies"][size_t(at.reply)];
    }
    holder->erase(parts.back());
  }
  if (doc_ == before) return false;
  const bool typed =
      f->kind == K::Line || f->kind == K::Text || f->kind == K::Ids || f->kind == K::Year;
  changed(std::move(before), typed ? at.path() : "");
  return true;
}

std::vector<std::string> PackDraft::words(const FieldAt& at) const {
  return lines_of(get(at));
}

bool PackDraft::toggle(const FieldAt& at, const std::string& word) {
  const DraftField* f = find_field(at);
  if (!f || f->kind != K::Words) return false;
  auto order = field_words(at.key);
  if (std::find(order.begin(), order.end(), word) == order.end()) return false;
  auto words = lines_of(get(at));
  if (auto it = std::find(words.begin(), words.end(), word); it != words.end()) {
    words.erase(it);
  } else {
    // Kept in the list's own order, as the shipped packs write them.
    words.push_back(word);
    std::stable_sort(words.begin(), words.end(), [&](const auto& a, const auto& b) {
      return std::find(order.begin(), order.end(), a) < std::find(order.begin(), order.end(), b);
    });
  }
  std::string value;
  for (const auto& w : words) value += (value.empty() ? "" : "\n") + w;
  if (value.empty() && f->required) {
    // An emptied required list stays, empty, so the loader says what it needs.
    ojson before = doc_;
    *field(at, true) = ojson::array();
    if (doc_ == before) return false;
    changed(std::move(before));
    return true;
  }
  return set(at, value);
}

std::string PackDraft::free_id(const std::string& base) const {
  for (int n = 1;; ++n) {
    std::string id = base + "-" + std::to_string(n);
    bool used = false;
    for (int i = 0; i < scenario_count(); ++i) used |= scenario_id(i) == id;
    if (!used) return id;
  }
}

ojson PackDraft::blank_scenario(const std::string& id) const {
  auto reply = [](const char* kind, const char* quality) {
    return ojson{{"text", ojson::object()},
                 {"kind", kind},
                 {"quality", quality},
                 {"feedback", ojson::object()}};
  };
  ojson choices = ojson::array();
  for (const auto& [value, name] : verdict_names()) choices.push_back(name);
  return ojson{
      {"id", id},
      {"difficulty", "easy"},
      {"techniques", ojson::array()},
      {"status", "draft"},
      {"rumour", ojson::object()},
      {"verdict", "false"},
      {"choices", choices},
      {"fact", {{"text", ojson::object()}, {"source", ojson::object()}}},
      {"explanation", ojson::object()},
      {"replies",
       {reply("empathic_question", "good"), reply("local_fact", "good"), reply("mocking", "poor")}},
      {"discussion", ojson::object()}};
}

int PackDraft::add_scenario() {
  ojson before = doc_;
  doc_["scenarios"].push_back(blank_scenario(free_id("rumour")));
  changed(std::move(before));
  return scenario_count() - 1;
}

int PackDraft::duplicate(int scenario) {
  if (scenario < 0 || scenario >= scenario_count()) return -1;
  ojson before = doc_;
  ojson copy = doc_["scenarios"][size_t(scenario)];
  std::string base = scenario_id(scenario);
  copy["id"] = free_id((base.empty() ? "rumour" : base) + "-copy");
  auto& list = doc_["scenarios"];
  list.insert(list.begin() + scenario + 1, std::move(copy));
  changed(std::move(before));
  return scenario + 1;
}

bool PackDraft::move(int scenario, int by) {
  int to = scenario + by;
  if (scenario < 0 || scenario >= scenario_count() || to < 0 || to >= scenario_count())
    return false;
  ojson before = doc_;
  std::swap(doc_["scenarios"][size_t(scenario)], doc_["scenarios"][size_t(to)]);
  changed(std::move(before));
  return true;
}

bool PackDraft::remove(int scenario) {
  if (scenario < 0 || scenario >= scenario_count()) return false;
  ojson before = doc_;
  doc_["scenarios"].erase(size_t(scenario));
  changed(std::move(before));
  return true;
}

int PackDraft::add_reply(int scenario) {
  if (scenario < 0 || scenario >= scenario_count() || reply_count(scenario) >= 4) return -1;
  ojson before = doc_;
  auto& s = doc_["scenarios"][size_t(scenario)];
  if (!s.contains("replies") || !s["replies"].is_array()) s["replies"] = ojson::array();
  s["replies"].push_back(ojson{{"text", ojson::object()},
                               {"kind", "empathic_question"},
                               {"quality", "partial"},
                               {"feedback", ojson::object()}});
  changed(std::move(before));
  return reply_count(scenario) - 1;
}

bool PackDraft::remove_reply(int scenario, int reply) {
  if (reply < 0 || reply >= reply_count(scenario)) return false;
  ojson before = doc_;
  doc_["scenarios"][size_t(scenario)]["replies"].erase(size_t(reply));
  changed(std::move(before));
  return true;
}

void PackDraft::changed(ojson before, const std::string& typing_in) {
  if (typing_in.empty() || typing_in != typing_in_ || undo_.empty())
    undo_.push_back(std::move(before));
  typing_in_ = typing_in;
  if (undo_.size() > max_undo) undo_.erase(undo_.begin());
  ++revision_;
  check();
}

bool PackDraft::undo() {
  if (undo_.empty()) return false;
  doc_ = std::move(undo_.back());
  undo_.pop_back();
  typing_in_.clear();
  ++revision_;
  check();
  return true;
}

void PackDraft::check() {
  std::string file = (id().empty() ? std::string("draft") : id()) + ".json";
  problems_ = load_pack(text(), file, current_year_).problems;
}

std::vector<const Problem*> PackDraft::problems_at(const FieldAt& at) const {
  std::string p = at.path();
  FieldAt whole = at;
  whole.language.clear();
  std::string whole_path = whole.path();  // a problem with the field in every language
  std::vector<const Problem*> out;
  auto within = [&](const std::string& q) {
    return q == p || q.starts_with(p + ".") || q.starts_with(p + "[") ||
           (!at.language.empty() && q == whole_path);
  };
  for (const auto& problem : problems_)
    // A missing text is located at its holder; its missing_path says which field it is.
    if (within(problem.missing_path.empty() ? problem.path : problem.missing_path))
      out.push_back(&problem);
  return out;
}

DraftSave read_draft_save(std::string_view text, const std::string& file, int current_year) {
  DraftSave out;
  JsonLimits limits;
  limits.max_bytes = PackStore::max_pack_bytes + 1024;
  limits.max_text_chars = PackStore::max_pack_bytes;
  JsonDocument doc = JsonDocument::parse(text, file, limits);
  out.problems = doc.problems();
  if (doc.ok()) {
    ContentReader r(doc, out.problems);
    const auto& root = doc.root();
    if (r.is_object(root, "$", "the editor's draft") &&
        read_save_header(r, root, save_kinds::draft, "$")) {
      if (auto pack = r.text(root, "$", "pack", true, PackStore::max_pack_bytes)) {
        std::string error;
        out.draft = PackDraft::from_text(*pack, current_year, error);
        if (!out.draft) r.problem("$.pack", error);
      }
      auto shown = root.find("scenario");
      if (shown != root.end() && shown->is_number_integer()) out.scenario = shown->get<int>();
      auto kept = root.find("kept");
      out.kept = kept != root.end() && kept->is_boolean() && kept->get<bool>();
    }
  }
  if (!out.draft && !has_errors(out.problems))
    out.problems.push_back({file, 0, 0, "$", "the draft could not be read"});
  return out;
}

std::string write_draft_save(const PackDraft& draft, int scenario, bool kept) {
  nlohmann::json out = new_save(save_kinds::draft);
  out["scenario"] = scenario;
  out["kept"] = kept;
  out["pack"] = draft.text();
  return out.dump();
}

}  // namespace ar
