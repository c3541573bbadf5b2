// What manipulation techniques are, before the player's first technique round (the session decides
// when): three techniques, each with an invented example and how to spot it, then Start.
// Prebunking, as in Bad News and Go Viral!: seeing a weakened dose of a trick helps to resist it.
#include "keyboard_focus.h"
#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

std::optional<SessionAction> techniques_screen(const Session& session) {
  std::optional<SessionAction> action;
  begin_page("techniques", 36);
  if (auto a = top_bar(session, Screen::Setup)) action = a;  // Back: to the round's setup
  heading(session.tr("prebunk.heading"));
  wrapped_text(session.tr("prebunk.intro"));
  int i = 0;
  for (Technique t : prebunk_techniques()) {
    const std::string name = to_string(t);
    ImGui::Dummy(em(0, 0.5f));
    heading(session.tr("technique." + name), 1.1f);
    mark("prebunk-" + std::to_string(i++), session.tr("technique." + name));
    wrapped_text(session.tr("technique." + name + ".about"));
    // The example is invented and says so: never a real figure, never a real group.
    wrapped_text(session.format("prebunk.example", {session.tr("prebunk." + name + ".example")}),
                 colour::muted);
    wrapped_text(session.tr("prebunk." + name + ".spot"), colour::accent);
  }
  ImGui::Dummy(em(0, 0.5f));
  if (big_button("prebunk-start", session.tr("prebunk.start"), -1))
    action = session_action::StartRound{};
  default_focus();
  end_page();
  return action;
}

}  // namespace ar::ui
