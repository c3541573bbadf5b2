#pragma once
// One game session: the content, what this device remembers, the round under way, the setup
// choices, the practice browser's filters and which screen is shown. Every change goes through
// apply(SessionAction); what the platform must do afterwards (open a link, save progress) is
// collected as effects. No ImGui, no SDL, no files: the platform hands content in and carries the
// effects out.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "library.h"
#include "pack_store.h"
#include "practices.h"
#include "progress.h"
#include "round.h"
#include "session_action.h"
#include "ui_strings.h"
#include "workshop.h"

namespace ar {

// What the device itself prefers (the browser's media queries); the player's own choice, kept
// with the progress, wins over it.
struct DevicePreferences {
  bool high_contrast = false;
  bool reduced_motion = false;
};

// Everything a session starts from, read by the platform.
struct SessionContent {
  std::vector<ContentFile> packs;
  std::string ui_strings;  // content/ui-strings.json
  std::string practices;   // content/practices.json
  std::optional<std::string> saved_progress;
  std::optional<std::string> saved_workshop;  // a workshop under way, resumed at the start
  std::optional<std::string> saved_packs;     // the packs this device loaded (pack_store.h)
  std::optional<std::string> saved_draft;     // the editor's draft (session_editor.cpp)
  std::vector<Problem> read_problems;         // files the platform could not read
  std::string language;  // preferred language, e.g. from the browser; empty: Spanish
  uint64_t seed = 1;
  int current_year = 0;  // the platform's clock (platform::this_year), or fixed in tests
  DevicePreferences device;
  // The packs and practices come later (the web build fetches them once the title is drawn):
  // `packs` and `practices` are empty here, ContentArrived brings them, and until then only the
  // title screen and the player's settings answer.
  bool content_follows = false;
};

// What the platform must do after an action.
struct SessionEffects {
  std::vector<std::string> links_to_open;
  // The progress an import replaces: kept aside as a file before progress_to_save is written.
  std::optional<std::string> progress_to_keep;
  std::optional<std::string> progress_to_save;
  bool export_data = false;         // write Session::device_data() to a file (web: a download)
  bool choose_import_file = false;  // let the player pick a file, then apply ImportData
  std::optional<std::string> workshop_to_save;
  // Hand the workshop's results (Session::workshop_results) to the facilitator as a file.
  std::optional<session_action::ResultsFormat> results_to_export;
  std::optional<std::string> packs_to_save;  // the device's own packs changed (or were repaired)
  bool choose_pack_file = false;             // let the player pick a pack, then apply LoadPack
  // Hand this pack's card deck (Session::card_deck) to the player as a file.
  std::optional<std::string> cards_to_print;
  std::optional<std::string> draft_to_save;  // the editor's draft changed: kept on the device
  // Hand the draft (Session::draft_export) to its author as a file.
  std::optional<session_action::DraftFormat> draft_to_export;
  // Hand a practice proposal's entry to the player as a file: its name, then its text.
  std::optional<std::pair<std::string, std::string>> proposal_to_save;
  bool fetch_content =
      false;  // fetch the packs and practices (content_follows), then ContentArrived
  bool empty() const {
    return !fetch_content && links_to_open.empty() && !progress_to_keep && !progress_to_save &&
           !export_data && !choose_import_file && !workshop_to_save && !results_to_export &&
           !packs_to_save && !choose_pack_file && !cards_to_print && !draft_to_save &&
           !draft_to_export && !proposal_to_save;
  }
};

// What the About screen says after the player saved or loaded the device's data.
struct DataNotice {
  enum class Kind { None, Exported, ExportFailed, Imported, ImportFailed };
  Kind kind = Kind::None;
  std::string file;               // written or read
  std::string error;              // ExportFailed: why
  std::vector<Problem> problems;  // import: what was wrong (or skipped), located
  int rounds_played = 0;          // Imported: the progress taken
};

// What the About screen says after a pack was loaded on this device, replaced or removed.
struct PackNotice {
  enum class Kind { None, Added, Replaced, Unchanged, Refused, Removed };
  Kind kind = Kind::None;
  std::string file;  // the file loaded
  std::string id, version;
  std::string replaced_version;   // Replaced: the version it replaced
  std::vector<Problem> problems;  // Refused: why, located (line:column, field) as in the report
};

// What the editor says after its last step: the pack kept on the device (or why not), the file
// exported, or why a new pack must wait.
struct EditorNotice {
  enum class Kind { None, Saved, SaveRefused, Exported, ExportFailed, NotKept };
  Kind kind = Kind::None;
  std::string where;  // Exported: the file; ExportFailed: why
  // SaveRefused: the store's or the library's reasons (a draft's own problems are at its fields)
  std::vector<Problem> problems;
};

// What the debrief says after the facilitator saved the results; the About screen, after a card
// deck was printed to a file (`pack_id` says under which pack).
struct ResultsNotice {
  bool shown = false;
  std::string file;   // written (a path, or a download's name)
  std::string error;  // empty: it worked
  std::string pack_id;
};

class Session {
 public:
  explicit Session(SessionContent content);
  // The round and the open practice point into this object: it stays where it was made.
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Returns false when the action did not fit (nothing changed).
  bool apply(const SessionAction& a);
  SessionEffects take_effects();

