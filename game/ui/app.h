#pragma once
// The whole game as the screens see it: content, the round, progress, and which screen is shown.
// One frame: draw the current screen, take the action it returns, apply it. No SDL, no files: the
// platform hands content in and takes effects (links to open, progress to save) out.
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "library.h"
#include "practices.h"
#include "progress.h"
#include "round.h"
#include "ui_action.h"
#include "ui_strings.h"

namespace ar::ui {

struct AppContent {
  std::vector<ContentFile> packs;
  std::string ui_strings;  // content/ui-strings.json
  std::string practices;   // content/practices.json
  std::optional<std::string> saved_progress;
  std::vector<Problem> read_problems;  // files the platform could not read
  std::string language;                // preferred language, e.g. from the browser; empty: Spanish
  uint64_t seed = 1;
  int current_year = 2026;
};

// What the platform must do after a frame.
struct AppEffects {
  std::vector<std::string> links_to_open;
  std::optional<std::string> progress_to_save;
};

// Choices made on the setup screen before a round.
struct SetupChoices {
  Mode mode = Mode::Verdict;
  int rumour_count = 5;
  std::set<std::string> topics;       // empty: all
  std::set<Difficulty> difficulties;  // empty: all
  bool practice = false;
};

class App {
 public:
  explicit App(AppContent content);

  // Draws one frame into the current ImGui frame (between NewFrame and Render).
  void frame();
  void apply(const UiAction& a);
  AppEffects take_effects();

  // Read-only state, for screens and tests.
  Screen screen() const { return screen_; }
  const std::string& language() const { return language_; }
  const Library& library() const { return library_; }
  const PracticeCatalogue& practices() const { return practices_; }
  const UiStrings& strings() const { return strings_; }
  const Round& round() const { return round_; }
  const Progress& progress() const { return progress_; }
  PracticeFilter& practice_filter() { return practice_filter_; }
  const PracticeFilter& practice_filter() const { return practice_filter_; }
  const std::vector<Problem>& problems() const { return problems_; }  // all content problems
  const Scenario* reopened_fact() const { return reopened_; }
  const Practice* open_practice() const { return open_practice_; }
  const std::string& tr(const std::string& key) const { return strings_.get(key, language_); }
  int current_year() const { return current_year_; }
  // The saved progress handed in could not be read: the platform should keep that file aside.
  bool saved_progress_unreadable() const { return saved_progress_unreadable_; }

 private:
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
  int current_year_ = 2026;
  bool saved_progress_unreadable_ = false;
  AppEffects effects_;
  std::tuple<Screen, Phase, size_t, const Practice*> last_view_{Screen::Title, Phase::Choosing, 0,
                                                                nullptr};
};

}  // namespace ar::ui
