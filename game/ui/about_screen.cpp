// About the game: where its facts come from, the packs loaded, how the score works.
#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

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

}  // namespace ar::ui
