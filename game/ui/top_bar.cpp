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

std::optional<SessionAction> top_bar(const Session& session, std::optional<Screen> back_to) {
  std::optional<SessionAction> action;
  const float right_edge = column_right();
  if (back_to) {
    if (ImGui::Button(("← " + session.tr("nav.back") + "##back").c_str(), {0, touch_height(1.9f)}))
      action = session_action::GoTo{*back_to};
    mark("back", "← " + session.tr("nav.back"));
    ImGui::SameLine();
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(colour::accent, "%s", session.tr("app.title").c_str());
  // Sound beside the title on every screen, so that a room can be quietened at once.
  const std::string sound = session.tr("settings.sound");
  flow(ImGui::CalcTextSize(("✓ " + sound).c_str()).x + em(1.5f));
  if (chip("sound", sound, session.sound_on()))
    action = session_action::SetSound{!session.sound_on()};
  // Language buttons on the right: the game is played in es, eu and en.
  float lang_w = 0;
  for (const auto& l : supported_languages())
    lang_w += ImGui::CalcTextSize(l.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x + em(0.3f);
  lang_w += ImGui::CalcTextSize("✓ ").x;  // the chosen one carries a check mark
  flow(lang_w);  // on a narrow phone they go under the title rather than past the margin
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right_edge - lang_w));
  for (const auto& l : supported_languages()) {
    if (chip("lang-" + l, upper(l), session.language() == l) && session.language() != l)
      action = session_action::SetLanguage{l};
    ImGui::SameLine(0, em(0.3f));
  }
  ImGui::NewLine();
  column_separator();
  return action;
}

std::optional<SessionAction> begin_screen(const Session& session, const char* id,
                                          float max_width_em, const std::string& heading_key) {
  begin_page(id, max_width_em);
  std::optional<SessionAction> action = top_bar(session, Screen::Title);
  heading(session.tr(heading_key));
  return action;
}

void review_note(const Session& session, const ReviewByLanguage& review) {
  auto it = review.find(session.language());
  if (it != review.end() && it->second == ReviewStatus::Reviewed) return;
  ImGui::TextColored(colour::muted, "%s", session.tr("review.draft").c_str());
}

}  // namespace ar::ui
