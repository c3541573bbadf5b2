#pragma once
// What the player asks for. Screens draw the session and return at most one of these a frame;
// Session::apply carries it out. Screens never change game state themselves.
#include <set>
#include <string>
#include <variant>

#include "library.h"
#include "pack_draft.h"
#include "practice_proposal.h"
#include "practices.h"
#include "round.h"
#include "workshop.h"

namespace ar {

enum class Screen {
  Title,
  Setup,
  Play,
  Summary,
  Practices,
  PracticeDetail,
  ContentReport,
  About,
  Workshop,
  Techniques,      // what manipulation techniques are, before the first technique round
  Editor,          // a facilitator writes their own pack (pack_draft.h)
  ProposePractice  // a form for a good practice to add to the catalogue (practice_proposal.h)
};
const char* to_string(Screen s);

// Choices made on the setup screen before a round.
struct SetupChoices {
  static constexpr int min_rumours = 1, max_rumours = 20;
  Mode mode = Mode::Verdict;
  int rumour_count = 5;
  std::set<std::string> packs;        // pack ids; empty: all
  std::set<std::string> topics;       // empty: all
  std::set<Difficulty> difficulties;  // empty: all
  bool practice = false;
  bool operator==(const SetupChoices&) const = default;
};
// The round these choices ask for, in `language`, drawn with `seed`.
RoundSettings round_settings(const SetupChoices& c, const std::string& language, uint64_t seed);

namespace session_action {
struct GoTo {
  Screen screen;
};
struct Game {
  Action action;
};                     // passed to the round's state machine
struct StartRound {};  // start with the choices made on the setup screen
struct OpenLink {
  std::string url;
};  // the platform opens it (new tab / system browser); only http and https
struct SetLanguage {
  std::string language;
};
struct ReopenFact {
  std::string scenario_id;
};  // read a believed rumour's fact again
struct CloseFact {};
struct OpenPractice {
  std::string practice_id;
};
struct PlayTopic {
  std::string topic;
};  // from a practice: a round on that practice's topic
struct ChangeSetup {
  SetupChoices choices;
};  // the setup screen's choices as the player left them this frame
struct ChangeFilter {
  PracticeFilter filter;
};  // the practice browser's filters as the player left them this frame
struct SetTextStep {
  int step;
};  // the player's text size, kept with the progress on this device
struct SetHighContrast {
  bool on;
};  // kept with the progress; overrides the device's own setting from then on
struct SetReducedMotion {
  bool on;
};  // likewise
struct SetSound {
  bool on;
};                     // solo play: kept with the progress; in a workshop: for this session only
struct ExportData {};  // the platform hands the device's data to the player as a file
struct DataExported {
  std::string where;         // the file written (a path, or a download's name)
  std::string error;         // empty: it worked
};                           // the platform says how the export went, for the message on screen
struct ChooseImportFile {};  // the platform lets the player pick a file (web: a file picker)
struct ImportData {
  std::string file;        // its name, for the message
  std::string text;        // its whole text
  std::string read_error;  // not empty: the platform could not read it (and says why)
};                         // a device-data file to take the progress from; checked first
struct ChoosePackFile {};  // the platform lets the player pick a pack's file (web: a file picker)
struct LoadPack {
  std::string file;        // its name: a .csv goes through the spreadsheet importer
  std::string text;        // its whole text
  std::string read_error;  // not empty: the platform could not read it (and says why)
  std::string file_date;   // YYYY-MM-DD, the file's own date: a spreadsheet's last check
  bool at_start = false;   // loaded as the game starts (--pack, the packs folder): no screen change
};                         // a pack to keep on this device, beside the shipped ones
struct RemovePack {
  std::string id;
};  // a pack this device loaded (never a shipped one)
struct WorkshopStep {
  WorkshopAction action;
};  // passed to the workshop's state machine (Begin takes the setup screen's choices)
struct ChangeWorkshopSetup {
  WorkshopSettings settings;
};  // the workshop setup screen's choices as the facilitator left them this frame
enum class ResultsFormat { Csv, Json, Summary };  // Summary: the printable page (HTML)
struct ExportResults {
  ResultsFormat format;
};  // the platform hands the workshop's results to the facilitator as a file
struct ResultsExported {
  std::string where;
  std::string error;  // empty: it worked
};
struct PrintCards {
  std::string pack_id;
};  // the platform hands the pack's card deck (card_deck.h) to the player as a file to print
struct CardsPrinted {
  std::string where;  // the file written (a path, or a download's name)
  std::string error;  // empty: it worked
};

// The editor: one edit of the draft (pack_draft.h), or a move about it. Scenario edits act on the
// scenario shown (Session::draft_scenario).
namespace draft_edit {
struct Set {
  FieldAt at;
  std::string value;
};
struct Toggle {
  FieldAt at;
  std::string word;
};
struct AddScenario {};
struct Duplicate {};
struct Move {
  int by;  // -1: up the list, +1: down
};
struct Remove {};
struct AddReply {};
struct RemoveReply {
  int reply;
};
struct Undo {};
struct Show {
  int scenario;
};
}  // namespace draft_edit
using DraftEdit =
    std::variant<draft_edit::Set, draft_edit::Toggle, draft_edit::AddScenario,
                 draft_edit::Duplicate, draft_edit::Move, draft_edit::Remove, draft_edit::AddReply,
                 draft_edit::RemoveReply, draft_edit::Undo, draft_edit::Show>;

// Opens the editor: on a device pack (its id), on a copy of a shipped one, or (empty) on the draft
// this device keeps, a new pack when there is none.
struct OpenEditor {
  std::string pack_id;
};
struct NewDraft {};  // a blank pack; refused while the draft has changes not kept anywhere
struct EditDraft {
  DraftEdit edit;
};
struct SaveDraft {};  // keep the draft on this device as one of its packs, playable in every mode
struct PlayDraft {};  // keep it, then a practice round of its rumours: what a player will see
enum class DraftFormat { Json, Csv };
struct ExportDraft {
  DraftFormat format;
};  // the platform hands the pack to the author as a file (web: a download)
struct DraftExported {
  std::string where;
  std::string error;  // empty: it worked
};
struct ChangeProposal {
  PracticeProposal proposal;
};                       // the practice proposal's form as the player left it this frame
struct SaveProposal {};  // the platform hands the proposal's entry (proposal_json) over as a file
struct ProposalSaved {
  std::string where;  // the file written (a path, or a download's name)
  std::string error;  // empty: it worked
};
// The web build's packs and practices, fetched after the title screen was drawn
// (content_bundle.h), handed in once: the title's buttons wait for them.
struct ContentArrived {
  std::vector<ContentFile> packs;
  std::string practices;
  std::vector<Problem> problems;  // a damaged or cut content file, located
};
// How far the fetch got (0–99), or why it gave up (after the page's own retries).
struct ContentLoading {
  int percent = 0;
  std::string failure;  // empty: still coming
};
struct RetryContent {};  // the title's "Try again" after a failure: fetch once more
}  // namespace session_action

using SessionAction = std::variant<
    session_action::GoTo, session_action::Game, session_action::StartRound,
    session_action::OpenLink, session_action::SetLanguage, session_action::ReopenFact,
    session_action::CloseFact, session_action::OpenPractice, session_action::PlayTopic,
    session_action::ChangeSetup, session_action::ChangeFilter, session_action::SetTextStep,
    session_action::SetHighContrast, session_action::SetReducedMotion, session_action::SetSound,
    session_action::ExportData, session_action::DataExported, session_action::ChooseImportFile,
    session_action::ImportData, session_action::WorkshopStep, session_action::ChangeWorkshopSetup,
    session_action::ExportResults, session_action::ResultsExported, session_action::ChoosePackFile,
    session_action::LoadPack, session_action::RemovePack, session_action::PrintCards,
    session_action::CardsPrinted, session_action::OpenEditor, session_action::NewDraft,
    session_action::EditDraft, session_action::SaveDraft, session_action::PlayDraft,
    session_action::ExportDraft, session_action::DraftExported, session_action::ChangeProposal,
    session_action::SaveProposal, session_action::ProposalSaved, session_action::ContentArrived,
    session_action::ContentLoading, session_action::RetryContent>;

}  // namespace ar
