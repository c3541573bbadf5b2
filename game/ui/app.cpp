#include "app.h"

#include <imgui.h>

#include <algorithm>

#include "screens.h"
#include "test_marks.h"
#include "widgets.h"

namespace ar::ui {

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
  }
  return "?";
}

App::App(AppContent content)
    : library_(Library::load(content.packs, content.current_year)),
      round_(library_, &progress_),
      seed_(content.seed),
      current_year_(content.current_year) {
  problems_ = content.read_problems;
  for (const auto& r : library_.reports())
    problems_.insert(problems_.end(), r.problems.begin(), r.problems.end());
  strings_ = UiStrings::load(content.ui_strings, "content/ui-strings.json", problems_);
  practices_ = PracticeCatalogue::load(content.practices, "content/practices.json", problems_);
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
  // The report reads top to bottom, file by file.
  std::stable_sort(problems_.begin(), problems_.end(), [](const Problem& a, const Problem& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  });
  const auto& langs = supported_languages();
  if (std::find(langs.begin(), langs.end(), content.language) != langs.end())
    language_ = content.language;
}

void App::frame() {
  clear_marks();
  std::optional<UiAction> action;
  switch (screen_) {
    case Screen::Title: action = title_screen(*this); break;
    case Screen::Setup: action = setup_screen(*this, setup_); break;
    case Screen::Play: action = rumour_screen(*this); break;
    case Screen::Summary: action = summary_screen(*this); break;
    case Screen::Practices: action = practices_screen(*this, practice_filter_); break;
    case Screen::PracticeDetail: action = practice_detail_screen(*this); break;
    case Screen::ContentReport: action = content_report_screen(*this); break;
    case Screen::About: action = about_screen(*this); break;
  }
  if (action) apply(*action);
  // Whatever the player sees next starts at its top, not where the last page was scrolled to.
  auto view = std::make_tuple(screen_, round_.phase(), round_.position(), open_practice_);
  if (view != last_view_) request_scroll_to_top();
  last_view_ = view;
}

void App::apply(const UiAction& a) {
  std::visit(
      [&](const auto& act) {
        using T = std::decay_t<decltype(act)>;
        if constexpr (std::is_same_v<T, ui_action::GoTo>) {
          // Leaving a round half-way ends it: the summary shows what was answered.
          if (screen_ == Screen::Play && act.screen != Screen::Play &&
              act.screen != Screen::PracticeDetail) {
            round_.apply(action::Finish{});
            round_.apply(action::Restart{});
          }
          if (screen_ == Screen::Summary && round_.phase() == Phase::Summary)
            round_.apply(action::Restart{});
          reopened_ = nullptr;
          screen_ = act.screen;
          if (screen_ == Screen::PracticeDetail && !open_practice_) screen_ = Screen::Practices;
        } else if constexpr (std::is_same_v<T, ui_action::Game>) {
          Phase before = round_.phase();
          if (!round_.apply(act.action)) return;
          if (round_.phase() == Phase::Summary && before != Phase::Summary) {
            progress_.record(round_);
            effects_.progress_to_save = save_progress(progress_);
            screen_ = Screen::Summary;
          } else if (round_.phase() == Phase::Choosing) {
            screen_ = Screen::Setup;
          }
        } else if constexpr (std::is_same_v<T, ui_action::StartRound>) {
          if (round_.phase() == Phase::Summary) round_.apply(action::Restart{});
          RoundSettings s;
          s.mode = setup_.mode;
          s.rumour_count = setup_.rumour_count;
          s.topics.assign(setup_.topics.begin(), setup_.topics.end());
          s.difficulties.assign(setup_.difficulties.begin(), setup_.difficulties.end());
          s.language = language_;
          s.practice = setup_.practice;
          s.seed = seed_++;
          if (round_.apply(action::Start{s})) screen_ = Screen::Play;
        } else if constexpr (std::is_same_v<T, ui_action::OpenLink>) {
          effects_.links_to_open.push_back(act.url);
        } else if constexpr (std::is_same_v<T, ui_action::SetLanguage>) {
          language_ = act.language;
        } else if constexpr (std::is_same_v<T, ui_action::ReopenFact>) {
          reopened_ = library_.find(act.scenario_id);
        } else if constexpr (std::is_same_v<T, ui_action::CloseFact>) {
          reopened_ = nullptr;
        } else if constexpr (std::is_same_v<T, ui_action::OpenPractice>) {
          if (const Practice* p = practices_.find(act.practice_id)) {
            open_practice_ = p;
            screen_ = Screen::PracticeDetail;
          }
        } else if constexpr (std::is_same_v<T, ui_action::PlayTopic>) {
          setup_.topics = {act.topic};
          screen_ = Screen::Setup;
        }
      },
      a);
}

AppEffects App::take_effects() {
  AppEffects out = std::move(effects_);
  effects_ = {};
  return out;
}

}  // namespace ar::ui
