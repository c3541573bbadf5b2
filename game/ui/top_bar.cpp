#include <cctype>

#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

namespace {
std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
}  // namespace

std::optional<UiAction> top_bar(const App& app, std::optional<Screen> back_to) {
  std::optional<UiAction> action;
  const float right_edge = column_right();
  if (back_to) {
    if (ImGui::Button(("← " + app.tr("nav.back") + "##back").c_str(), {0, touch_height(1.9f)}))
      action = ui_action::GoTo{*back_to};
    mark("back");
    ImGui::SameLine();
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(colour::accent, "%s", app.tr("app.title").c_str());
  // Language buttons on the right: the game is played in es, eu and en.
  float lang_w = 0;
  for (const auto& l : supported_languages())
    lang_w += ImGui::CalcTextSize(l.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x + em(0.3f);
  lang_w += ImGui::CalcTextSize("✓ ").x;  // the chosen one carries a check mark
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right_edge - lang_w));
  for (const auto& l : supported_languages()) {
    if (chip("lang-" + l, upper(l), app.language() == l) && app.language() != l)
      action = ui_action::SetLanguage{l};
    ImGui::SameLine(0, em(0.3f));
  }
  ImGui::NewLine();
  column_separator();
  return action;
}

void review_note(const App& app, const ReviewByLanguage& review) {
  auto it = review.find(app.language());
  if (it != review.end() && it->second == ReviewStatus::Reviewed) return;
  ImGui::TextColored(colour::muted, "%s", app.tr("review.draft").c_str());
}

}  // namespace ar::ui
