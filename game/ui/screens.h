#pragma once
// One function per screen. Each draws the session it is given and returns what the player asked
// for; none changes the session itself.
#include <optional>

#include "session.h"
#include "session_action.h"

namespace ar::ui {

std::optional<SessionAction> title_screen(const Session& session, double scene_time);
// Before the title's first frame, when the content follows it (the web build): the atlas then
// holds only the fonts the title draws, and the rest come with the content (fonts.h).
void title_fonts_first(const Session& session);
// Under the title while the packs and practices are on their way: how far, or why not and a
// "Try again" (content_status.cpp). Draws nothing once they are in.
std::optional<SessionAction> content_status(const Session& session);
std::optional<SessionAction> setup_screen(const Session& session);
// Answering and feedback. `scene_time`: seconds since the feedback appeared, for its picture of
// the umbrella in the rain (scene_seconds or more: the still picture).
std::optional<SessionAction> rumour_screen(const Session& session, double scene_time);
// The round's result; `scene_time` as above, since the summary appeared.
std::optional<SessionAction> summary_screen(const Session& session, double scene_time);
std::optional<SessionAction> practices_screen(const Session& session);
std::optional<SessionAction> practice_detail_screen(const Session& session);
std::optional<SessionAction> content_report_screen(const Session& session);
std::optional<SessionAction> about_screen(const Session& session);
// What manipulation techniques are, three with an invented example each, then Start.
std::optional<SessionAction> techniques_screen(const Session& session);
// A good practice to add to the catalogue, in the ICC template's fields, checked as it is typed,
// saved as the entry for practices.json (practice_proposal_screen.cpp).
std::optional<SessionAction> practice_proposal_screen(const Session& session);
// Teams with a facilitator: setup, presenter layout, scoreboard, debrief (workshop_screen.cpp).
std::optional<SessionAction> workshop_screen(const Session& session);
// A facilitator's own pack, written field by field with the loader's checks (editor_screen.cpp).
std::optional<SessionAction> editor_screen(const Session& session);

// How every page but the title starts: the page, the top bar (Back goes to the title) and the
// page's heading. Returns the top bar's action, if any; end with end_page().
std::optional<SessionAction> begin_screen(const Session& session, const char* id,
                                          float max_width_em, const std::string& heading_key);
// The bar at the top of every screen: title, back, language. Returns an action when used.
std::optional<SessionAction> top_bar(const Session& session, std::optional<Screen> back_to);
// A fact card: the fact, its figure, the source with a link. Used in feedback and summary.
std::optional<SessionAction> fact_card(const Session& session, const Scenario& s);
// "Translation: draft" line for the language shown, so facilitators know what is unchecked.
void review_note(const Session& session, const ReviewByLanguage& review);

}  // namespace ar::ui