  Screen screen() const { return screen_; }
  const std::string& language() const { return language_; }
  const Library& library() const { return library_; }
  const PracticeCatalogue& practices() const { return practices_; }
  const UiStrings& strings() const { return strings_; }
  const Round& round() const { return round_; }
  const Progress& progress() const { return progress_; }
  const SetupChoices& setup() const { return setup_; }
  const PracticeFilter& practice_filter() const { return practice_filter_; }
  const std::vector<Problem>& problems() const { return problems_; }  // all content problems
  // Whether the packs and practices are in (always, unless SessionContent::content_follows), how
  // far their fetch got (0–99), and why it failed (empty: it did not).
  bool content_ready() const { return content_ready_; }
  int content_percent() const { return content_percent_; }
  const std::string& content_failure() const { return content_failure_; }
  const Scenario* reopened_fact() const { return reopened_; }
  const Practice* open_practice() const { return open_practice_; }
  // Whether the screen shown came from a round under way (a practice opened from its feedback).
  bool round_under_way() const;
  std::string tr(const std::string& key) const { return strings_.get(key, language_); }
  std::string format(const std::string& key, const std::vector<std::string>& args) const {
    return strings_.format(key, language_, args);
  }
  std::string format_count(const std::string& key, long long n,
                           const std::vector<std::string>& args) const {
    return strings_.format_count(key, language_, n, args);
  }
  int current_year() const { return current_year_; }
  // The look in effect: the player's choice on this device, else the device's own setting.
  bool high_contrast() const { return progress_.high_contrast.value_or(device_.high_contrast); }
  bool reduced_motion() const { return progress_.reduced_motion.value_or(device_.reduced_motion); }
  // Whether the game's sounds play: in solo play the player's choice (on unless turned off); while
  // a workshop runs, off unless the facilitator turned it on (a room of tablets stays quiet).
  bool sound_on() const {
    return workshop_.under_way() ? workshop_sound_ : progress_.sound.value_or(true);
  }
  // The saved progress handed in could not be read: the platform should keep that file aside.
  bool saved_progress_unreadable() const { return saved_progress_unreadable_; }
  // The device's data as a file (device_data.h), dated `today` (YYYY-MM-DD, the platform's clock).
  std::string device_data(const std::string& today) const;
  const DataNotice& data_notice() const { return data_notice_; }

  // The workshop (workshop.h): the one under way, or the setup for the next.
  const Workshop& workshop() const { return workshop_; }
  const WorkshopSettings& workshop_setup() const { return workshop_setup_; }
  // Leaving the workshop screen (a link, Back) needs the facilitator's PIN now.
  bool workshop_locked() const;
  bool has_pack(const std::string& id) const;  // a pack with this id was loaded
  // The last PIN entered on the workshop's keypad was wrong (until the next try or Lock).
  bool pin_refused() const { return pin_refused_; }
  // The saved workshop handed in could not be used: the platform should keep that file aside.
  bool saved_workshop_unreadable() const { return saved_workshop_unreadable_; }
  // The results as a file's text; `today` (YYYY-MM-DD) dates the printable summary.
  std::string workshop_results(session_action::ResultsFormat format,
                               const std::string& today) const;
  const ResultsNotice& results_notice() const { return results_notice_; }
  // A pack's printable card deck in the player's language (empty for an unknown pack), and what
  // came of the last one printed.
  std::string card_deck(const std::string& pack_id) const;
  const ResultsNotice& cards_notice() const { return cards_notice_; }

  // The practice proposal's form (Screen::ProposePractice), its problems as check() finds them
  // (located by proposal_field) and what came of the last save.
  const PracticeProposal& proposal() const { return proposal_; }
  const std::vector<Problem>& proposal_problems() const { return proposal_problems_; }
  const ResultsNotice& proposal_notice() const { return proposal_notice_; }

