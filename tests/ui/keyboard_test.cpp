// Keyboard-only play through the real screens (Tab, Enter, the number keys), the focus ring, and
// the screen reader's mirror that says which control has the focus and what changed.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cfloat>

#include <imgui_internal.h>  // ImRect

#include "keyboard_focus.h"
#include "screen_mirror.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

namespace {

// The game turns ImGui's keyboard navigation on (platform/sdl_window.cpp); so do these tests.
void keyboard_on() {
  ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

std::string focused_id() {
  const ui::FocusedMark* f = ui::focused_mark();
  return f && ui::keyboard_focus_visible() ? f->id : "";
}

// Presses Tab until the control `id` has the focus, as a keyboard user would; false if it never
// does within `most` presses.
bool tab_to(UiDriver& ui, const std::string& id, int most = 40) {
  for (int i = 0; i < most; ++i) {
    ui.press(ImGuiKey_Tab);
    if (focused_id() == id) return true;
  }
  return false;
}

bool says(const std::vector<std::string>& lines, const std::string& text) {
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

bool starts(const std::vector<std::string>& lines, const std::string& text) {
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& l) { return l.rfind(text, 0) == 0; });
}

// Where the foreground draw list drew last frame (the focus ring is its only user).
ImRect foreground_bounds() {
  ImRect r{FLT_MAX, FLT_MAX, -FLT_MAX, -FLT_MAX};
  for (const ImDrawVert& v : ImGui::GetForegroundDrawList()->VtxBuffer) r.Add(v.pos);
  return r;
}

}  // namespace

TEST_CASE("what_changed gives the lines from the first change on, capped") {
  std::vector<std::string> rumour{"Anti-Rumour",        "Rumour 1 of 2", "«A»",
                                  "What do you think?", "1. True",       "2. False"};
  std::vector<std::string> feedback{"Anti-Rumour", "Rumour 1 of 2", "«A»",
                                    "Right",       "Fact",          "Source: X"};
  CHECK(ui::what_changed(rumour, feedback) ==
        std::vector<std::string>{"Right", "Fact", "Source: X"});
  CHECK(ui::what_changed(rumour, rumour).empty());
  CHECK(ui::what_changed({}, feedback).size() == feedback.size());
  CHECK(ui::what_changed({}, feedback, 2) ==
        std::vector<std::string>{"Anti-Rumour", "Rumour 1 of 2"});
  CHECK(ui::what_changed(feedback, {"Anti-Rumour"}).empty());  // only lines lost at the end
}

TEST_CASE("from the title, Tab shows the focus on Play and Enter opens the setup") {
  UiDriver ui(test::shipped_content(21));
  keyboard_on();
  ui.frames(2);
  CHECK_FALSE(ui::keyboard_focus_visible());  // no ring before the keyboard is used
  ui.press(ImGuiKey_Tab);
  CHECK(focused_id() == "menu-play");  // the page's main button comes first
  ui.press(ImGuiKey_Enter);
  REQUIRE(ui.session().screen() == Screen::Setup);
  // A new page: no ring left over, until Tab.
  CHECK_FALSE(ui::keyboard_focus_visible());
  REQUIRE(tab_to(ui, "count-fewer"));
  ui.press(ImGuiKey_Enter);
  ui.press(ImGuiKey_Space);  // Space presses the focused button too
  CHECK(ui.session().setup().rumour_count == 3);
  REQUIRE(tab_to(ui, "start"));
  ui.press(ImGuiKey_Enter);
  CHECK(ui.session().screen() == Screen::Play);
  CHECK(ui.session().round().order().size() == 3);
}

TEST_CASE("a whole round by keyboard: number keys answer, Enter goes on, Tab and Enter go home") {
  UiDriver ui(test::shipped_content(22));
  keyboard_on();
  ui.press(ImGuiKey_Tab);
  ui.press(ImGuiKey_Enter);
  REQUIRE(tab_to(ui, "count-fewer"));
  for (int i = 0; i < 3; ++i) ui.press(ImGuiKey_Enter);  // 5 -> 2 rumours
  REQUIRE(tab_to(ui, "start"));
  ui.press(ImGuiKey_Enter);
  REQUIRE(ui.session().screen() == Screen::Play);
  // Tab shows the focus on the first answer; a number key answers all the same.
  ui.press(ImGuiKey_Tab);
  CHECK(focused_id().rfind("verdict-", 0) == 0);
  for (int n = 0; n < 2; ++n) {
    REQUIRE(ui.session().round().phase() == Phase::Answering);
    ui.press(ImGuiKey_2);
    REQUIRE(ui.session().round().phase() == Phase::Feedback);
    CHECK(ui.session().round().last_answer()->verdict ==
          ui.session().round().current()->choices[1]);
    // Enter goes on: the focus shown before the answer (on a button now gone) does not take it.
    CHECK_FALSE(ui::keyboard_focus_visible());
    ui.press(ImGuiKey_Enter);
  }
  REQUIRE(ui.session().screen() == Screen::Summary);
  REQUIRE(tab_to(ui, "home"));
  ui.press(ImGuiKey_Enter);
  CHECK(ui.session().screen() == Screen::Title);
  CHECK(ui.session().progress().rounds_played == 1);
}

