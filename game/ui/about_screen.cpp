// About the game: where its facts come from, the packs loaded, how the score works.
#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

std::optional<SessionAction> about_screen(const Session& session) {
  std::optional<SessionAction> action;
  if (auto a = begin_screen(session, "about", 36, "about.heading")) action = a;
  wrapped_text(session.tr("about.body"));
  ImGui::Dummy(em(0, 0.5f));
  heading(session.tr("about.packs"), 1.1f);
  for (const auto& pack : session.library().packs()) {
    wrapped_text(session.strings().format(
        "about.pack_line", session.language(),
        {pack.info.title.in(session.language()), std::to_string(pack.scenarios.size()),
         pack.info.version, pack.info.last_reviewed, pack.info.licence}));
    review_note(session, pack.info.review);
  }
  ImGui::Dummy(em(0, 0.5f));
  heading(session.tr("about.scoring"), 1.1f);
  wrapped_text(session.tr("about.scoring_body"));
  end_page();
  return action;
}

}  // namespace ar::ui
