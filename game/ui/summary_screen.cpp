#include <algorithm>

#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

std::optional<UiAction> summary_screen(const App& app) {
  std::optional<UiAction> action;
  const Round& round = app.round();
  const std::string& lang = app.language();
  begin_page("summary", 36);
  if (auto a = top_bar(app, Screen::Title)) action = a;
  int answered = static_cast<int>(round.answers().size());
  if (round.settings().practice) {
    heading(app.tr("summary.practice_heading"), 1.5f);
    wrapped_text(app.strings().format("summary.practice_body", lang, {std::to_string(answered)}));
  } else {
    heading(round.is_protected() ? "☂ " + app.tr("summary.protected") : app.tr("summary.flooded"),
            1.6f);
    mark("summary-result");
    umbrella_meter(round.protection_percent(), app.tr("summary.protection"));
    wrapped_text(app.strings().format(
        "summary.score", lang,
        {std::to_string(round.points()), std::to_string(answered * Scoring::full_points),
         std::to_string(round.best_streak())}));
    auto topics = round.results_by_topic();
    if (!topics.empty()) {
      heading(app.tr("summary.by_topic"), 1.1f);
      for (const auto& [topic, r] : topics)
        labelled_bar(app.tr("topic." + topic), r.possible ? float(r.points) / r.possible : 0,
                     std::to_string(r.points) + " / " + std::to_string(r.possible));
    }
  }
  auto believed = round.believed();
  if (!believed.empty()) {
    heading(app.tr("summary.believed"), 1.1f);
    wrapped_text(app.tr("summary.believed_hint"), colour::muted);
    for (size_t i = 0; i < believed.size(); ++i) {
      const Scenario* s = believed[i]->scenario;
      bool open = app.reopened_fact() == s;
      if (wrapped_button("believed-" + std::to_string(i), (open ? "▾ " : "▸ ") + s->rumour.in(lang),
                         -1, open))
        action = open ? UiAction{ui_action::CloseFact{}} : UiAction{ui_action::ReopenFact{s->id}};
      if (open) {
        if (auto a = fact_card(app, *s)) action = a;
        wrapped_text(s->explanation.in(lang));
      }
    }
  } else if (answered > 0) {
    wrapped_text(app.tr("summary.none_believed"), colour::right);
  }
  ImGui::Dummy(em(0, 0.5f));
  if (big_button("play-again", app.tr("summary.again"), -1))
    action = ui_action::GoTo{Screen::Setup};
  if (big_button("home", app.tr("summary.home"), -1)) action = ui_action::GoTo{Screen::Title};
  end_page();
  return action;
}

}  // namespace ar::ui