  // The packs this device loaded itself (session_packs.cpp): in the library beside the shipped
  // ones, marked as not checked by the game's authors.
  const PackStore& device_packs() const { return pack_store_; }
  bool is_device_pack(const std::string& pack_id) const { return pack_store_.find(pack_id); }
  const PackNotice& pack_notice() const { return pack_notice_; }
  // The saved packs handed in were damaged: the platform keeps that file aside (the packs that
  // could be read are saved again at once).
  bool saved_packs_damaged() const { return saved_packs_damaged_; }

  // The editor (session_editor.cpp): the pack being written, the scenario shown, and the pack as
  // a file's text to export (empty: a CSV of a draft that does not load yet).
  const PackDraft* draft() const { return draft_ ? &*draft_ : nullptr; }
  int draft_scenario() const { return draft_scenario_; }
  const EditorNotice& editor_notice() const { return editor_notice_; }
  std::string draft_export(session_action::DraftFormat format) const;
  std::string draft_file_name(session_action::DraftFormat format) const;
  // Whether the draft as it is now is kept somewhere (on the device as a pack, or exported).
  bool draft_kept() const;
  bool saved_draft_unreadable() const { return saved_draft_unreadable_; }

 private:
  bool go_to(Screen target);
  bool play(const Action& a);
  bool start_round();
  bool choose(std::optional<bool>& choice, bool on);  // a look chosen by the player
  void finish_round();  // record what was answered and save it; the summary shows it
  void import_data(const session_action::ImportData& in);
  void resume_workshop(const std::string& saved);  // session_workshop.cpp
  bool workshop_step(const WorkshopAction& a);
  bool change_workshop_setup(WorkshopSettings s);
  void read_saved_packs(const std::string& saved);  // session_packs.cpp
  void load_device_pack(const session_action::LoadPack& in);
  bool remove_device_pack(const std::string& id);
  void rebuild_library();  // the shipped packs and this device's, loaded again
  bool open_editor(const std::string& pack_id);  // session_editor.cpp
  bool edit_draft(const session_action::DraftEdit& e);
  bool save_draft();
  bool play_draft();
  void read_saved_draft(const std::string& saved);
  void draft_changed();
  void refresh_problems();
  // The packs and practices, in the library and the catalogue; a saved workshop resumes then.
  void take_content(std::vector<ContentFile> packs, const std::string& practices,
                    std::vector<Problem> problems);
  bool answers_before_content(const SessionAction& a) const;
  std::vector<Problem> check_proposal() const;  // check(proposal_) against the catalogue's ids

  bool content_ready_ = true;
  int content_percent_ = 0;
  std::string content_failure_;
  std::optional<std::string> saved_workshop_;  // resumed once the content is in
  std::vector<ContentFile> shipped_packs_;
  std::vector<std::string> shipped_ids_;
  PackStore pack_store_;
  PackNotice pack_notice_;
  bool saved_packs_damaged_ = false;
  std::vector<Problem> other_problems_;  // every problem not of a pack (kept across rebuilds)

  Library library_;
  PracticeCatalogue practices_;
  UiStrings strings_;
  Progress progress_;
  Round round_;
  Screen screen_ = Screen::Title;
  std::string language_ = "es";
  SetupChoices setup_;
  PracticeFilter practice_filter_;
  std::vector<Problem> problems_;
  const Scenario* reopened_ = nullptr;
  const Practice* open_practice_ = nullptr;
  uint64_t seed_ = 1;
  int current_year_ = 0;
  DevicePreferences device_;
  bool saved_progress_unreadable_ = false;
  DataNotice data_notice_;
  Workshop workshop_{library_};
  WorkshopSettings workshop_setup_;
  bool saved_workshop_unreadable_ = false;
  int workshop_saved_second_ = -1;  // the talk timer's second last saved
  bool pin_refused_ = false;
  bool workshop_sound_ = false;  // the facilitator turned sound on for this workshop
  ResultsNotice results_notice_;
  ResultsNotice cards_notice_;
  std::optional<PackDraft> draft_;
  int draft_scenario_ = 0;
  int draft_kept_revision_ = -1;  // the draft's revision last kept on the device or exported
  EditorNotice editor_notice_;
  bool saved_draft_unreadable_ = false;
  PracticeProposal proposal_;
  std::vector<Problem> proposal_problems_;
  ResultsNotice proposal_notice_;
  SessionEffects effects_;
};

// Whether a link may leave the game: only web addresses (http, https), never javascript:, file:
// or data:.
bool is_web_link(const std::string& url);

// The three techniques the page before a player's first technique round explains (Screen::
// Techniques), each with an invented example: prebunking, as in Bad News and Go Viral!.
std::span<const Technique> prebunk_techniques();

}  // namespace ar
