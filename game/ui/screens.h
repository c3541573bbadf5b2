#pragma once
// One function per screen. Each draws the state it is given and returns what the player asked for.
#include <optional>

#include "app.h"
#include "ui_action.h"

namespace ar::ui {

std::optional<UiAction> title_screen(const App& app);
std::optional<UiAction> setup_screen(const App& app, SetupChoices& choices);
std::optional<UiAction> rumour_screen(const App& app);  // answering and feedback
std::optional<UiAction> summary_screen(const App& app);
std::optional<UiAction> practices_screen(const App& app, PracticeFilter& filter);
std::optional<UiAction> practice_detail_screen(const App& app);
std::optional<UiAction> content_report_screen(const App& app);
std::optional<UiAction> about_screen(const App& app);

// The bar at the top of every screen: title, back, language. Returns an action when used.
std::optional<UiAction> top_bar(const App& app, std::optional<Screen> back_to);
// A fact card: the fact, its figure, the source with a link. Used in feedback and summary.
std::optional<UiAction> fact_card(const App& app, const Scenario& s);
// "Translation: draft" line for the language shown, so facilitators know what is unchecked.
void review_note(const App& app, const ReviewByLanguage& review);

}  // namespace ar::ui
