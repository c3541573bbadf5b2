#include <algorithm>

#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

std::optional<UiAction> title_screen(const App& app) {
  std::optional<UiAction> action;
  begin_page("title", 30);
  if (auto a = top_bar(app, std::nullopt)) action = a;
  ImGui::Dummy(em(0, 1));
  heading(app.tr("title.heading"), 1.8f);
  wrapped_text(app.tr("title.intro"), colour::muted);
  ImGui::Dummy(em(0, 0.5f));
  umbrella_meter(100, app.tr("title.umbrella"), false);
  ImGui::Dummy(em(0, 0.5f));
  if (big_button("menu-play", app.tr("title.play"), -1)) action = ui_action::GoTo{Screen::Setup};
  if (big_button("menu-practices", app.tr("title.practices"), -1))
    action = ui_action::GoTo{Screen::Practices};
  if (big_button("menu-about", app.tr("title.about"), -1)) action = ui_action::GoTo{Screen::About};
  if (!app.problems().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour::wrong);
    if (big_button("menu-report",
                   app.strings().format("title.problems", app.language(),
                                        {std::to_string(app.problems().size())}),
                   -1))
      action = ui_action::GoTo{Screen::ContentReport};
    ImGui::PopStyleColor();
  }
  const auto& best = app.progress().best_score;
  if (!best.empty()) {
    ImGui::Dummy(em(0, 0.5f));
    for (const auto& [mode, score] : best)
      ImGui::TextColored(
          colour::muted, "%s",
          app.strings()
              .format("title.best", app.language(), {app.tr("mode." + mode), std::to_string(score)})
              .c_str());
  }
  end_page();
  return action;
}

std::optional<UiAction> about_screen(const App& app) {
  std::optional<UiAction> action;
  begin_page("about", 36);
  if (auto a = top_bar(app, Screen::Title)) action = a;
  heading(app.tr("about.heading"));
  wrapped_text(app.tr("about.body"));
  ImGui::Dummy(em(0, 0.5f));
  heading(app.tr("about.packs"), 1.1f);
  for (const auto& pack : app.library().packs()) {
    wrapped_text(app.strings().format(
        "about.pack_line", app.language(),
        {pack.info.title.in(app.language()), std::to_string(pack.scenarios.size()),
         pack.info.version, pack.info.last_reviewed, pack.info.licence}));
    review_note(app, pack.info.review);
  }
  ImGui::Dummy(em(0, 0.5f));
  heading(app.tr("about.scoring"), 1.1f);
  wrapped_text(app.tr("about.scoring_body"));
  end_page();
  return action;
}

std::optional<UiAction> content_report_screen(const App& app) {
  std::optional<UiAction> action;
  begin_page("report", 48);
  if (auto a = top_bar(app, Screen::Title)) action = a;
  heading(app.tr("report.heading"));
  wrapped_text(app.tr("report.intro"), colour::muted);
  for (const auto& r : app.library().reports())
    ImGui::TextColored(r.loaded ? colour::right : colour::wrong, "%s %s", r.loaded ? "✓" : "✗",
                       r.file.c_str());
  column_separator();
  for (const auto& p : app.problems()) {
    wrapped_text(format_problem(p),
                 p.severity == Problem::Severity::Error ? colour::wrong : colour::muted);
  }
  end_page();
  return action;
}

}  // namespace ar::ui
