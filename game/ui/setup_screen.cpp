#include <algorithm>

#include "keyboard_focus.h"
#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

std::optional<SessionAction> setup_screen(const Session& session) {
  std::optional<SessionAction> action;
  // The widgets edit a copy; a change goes back to the session as an action.
  SetupChoices choices = session.setup();
  const std::string& lang = session.language();
  if (auto a = begin_screen(session, "setup", 36, "setup.heading")) action = a;

  mode_buttons(session, choices.mode, {Mode::Verdict, Mode::Reply, Mode::Technique});
  if (ImGui::SmallButton(session.tr("setup.what_are_techniques").c_str()))
    action = session_action::GoTo{Screen::Techniques};
  mark("what-are-techniques", session.tr("setup.what_are_techniques"));

  ImGui::Dummy(em(0, 0.3f));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(session.tr("setup.count").c_str());
  choices.rumour_count = stepper("count", session.tr("setup.count"), choices.rumour_count,
                                 SetupChoices::min_rumours, SetupChoices::max_rumours);

  ImGui::Dummy(em(0, 0.3f));
  if (pack_chips(session, choices.packs)) ImGui::Dummy(em(0, 0.3f));
  ImGui::TextUnformatted(session.tr("setup.topics").c_str());
  topic_chips(session, choices.topics);

  ImGui::Dummy(em(0, 0.3f));
  ImGui::TextUnformatted(session.tr("setup.difficulty").c_str());
  if (chip("difficulty-all", session.tr("setup.all_difficulties"), choices.difficulties.empty()))
    choices.difficulties.clear();
  for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
    ImGui::SameLine();
    bool on = choices.difficulties.count(d) != 0;
    if (chip(std::string("difficulty-") + to_string(d),
             session.tr(std::string("difficulty.") + to_string(d)), on)) {
      if (on)
        choices.difficulties.erase(d);
      else
        choices.difficulties.insert(d);
    }
  }

  ImGui::Dummy(em(0, 0.3f));
  if (wrapped_button("practice-toggle",
                     (choices.practice ? "✓ " : "○ ") + session.tr("setup.practice") + " — " +
                         session.tr("setup.practice_hint"),
                     -1, choices.practice))
    choices.practice = !choices.practice;

  // Say how many rumours these choices give, before the player presses start.
  size_t available = Round::eligible(session.library(), round_settings(choices, lang, 1)).size();
  ImGui::Dummy(em(0, 0.3f));
  if (available == 0) {
    wrapped_text("✗ " + session.tr("setup.none"), colour::wrong);
  } else {
    wrapped_text(session.strings().format_count(
                     "setup.available", lang, static_cast<long long>(available),
                     {std::to_string(available),
                      std::to_string(std::min<size_t>(available, choices.rumour_count))}),
                 colour::muted);
    if (big_button("start", session.tr("setup.start"), -1)) action = session_action::StartRound{};
    default_focus();
  }
  end_page();
  if (!action && !(choices == session.setup())) action = session_action::ChangeSetup{choices};
  return action;
}

}  // namespace ar::ui
