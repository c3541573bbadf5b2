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

}  // namespace ar::ui
