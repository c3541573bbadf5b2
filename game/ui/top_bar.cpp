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
  const ImGuiStyle& style = ImGui::GetStyle();
  auto chip_width = [&](const std::string& words) {  // the widest it gets: with its check mark
    return ImGui::CalcTextSize(("✓ " + words).c_str()).x + 2 * style.FramePadding.x;
  };
  const std::string back = "← " + session.tr("nav.back");
  const std::string name = session.tr("app.title");
  const std::string sound = session.tr("settings.sound");
  // Language chips on the right: the game is played in es, eu and en; the chosen one has a ✓.
  float lang_w = ImGui::CalcTextSize("✓ ").x - em(0.3f);
  for (const auto& l : supported_languages())
    lang_w += ImGui::CalcTextSize(upper(l).c_str()).x + 2 * style.FramePadding.x + em(0.3f);
  // The game's name only where the whole bar still fits on one row (a phone has no room for it
  // beside Back, Sound and the languages), and not on the title screen, which shows it large.
  float row = chip_width(sound) + style.ItemSpacing.x + lang_w;
  if (back_to)
    row += ImGui::CalcTextSize(back.c_str()).x + 2 * style.FramePadding.x + style.ItemSpacing.x;
  const bool show_name =
      back_to && row + ImGui::CalcTextSize(name.c_str()).x + style.ItemSpacing.x <= column_width();
  if (back_to) {
    if (ImGui::Button((back + "##back").c_str(), {0, touch_height(1.9f)}))
      action = session_action::GoTo{*back_to};
    mark("back", back);
  }
  if (show_name) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(colour::accent, "%s", name.c_str());
    mark("bar-name", name);
  }
  // Sound beside the title on every screen, so that a room can be quietened at once.
  if (back_to) flow(chip_width(sound));
  if (chip("sound", sound, session.sound_on()))
    action = session_action::SetSound{!session.sound_on()};
  flow(lang_w);  // only a phone narrower than Back, Sound and the languages wraps them
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
  if (is_reviewed(review, session.language())) return;
  ImGui::TextColored(colour::muted, "%s", session.tr("review.draft").c_str());
  mark("review-draft", session.tr("review.draft"));
}

}  // namespace ar::ui
