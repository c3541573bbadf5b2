#include "view.h"

#include <algorithm>

#include "drag_scroll.h"
#include "fonts.h"
#include "keyboard_focus.h"
#include "screens.h"
#include "test_marks.h"
#include "text_size.h"
#include "theme.h"
#include "umbrella_scene.h"
#include "widgets.h"

namespace ar::ui {

void View::follow_settings(const Session& session) {
  set_text_step(session.progress().text_step);
  set_high_contrast(session.high_contrast());
  set_reduced_motion(session.reduced_motion());
}

std::optional<SessionAction> View::frame(const Session& session, double now) {
  clear_marks();
  follow_settings(session);  // the fonts follow the text size from the next frame
  // A pack loaded on this device may use characters the content did not: baked from now on.
  for (const StoredPack& p : session.device_packs().packs())
    if (baked_packs_.insert(p.id + " " + p.version).second) add_game_text(p.text);
  // Whatever the player sees next starts at its top, not where the last page was scrolled to,
  // and with no keyboard focus left on a button of the last one.
  const Workshop& w = session.workshop();
  Place view{session.screen(),
             session.round().phase(),
             session.round().position(),
             session.open_practice(),
             w.phase(),
             w.position(),
             w.replaying().value_or(-1),
             session.screen() == Screen::Editor ? session.draft_scenario() : -1};
  if (view != last_view_) {
    request_scroll_to_top();
    restart_keyboard_focus();
  }
  // The title, the feedback after an answer and a round's summary show the umbrella in the rain,
  // moving for a moment from the frame they appear in; with reduced motion, only its still picture.
  const Round& round = session.round();
  bool scene_shown = session.screen() == Screen::Title ||
                     (!round.settings().practice &&
                      ((session.screen() == Screen::Play && round.phase() == Phase::Feedback) ||
                       session.screen() == Screen::Summary));
  if (view != last_view_) scene_start_ = now;
  last_view_ = view;
  double scene_time = session.reduced_motion() ? scene_seconds : std::max(0.0, now - scene_start_);
  animating_ = scene_shown && scene_time < scene_seconds;
  std::optional<SessionAction> action = draw(session, scene_time);
  draw_focus_ring();
  return action;
}

std::optional<SessionAction> View::draw(const Session& session, double scene_time) {
  switch (session.screen()) {
    case Screen::Title: return title_screen(session, scene_time);
    case Screen::Setup: return setup_screen(session);
    case Screen::Play: return rumour_screen(session, scene_time);
    case Screen::Summary: return summary_screen(session, scene_time);
    case Screen::Practices: return practices_screen(session);
    case Screen::PracticeDetail: return practice_detail_screen(session);
    case Screen::ContentReport: return content_report_screen(session);
    case Screen::About: return about_screen(session);
    case Screen::Workshop: return workshop_screen(session);
    case Screen::Techniques: return techniques_screen(session);
    case Screen::Editor: return editor_screen(session);
    case Screen::ProposePractice: return practice_proposal_screen(session);
  }
  return std::nullopt;
}

}  // namespace ar::ui
