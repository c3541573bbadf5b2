#pragma once
// A scenario pack being written in the game's editor. The draft is the pack's own JSON, so what
// the editor exports is exactly what it checked, and every check is the loader's: the same rules
// and the same messages as `antirumour --validate`. Each edit keeps the draft as it was before,
// so the last edits can be undone.
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "problem.h"

namespace ar {

// How a field is edited.
enum class DraftFieldKind {
  Line,   // one line of text
  Text,   // a paragraph
  Word,   // one of a fixed list of words (verdict, difficulty, topic, status, kind, quality)
  Year,   // a whole number
  Words,  // several of a fixed list (techniques, the verdicts a player may pick)
  Ids     // a list of ids, written one per line (practices)
};

// One field of a scenario (or of a reply, or of the pack's description) as the editor shows it.
struct DraftField {
  const char* key;  // where it sits, from the scenario: "fact.source.url"; a reply's: "feedback"
  DraftFieldKind kind;
  bool per_language;  // a text in each of the pack's languages
  bool required;
  size_t limit;  // characters (0: none beyond the loader's)
};

// The fields in the order the editor shows them.
std::span<const DraftField> pack_fields();      // the pack's description
std::span<const DraftField> scenario_fields();  // a scenario's own, before its replies
std::span<const DraftField> reply_fields();     // each reply's ("text", "kind", ...)
// The words a Word or Words field may hold ("verdict" → true, false, ...); empty for others.
std::vector<std::string> field_words(const std::string& key);

// Where a field is: the pack's description (scenario -1), a scenario, or one of its replies.
struct FieldAt {
  int scenario = -1;
  int reply = -1;  // -1: the scenario's own field
  std::string key;
  std::string language{};  // for a field in each language ({}: may be left out)
  // The JSON path the loader names in its problems: "$.scenarios[2].replies[0].text.eu".
  std::string path() const;
};

class PackDraft {
 public:
  static constexpr size_t max_undo = 100;

  // A new pack with one blank scenario to fill in. `today` is YYYY-MM-DD (the platform's clock):
  // the pack's version date; "last reviewed" stays empty until the author says when they checked.
  static PackDraft blank(const std::string& id, const std::vector<std::string>& languages,
                         int current_year);
  // A draft of an existing pack's JSON (an own pack to edit, a shipped one to copy, an autosave).
  // Nothing when the text is not a JSON object; `error` then says why.
  static std::optional<PackDraft> from_text(std::string_view text, int current_year,
                                            std::string& error);

  std::string text() const;  // the pack's JSON, as it is exported and kept on the device
  std::string id() const;
  std::vector<std::string> languages() const;
  int scenario_count() const;
  int reply_count(int scenario) const;
  std::string scenario_id(int scenario) const;

  // A field's value as the editor shows it (a list as its words, one per line).
  std::string get(const FieldAt& at) const;
  // The words chosen in a Word or Words field, one per line in the field's text.
  std::vector<std::string> words(const FieldAt& at) const;
  // Writes a field; false (nothing changed) when the value is the same or the field is unknown.
  // An empty text removes that language's text, so the loader says it is missing.
  bool set(const FieldAt& at, const std::string& value);
  // Adds or takes away one word of a Words field.
  bool toggle(const FieldAt& at, const std::string& word);

  int add_scenario();               // a blank scenario at the end; returns its index
  int duplicate(int scenario);      // a copy right after it, with a new id; returns its index
  bool move(int scenario, int by);  // up (-1) or down (+1) the list
  bool remove(int scenario);
  int add_reply(int scenario);
  bool remove_reply(int scenario, int reply);

  bool undo();
  bool can_undo() const { return !undo_.empty(); }
  // Counts every change (undo included): a screen or an autosave knows when to look again.
  int revision() const { return revision_; }

  // Every problem the loader finds in the draft, located by JSON path.
  const std::vector<Problem>& problems() const { return problems_; }
  // The problems of one field (or, for a scenario or reply with no key, of all its fields).
  std::vector<const Problem*> problems_at(const FieldAt& at) const;
  bool ready() const { return !has_errors(problems_); }  // loads as a pack

 private:
  PackDraft(nlohmann::ordered_json doc, int current_year);
  // `typing_in`: the path of a field being typed into; further typing in the same field is the
  // same undo step, as a text editor undoes a word, not a letter.
  void changed(nlohmann::ordered_json before, const std::string& typing_in = "");
  void check();
  nlohmann::ordered_json blank_scenario(const std::string& id) const;
  std::string free_id(const std::string& base) const;
  nlohmann::ordered_json* field(const FieldAt& at, bool create);
  const nlohmann::ordered_json* field(const FieldAt& at) const;

  nlohmann::ordered_json doc_;
  std::vector<nlohmann::ordered_json> undo_;
  std::vector<Problem> problems_;
  int current_year_ = 0;
  int revision_ = 0;
  std::string typing_in_;  // the field the last edit typed into (empty: another kind of edit)
};

// The editor's draft as the device keeps it (save kind "draft", docs/save-format.md): the pack's
// JSON as one text, the rumour shown, and whether the draft as it is was kept somewhere.
struct DraftSave {
  std::optional<PackDraft> draft;  // empty: the save could not be read (see problems)
  int scenario = 0;
  bool kept = false;
  std::vector<Problem> problems;
};
DraftSave read_draft_save(std::string_view text, const std::string& file, int current_year);
std::string write_draft_save(const PackDraft& draft, int scenario, bool kept);

}  // namespace ar
