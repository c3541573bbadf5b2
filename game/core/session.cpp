#include "session.h"

#include <algorithm>
#include <tuple>

#include "card_deck.h"
#include "device_data.h"

namespace ar {

const char* to_string(Screen s) {
  switch (s) {
    case Screen::Title: return "title";
    case Screen::Setup: return "setup";
    case Screen::Play: return "play";
    case Screen::Summary: return "summary";
    case Screen::Practices: return "practices";
    case Screen::PracticeDetail: return "practice_detail";
    case Screen::ContentReport: return "content_report";
    case Screen::About: return "about";
    case Screen::Workshop: return "workshop";
    case Screen::Techniques: return "techniques";
    case Screen::Editor: return "editor";
    case Screen::ProposePractice: return "propose_practice";
  }
  return "?";
}

bool is_web_link(const std::string& url) {
  std::string scheme = url.substr(0, url.find(':'));
  std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return (scheme == "http" || scheme == "https") && url.size() > scheme.size() + 3 &&
         url.compare(scheme.size(), 3, "://") == 0;
}

Session::Session(SessionContent content)
    : round_(library_, &progress_),
      seed_(content.seed),
      current_year_(content.current_year),
      device_(content.device) {
  problems_ = content.read_problems;
  if (content.saved_packs) read_saved_packs(*content.saved_packs);
  strings_ = UiStrings::load(content.ui_strings, "content/ui-strings.json", problems_);
  if (content.saved_progress) {
    ProgressLoadResult saved = load_progress(*content.saved_progress, "saved progress");
    if (saved.problems.empty()) {
      progress_ = std::move(saved.progress);
    } else {
      saved_progress_unreadable_ = true;  // the platform keeps the file aside
      for (auto& p : saved.problems)
        p.message += " (progress starts afresh; the old save is kept aside)";
      problems_.insert(problems_.end(), saved.problems.begin(), saved.problems.end());
    }
  }
  if (content.saved_draft) read_saved_draft(*content.saved_draft);
  other_problems_ = std::move(problems_);
  problems_.clear();
  const auto& langs = supported_languages();
  if (std::find(langs.begin(), langs.end(), content.language) != langs.end())
    language_ = content.language;
  saved_workshop_ = std::move(content.saved_workshop);
  if (content.content_follows) {
    content_ready_ = false;
    effects_.fetch_content = true;  // after the first frame: the platform carries effects out then
    refresh_problems();
  } else {
    take_content(std::move(content.packs), content.practices, {});
  }
}

void Session::take_content(std::vector<ContentFile> packs, const std::string& practices,
                           std::vector<Problem> problems) {
  shipped_packs_ = std::move(packs);
  rebuild_library();
  shipped_ids_.clear();
  for (const auto& p : library_.packs())
    if (!pack_store_.find(p.info.id)) shipped_ids_.push_back(p.info.id);
  practices_ = PracticeCatalogue::load(practices, "content/practices.json", problems);
  proposal_problems_ = check_proposal();  // the empty form: what it still needs
  problems_.clear();
  if (saved_workshop_) resume_workshop(*saved_workshop_);  // its rumours point into the library
  saved_workshop_.reset();
  problems.insert(problems.end(), problems_.begin(), problems_.end());
  other_problems_.insert(other_problems_.end(), problems.begin(), problems.end());
  content_ready_ = true;
  content_failure_.clear();
  refresh_problems();  // with the packs' reports
}

// Before the packs and practices are in, the title screen and the player's settings answer; a
// deep link or a saved workshop waits for them (the platform holds the address until then).
bool Session::answers_before_content(const SessionAction& a) const {
  namespace act = session_action;
  if (const auto* go = std::get_if<act::GoTo>(&a)) return go->screen == Screen::Title;
  return std::holds_alternative<act::SetLanguage>(a) ||
         std::holds_alternative<act::SetHighContrast>(a) ||
         std::holds_alternative<act::SetReducedMotion>(a) ||
         std::holds_alternative<act::SetSound>(a) || std::holds_alternative<act::SetTextStep>(a) ||
         std::holds_alternative<act::ContentArrived>(a) ||
         std::holds_alternative<act::ContentLoading>(a) ||
         std::holds_alternative<act::RetryContent>(a);
}

bool Session::round_under_way() const {
  return round_.phase() == Phase::Answering || round_.phase() == Phase::Feedback;
}

void Session::finish_round() {
  round_.apply(action::Finish{});
  progress_.record(round_);
  effects_.progress_to_save = save_progress(progress_);
  screen_ = Screen::Summary;
}

std::string Session::device_data(const std::string& today) const {
  return write_device_data({today, progress_});
}

void Session::import_data(const session_action::ImportData& in) {
  DataNotice n;
  n.file = in.file;
  n.kind = DataNotice::Kind::ImportFailed;
  if (!in.read_error.empty()) {
    n.problems.push_back({in.file, 0, 0, "", in.read_error});
  } else {
    DeviceDataRead read = read_device_data(in.text, in.file);
    n.problems = std::move(read.problems);
    if (read.data.progress) {
      // Nothing is lost: the progress replaced is kept aside first (unless there was none).
      if (progress_.rounds_played > 0 || !progress_.seen.empty() || !progress_.best_score.empty())
        effects_.progress_to_keep = save_progress(progress_);
      progress_ = std::move(*read.data.progress);
      effects_.progress_to_save = save_progress(progress_);
      n.kind = DataNotice::Kind::Imported;
      n.rounds_played = progress_.rounds_played;
    } else if (!has_errors(n.problems)) {
      n.problems.push_back({in.file, 0, 0, "$.saves", "this file holds no progress to load"});
    }
  }
  data_notice_ = std::move(n);
}

bool Session::go_to(Screen target) {
  if (target == Screen::PracticeDetail && !open_practice_) target = Screen::Practices;
  // Leaving a round half-way: what was answered counts (progress, seen rumours) and the summary
  // shows it; a round with no answer yet is simply dropped. Opening a practice from the feedback,
  // or coming back from it, is not leaving.
  if (round_under_way() && target != Screen::Play && target != Screen::PracticeDetail) {
    if (!round_.answers().empty()) {
      finish_round();
      reopened_ = nullptr;
      return true;
    }
    round_.apply(action::Finish{});
    round_.apply(action::Restart{});
  }
  if (target == Screen::Play && !round_under_way()) return false;
  if (target == Screen::Summary && round_.phase() != Phase::Summary) return false;
  if (round_.phase() == Phase::Summary && target != Screen::Summary)
    round_.apply(action::Restart{});
  // Leaving (or reopening) the About screen, its notices were seen. Cleared then, not on arrival:
  // a pack dropped during a round (refused until it ends) is still said when About opens.
  if (screen_ == Screen::About) {
    data_notice_ = {};
    pack_notice_ = {};
  }
  reopened_ = nullptr;
  screen_ = target;
  return true;
}

bool Session::play(const Action& a) {
  Phase before = round_.phase();
  if (!round_.apply(a)) return false;
  if (round_.phase() == Phase::Summary && before != Phase::Summary) {
    progress_.record(round_);
    effects_.progress_to_save = save_progress(progress_);
    screen_ = Screen::Summary;
  } else if (round_.phase() == Phase::Choosing) {
    screen_ = Screen::Setup;
  }
  return true;
}

std::span<const Technique> prebunk_techniques() {
  static constexpr Technique shown[] = {Technique::AnecdoteAsProof, Technique::CherryPicking,
                                        Technique::ZeroSum};
  return shown;
}

RoundSettings round_settings(const SetupChoices& c, const std::string& language, uint64_t seed) {
  RoundSettings s;
  s.mode = c.mode;
  s.rumour_count = c.rumour_count;
  s.packs.assign(c.packs.begin(), c.packs.end());
  s.topics.assign(c.topics.begin(), c.topics.end());
  s.difficulties.assign(c.difficulties.begin(), c.difficulties.end());
  s.language = language;
  s.practice = c.practice;
  s.seed = seed;
  return s;
}

bool Session::has_pack(const std::string& id) const {
  const auto& packs = library_.packs();
  return std::any_of(packs.begin(), packs.end(), [&](const Pack& p) { return p.info.id == id; });
}

std::string Session::card_deck(const std::string& pack_id) const {
  for (const Pack& p : library_.packs())
    if (p.info.id == pack_id) return card_deck_html(p, strings_, language_);
  return "";
}

bool Session::start_round() {
  if (round_under_way()) return false;
  // Inoculation: before the player's first technique round, the page that explains techniques;
  // its Start comes back here, and the page counts as seen on this device from then on.
  if (screen_ == Screen::Techniques) {
    if (!progress_.techniques_explained) {
      progress_.techniques_explained = true;
      effects_.progress_to_save = save_progress(progress_);
    }
  } else if (setup_.mode == Mode::Technique && !progress_.techniques_explained) {
    return go_to(Screen::Techniques);
  }
  if (round_.phase() == Phase::Summary) round_.apply(action::Restart{});
  if (!round_.apply(action::Start{round_settings(setup_, language_, seed_)})) return false;
  ++seed_;  // the next round is another draw
  reopened_ = nullptr;
  screen_ = Screen::Play;
  return true;
}

bool Session::apply(const SessionAction& a) {
  namespace act = session_action;
  if (!content_ready_ && !answers_before_content(a)) return false;
  // With the facilitator's PIN set, nothing takes the room out of the workshop: no other screen, no
  // link, no round (a Back press or a link in the address bar ends here too).
  if (workshop_locked()) {
    const auto* go = std::get_if<act::GoTo>(&a);
    if ((go && go->screen != Screen::Workshop) || std::holds_alternative<act::OpenLink>(a) ||
        std::holds_alternative<act::OpenPractice>(a) ||
        std::holds_alternative<act::StartRound>(a) || std::holds_alternative<act::PlayTopic>(a) ||
        std::holds_alternative<act::Game>(a) || std::holds_alternative<act::ImportData>(a) ||
        std::holds_alternative<act::LoadPack>(a) || std::holds_alternative<act::RemovePack>(a) ||
        std::holds_alternative<act::OpenEditor>(a) || std::holds_alternative<act::PlayDraft>(a) ||
        std::holds_alternative<act::SaveDraft>(a))
      return false;
  }
  return std::visit(
      [&](const auto& x) -> bool {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, act::GoTo>) {
          return go_to(x.screen);
        } else if constexpr (std::is_same_v<T, act::ContentArrived>) {
          if (content_ready_) return false;  // once: a second copy would rebuild what is in use
          take_content(x.packs, x.practices, x.problems);
          return true;
        } else if constexpr (std::is_same_v<T, act::ContentLoading>) {
          if (content_ready_) return false;
          content_percent_ = std::clamp(x.percent, 0, 99);
          content_failure_ = x.failure;
          return true;
        } else if constexpr (std::is_same_v<T, act::RetryContent>) {
          if (content_ready_ || content_failure_.empty()) return false;  // one fetch at a time
          content_failure_.clear();
          content_percent_ = 0;
          effects_.fetch_content = true;
          return true;
        } else if constexpr (std::is_same_v<T, act::Game>) {
          return play(x.action);
        } else if constexpr (std::is_same_v<T, act::StartRound>) {
          return start_round();
        } else if constexpr (std::is_same_v<T, act::OpenLink>) {
          if (!is_web_link(x.url)) return false;  // content never opens anything else
          effects_.links_to_open.push_back(x.url);
          return true;
        } else if constexpr (std::is_same_v<T, act::SetLanguage>) {
          const auto& langs = supported_languages();
          if (std::find(langs.begin(), langs.end(), x.language) == langs.end()) return false;
          language_ = x.language;  // a round under way goes on, in the new language
          return true;
        } else if constexpr (std::is_same_v<T, act::ReopenFact>) {
          const Scenario* s = library_.find(x.scenario_id);
          if (!s) return false;
          reopened_ = s;
          return true;
        } else if constexpr (std::is_same_v<T, act::CloseFact>) {
          reopened_ = nullptr;
          return true;
        } else if constexpr (std::is_same_v<T, act::OpenPractice>) {
          const Practice* p = practices_.find(x.practice_id);
          if (!p) return false;
          open_practice_ = p;
          screen_ = Screen::PracticeDetail;
          return true;
        } else if constexpr (std::is_same_v<T, act::PlayTopic>) {
          if (round_under_way()) return false;  // a practice opened from a round plays nothing
          if (std::find(rumour_topics().begin(), rumour_topics().end(), x.topic) ==
              rumour_topics().end())
            return false;
          setup_.topics = {x.topic};
          return go_to(Screen::Setup);
        } else if constexpr (std::is_same_v<T, act::ChangeSetup>) {
          SetupChoices c = x.choices;
          c.rumour_count =
              std::clamp(c.rumour_count, SetupChoices::min_rumours, SetupChoices::max_rumours);
          for (const auto& t : c.topics)
            if (!is_rumour_topic(t)) return false;
          for (const auto& p : c.packs)
            if (!has_pack(p)) return false;
          setup_ = std::move(c);
          return true;
        } else if constexpr (std::is_same_v<T, act::ChangeFilter>) {
          practice_filter_ = x.filter;
          return true;
        } else if constexpr (std::is_same_v<T, act::ExportData>) {
          effects_.export_data = true;
          return true;
        } else if constexpr (std::is_same_v<T, act::DataExported>) {
          data_notice_ = {};
          data_notice_.kind =
              x.error.empty() ? DataNotice::Kind::Exported : DataNotice::Kind::ExportFailed;
          data_notice_.file = x.where;
          data_notice_.error = x.error;
          return true;
        } else if constexpr (std::is_same_v<T, act::ChooseImportFile>) {
          effects_.choose_import_file = true;
          return true;
        } else if constexpr (std::is_same_v<T, act::ImportData>) {
          if (round_under_way()) return false;  // the round counts on the progress it started with
          import_data(x);
          return true;
        } else if constexpr (std::is_same_v<T, act::ChoosePackFile>) {
          effects_.choose_pack_file = true;
          return true;
        } else if constexpr (std::is_same_v<T, act::LoadPack>) {
          load_device_pack(x);
          return true;
        } else if constexpr (std::is_same_v<T, act::RemovePack>) {
          return remove_device_pack(x.id);
        } else if constexpr (std::is_same_v<T, act::WorkshopStep>) {
          return workshop_step(x.action);
        } else if constexpr (std::is_same_v<T, act::ChangeWorkshopSetup>) {
          return change_workshop_setup(x.settings);
        } else if constexpr (std::is_same_v<T, act::ExportResults>) {
          if (workshop_.rumours_done() == 0) return false;
          effects_.results_to_export = x.format;
          return true;
        } else if constexpr (std::is_same_v<T, act::ResultsExported>) {
          results_notice_ = {true, x.where, x.error, ""};
          return true;
        } else if constexpr (std::is_same_v<T, act::PrintCards>) {
          if (!has_pack(x.pack_id)) return false;
          effects_.cards_to_print = x.pack_id;
          cards_notice_ = {false, "", "", x.pack_id};
          return true;
        } else if constexpr (std::is_same_v<T, act::CardsPrinted>) {
          cards_notice_.shown = true;
          cards_notice_.file = x.where;
          cards_notice_.error = x.error;
          return true;
        } else if constexpr (std::is_same_v<T, act::OpenEditor>) {
          return open_editor(x.pack_id);
        } else if constexpr (std::is_same_v<T, act::NewDraft>) {
          if (!draft_kept()) {
            editor_notice_ = {EditorNotice::Kind::NotKept, "", {}};
            return false;
          }
          draft_.reset();
          return open_editor("");
        } else if constexpr (std::is_same_v<T, act::EditDraft>) {
          return edit_draft(x.edit);
        } else if constexpr (std::is_same_v<T, act::SaveDraft>) {
          return save_draft();
        } else if constexpr (std::is_same_v<T, act::PlayDraft>) {
          return play_draft();
        } else if constexpr (std::is_same_v<T, act::ExportDraft>) {
          if (!draft_ || draft_export(x.format).empty()) return false;
          effects_.draft_to_export = x.format;
          return true;
        } else if constexpr (std::is_same_v<T, act::DraftExported>) {
          editor_notice_ = {};
          editor_notice_.kind =
              x.error.empty() ? EditorNotice::Kind::Exported : EditorNotice::Kind::ExportFailed;
          editor_notice_.where = x.error.empty() ? x.where : x.error;
          if (x.error.empty() && draft_) draft_kept_revision_ = draft_->revision();
          return true;
        } else if constexpr (std::is_same_v<T, act::ChangeProposal>) {
          if (x.proposal == proposal_) return false;
          proposal_ = x.proposal;
          proposal_problems_ = check_proposal();
          proposal_notice_ = {};  // the file saved before is not this proposal any more
          return true;
        } else if constexpr (std::is_same_v<T, act::SaveProposal>) {
          proposal_problems_ = check_proposal();
          if (has_errors(proposal_problems_)) return false;  // only a checked entry leaves
          effects_.proposal_to_save = std::pair{
              "practice-proposal-" + proposal_id(proposal_) + ".json", proposal_json(proposal_)};
          return true;
        } else if constexpr (std::is_same_v<T, act::ProposalSaved>) {
          proposal_notice_ = {true, x.where, x.error, ""};
          return true;
        } else if constexpr (std::is_same_v<T, act::SetTextStep>) {
          if (x.step < 0 || x.step >= Progress::text_steps || x.step == progress_.text_step)
            return false;
          progress_.text_step = x.step;
          effects_.progress_to_save = save_progress(progress_);
          return true;
        } else if constexpr (std::is_same_v<T, act::SetHighContrast>) {
          return choose(progress_.high_contrast, x.on);
        } else if constexpr (std::is_same_v<T, act::SetSound>) {
          if (!workshop_.under_way()) return choose(progress_.sound, x.on);
          if (workshop_sound_ == x.on) return false;
          workshop_sound_ = x.on;
          return true;
        } else {  // SetReducedMotion
          return choose(progress_.reduced_motion, x.on);
        }
      },
      a);
}

// The player's choice is kept even when it equals the device's setting, so that a later change
// of the device's setting does not undo it.
std::vector<Problem> Session::check_proposal() const {
  std::vector<std::string> ids;
  for (const Practice& p : practices_.all()) ids.push_back(p.id);
  return check(proposal_, current_year_, ids);
}

bool Session::choose(std::optional<bool>& choice, bool on) {
  if (choice == on) return false;
  choice = on;
  effects_.progress_to_save = save_progress(progress_);
  return true;
}

SessionEffects Session::take_effects() {
  SessionEffects out = std::move(effects_);
  effects_ = {};
  return out;
}

}  // namespace ar