TEST_CASE("on the feedback, Tab reaches the source inside the fact card and Enter opens it") {
  UiDriver ui(test::shipped_content(23));
  keyboard_on();
  ui.click("menu-play");
  ui.scroll_to("start");
  ui.click("start");
  ui.press(ImGuiKey_1);
  REQUIRE(ui.session().round().phase() == Phase::Feedback);
  ui.session().take_effects();
  // The card's button is a stop of the page's Tab order, not a card to enter first.
  REQUIRE(tab_to(ui, "source-link"));
  ui.press(ImGuiKey_Enter);
  auto effects = ui.session().take_effects();
  REQUIRE(effects.links_to_open.size() == 1);
  CHECK(effects.links_to_open[0] == ui.session().round().current()->fact.source.url);
  CHECK(ui.session().round().phase() == Phase::Feedback);  // Enter pressed the link, not Next
}

TEST_CASE("the focus ring surrounds the focused control, its width in em") {
  for (float ratio : {1.0f, 2.0f}) {
    INFO("pixel ratio " << ratio);
    UiDriver ui(test::shipped_content(24), 1280, 800, ratio);
    keyboard_on();
    ui.frames(2);
    CHECK(ImGui::GetForegroundDrawList()->VtxBuffer.Size == 0);  // no focus shown: no ring
    ui.press(ImGuiKey_Tab);
    const ui::ItemRect* play = ui::find_mark("menu-play");
    REQUIRE(play != nullptr);
    REQUIRE(focused_id() == "menu-play");
    ImRect ring = foreground_bounds();
    // Outside the button by its gap and width: 0.25 em, whole CSS px at any ratio.
    float margin = ui::em(0.1f) + ui::em(0.15f);
    // (Give or take the anti-aliased fringe, a device pixel.)
    CHECK(ring.Min.x == Approx(play->x - margin).margin(1.5));
    CHECK(ring.Min.y == Approx(play->y - margin).margin(1.5));
    CHECK(ring.Max.x == Approx(play->x + play->w + margin).margin(1.5));
    CHECK(ring.Max.y == Approx(play->y + play->h + margin).margin(1.5));
    CHECK(margin >= 4 * ratio);  // at least 4 CSS px: clearly apart from the button's edge
  }
}

TEST_CASE("the mirror says the screen, the keys and the focused control, and only what changed") {
  UiDriver ui(test::shipped_content(25));
  keyboard_on();
  ui::ScreenMirror mirror;
  auto first = mirror.update(ui.session());
  REQUIRE(first.has_value());
  CHECK(first->label == ui.session().tr("a11y.mirror"));
  CHECK(first->keys == ui.session().tr("a11y.keys"));
  CHECK(says(first->lines, ui.session().tr("title.heading")));
  CHECK(first->announce == first->lines);  // the first screen is announced whole
  CHECK(first->focus.empty());
  CHECK_FALSE(mirror.update(ui.session()).has_value());  // nothing changed: nothing to send
  ui.frames(5);
  CHECK_FALSE(mirror.update(ui.session()).has_value());

  ui.press(ImGuiKey_Tab);
  auto focus = mirror.update(ui.session());
  REQUIRE(focus.has_value());
  CHECK(focus->focus == "Keyboard focus: " + ui.session().tr("title.play"));
  CHECK(focus->announce == std::vector<std::string>{focus->focus});  // only the focus moved

  ui.press(ImGuiKey_Enter);
  REQUIRE(tab_to(ui, "count-fewer"));
  auto setup = mirror.update(ui.session());
  REQUIRE(setup.has_value());
  CHECK(setup->focus == "Keyboard focus: One rumour fewer");  // a symbol button's spoken name
  REQUIRE(tab_to(ui, "topic-jobs"));
  ui.press(ImGuiKey_Space);
  ui.frames(2);
  CHECK(mirror.update(ui.session())->focus == "Keyboard focus: ✓ " + ui.session().tr("topic.jobs"));

  REQUIRE(tab_to(ui, "start"));
  ui.press(ImGuiKey_Enter);
  auto rumour = mirror.update(ui.session());
  REQUIRE(rumour.has_value());
  const Scenario* s = ui.session().round().current();
  REQUIRE(s != nullptr);
  size_t choices = s->choices.size();
  CHECK(says(rumour->lines, "(1–" + std::to_string(choices) + ")"));
  for (size_t n = 1; n <= choices; ++n) CHECK(starts(rumour->lines, std::to_string(n) + ". "));
  CHECK_FALSE(starts(rumour->lines, std::to_string(choices + 1) + ". "));
  CHECK(says(rumour->announce, s->rumour.in("en")));

  ui.press(ImGuiKey_1);
  auto feedback = mirror.update(ui.session());
  REQUIRE(feedback.has_value());
  CHECK(says(feedback->announce, s->fact.source.institution));  // the fact with its source
  CHECK(says(feedback->announce, "Enter"));
  // The rumour is not repeated as it was asked: only after the fact, marked as the claim checked.
  const std::vector<std::string>& said = feedback->announce;
  auto fact_at = std::find_if(said.begin(), said.end(), [&](const std::string& l) {
    return l.find(s->fact.source.institution) != std::string::npos;
  });
  for (auto l = said.begin(); l != said.end(); ++l) {
    if (l->find(s->rumour.in("en")) == std::string::npos) continue;
    CHECK(l->rfind(ui.session().tr("play.claim_checked"), 0) == 0);
    CHECK(fact_at < l);
  }
  CHECK(feedback->focus.empty());  // the new step starts with no ring
}
