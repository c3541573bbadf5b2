#include <algorithm>

#include "fonts.h"
#include "keyboard_focus.h"
#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "umbrella_scene.h"
#include "widgets.h"

namespace ar::ui {

namespace {
constexpr float title_heading = 1.4f;  // the size of "title.heading"
}

void title_fonts_first(const Session& session) {
  first_fonts_only({title_heading}, session.tr("app.title"));
}

std::optional<SessionAction> title_screen(const Session& session, double scene_time) {
  std::optional<SessionAction> action;
  begin_page("title", 30);
  if (auto a = top_bar(session, std::nullopt)) action = a;
  ImGui::Dummy(em(0, 0.4f));
  // The game's name, large, in the game's own colour: the display size (fonts.h display_scale).
  const std::string name = session.tr("app.title");
  ImGui::PushFont(display_font(name));
  wrapped_text(name, colour::accent);
  ImGui::PopFont();
  mark("title-name", name);
  // The umbrella opening in the rain, as large as the screen allows while Play stays in view; it
  // moves for a moment as the title appears (still with reduced motion, View::frame).
  const float display_height = ImGui::GetIO().DisplaySize.y;
  const float scene_height = std::min(em(9), display_height * 0.24f);
  const ImVec2 box{std::min(column_width(), scene_height * 1.25f), scene_height};
  const Umbrella open = umbrella_for_round(true);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (column_width() - box.x) / 2);
  draw_umbrella_scene(open, scene_time, ImGui::GetCursorScreenPos(), box);
  ImGui::Dummy(box);
  mark("title-scene");  // no words of its own: the caption below says it
  wrapped_text(session.tr("title.umbrella"), colour::muted);  // the picture in words
  heading(session.tr("title.heading"), title_heading);
  wrapped_text(session.tr("title.intro"), colour::muted);
  ImGui::Dummy(em(0, 0.5f));
  // The packs and practices may still be on their way (the web build fetches them after this
  // frame): the buttons wait for them, and the line above them says how far they are.
  if (auto a = content_status(session)) action = a;
  ImGui::BeginDisabled(!session.content_ready());
  // Problems in the content, above the menu: whoever wrote a pack sees them at once.
  if (!session.problems().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour::wrong);
    if (big_button("menu-report",
                   session.strings().format("title.problems", session.language(),
                                            {std::to_string(session.problems().size())}),
                   -1))
      action = session_action::GoTo{Screen::ContentReport};
    ImGui::PopStyleColor();
  }
  if (big_button("menu-play", session.tr("title.play"), -1))
    action = session_action::GoTo{Screen::Setup};
  default_focus();
  if (big_button(
          "menu-workshop",
          session.tr(session.workshop().under_way() ? "title.resume_workshop" : "title.workshop"),
          -1))
    action = session_action::GoTo{Screen::Workshop};
  if (big_button("menu-practices", session.tr("title.practices"), -1))
    action = session_action::GoTo{Screen::Practices};
  if (big_button("menu-about", session.tr("title.about"), -1))
    action = session_action::GoTo{Screen::About};
  ImGui::EndDisabled();
  // Text size: smaller and larger, four steps, kept on this device.
  ImGui::Dummy(em(0, 0.3f));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(session.tr("settings.text_size").c_str());
  int step = session.progress().text_step;
  ImGui::SameLine();
  ImGui::BeginDisabled(step <= 0);
  if (ImGui::Button("A−##smaller", em(2.6f, 2.2f))) action = session_action::SetTextStep{step - 1};
  ImGui::EndDisabled();
  mark("text-smaller");
  ImGui::SameLine();
  ImGui::BeginDisabled(step + 1 >= Progress::text_steps);
  if (ImGui::Button("A+##larger", em(2.6f, 2.2f))) action = session_action::SetTextStep{step + 1};
  ImGui::EndDisabled();
  mark("text-larger");
  // High contrast and less motion: chosen here, or taken from the device's own settings.
  if (chip("high-contrast", session.tr("settings.high_contrast"), session.high_contrast()))
    action = session_action::SetHighContrast{!session.high_contrast()};
  flow(ImGui::CalcTextSize(session.tr("settings.reduced_motion").c_str()).x + em(3));
  if (chip("reduced-motion", session.tr("settings.reduced_motion"), session.reduced_motion()))
    action = session_action::SetReducedMotion{!session.reduced_motion()};
  const auto& best = session.progress().best_score;
  if (!best.empty()) {
    ImGui::Dummy(em(0, 0.5f));
    for (const auto& [mode, score] : best)
      ImGui::TextColored(colour::muted, "%s",
                         session.strings()
                             .format("title.best", session.language(),
                                     {session.tr("mode." + mode), std::to_string(score)})
                             .c_str());
  }
  end_page();
  return action;
}

}  // namespace ar::ui
