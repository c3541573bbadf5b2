// Pages scroll under a dragging finger (or mouse), glide on after a fling and stop; taps still
// press buttons, drags never do.
#include <imgui_internal.h>
#include <catch2/catch.hpp>

#include "css_pixels.h"
#include "drag_input.h"
#include "drag_scroll.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::Drag;
using ar::test::Pointer;
using ar::test::UiDriver;

namespace {
// Sets the display's pixels per CSS pixel for one test.

void start_round(UiDriver& ui) {
  ui.click("menu-play");
  ui.click("count-fewer");
  ui.click("count-fewer");
  ui.scroll_to("start");
  ui.click("start");
  REQUIRE(ui.session().screen() == Screen::Play);
}

// The feedback after a right verdict: on a portrait tablet it is longer than the screen.
void open_feedback(UiDriver& ui) {
  start_round(ui);
  ui.click(std::string("verdict-") + to_string(ui.session().round().current()->verdict));
  REQUIRE(ui.session().round().phase() == Phase::Feedback);
  ui.frames(3);
}

float scroll_max(const char* page) {
  return ImGui::FindWindowByName(page)->ScrollMax.y;
}
}  // namespace

TEST_CASE("a drag scrolls the long feedback page to its Next button, which a tap then presses") {
  auto pointer = GENERATE(Pointer::finger, Pointer::mouse);
  UiDriver ui(test::shipped_content(31), 768, 1024);
  open_feedback(ui);
  REQUIRE(scroll_max("play") > 300);
  REQUIRE_FALSE(ui.visible("next"));

  float before = test::page_scroll("play");
  drag(ui, Drag{{384, 800}, {384, 550}, pointer, 10, 5});
  CHECK(test::page_scroll("play") == Approx(before + 250).margin(1));
  for (int i = 0; i < 10 && !ui.visible("next"); ++i)
    drag(ui, Drag{{384, 800}, {384, 300}, pointer, 10, 5});
  REQUIRE(ui.visible("next"));
  CHECK(ui.session().take_effects().links_to_open.empty());  // no drag opened a source on the way
  CHECK(ui.session().round().phase() == Phase::Feedback);

  test::tap(ui, "next", pointer);
  CHECK(ui.session().round().position() == 1);
  CHECK(ui.session().round().phase() == Phase::Answering);
  CHECK(test::page_scroll("play") == 0);  // the next rumour starts at the top
}

TEST_CASE("a drag that starts on a button does not press it") {
  auto pointer = GENERATE(Pointer::finger, Pointer::mouse);
  UiDriver ui(test::shipped_content(32), 768, 1024);
  open_feedback(ui);
  ui.scroll_to("source-link");
  ImVec2 on = test::centre_of("source-link");
  float before = test::page_scroll("play");

  SECTION("up: the page scrolls, the button goes with it") {
    drag(ui, Drag{on, {on.x, on.y - 120}, pointer, 8, 3});
    CHECK(test::page_scroll("play") != before);
  }
  SECTION("away and back onto it before lifting") {
    drag(ui, Drag{on, {on.x, on.y - 120}, pointer, 8, 3, true});
  }
  SECTION("sideways") {
    drag(ui, Drag{on, {on.x + 150, on.y}, pointer, 8, 3});
  }
  CHECK(ui.session().take_effects().links_to_open.empty());
  CHECK(ui.session().round().phase() == Phase::Feedback);
}

TEST_CASE("a drag that starts on an answer does not answer, even where the page cannot scroll") {
  UiDriver ui(test::shipped_content(33), 1280, 800);
  start_round(ui);
  std::string id = std::string("verdict-") + to_string(ui.session().round().current()->verdict);
  ImVec2 on = test::centre_of(id);
  drag(ui, Drag{on, {on.x, on.y + 80}, Pointer::finger, 6, 2});
  CHECK(ui.session().round().phase() == Phase::Answering);
  test::tap(ui, id, Pointer::finger);
  CHECK(ui.session().round().phase() == Phase::Feedback);
}

TEST_CASE("a tap that wobbles a few CSS pixels is still a tap, at any pixel ratio") {
  UiDriver ui(test::shipped_content(34), 768, 1024);
  start_round(ui);
  std::string id = std::string("verdict-") + to_string(ui.session().round().current()->verdict);
  ui.frames(3);  // let the new rumour's page settle before the button's place is read

  SECTION("16 display px at 1 px per CSS px is a drag") {
    test::tap(ui, id, Pointer::finger, {0, 16});
    CHECK(ui.session().round().phase() == Phase::Answering);
  }
  SECTION("6 CSS px is a tap") {
    test::tap(ui, id, Pointer::finger, {4, 4});
    CHECK(ui.session().round().phase() == Phase::Feedback);
  }
}

TEST_CASE("16 display px on a screen with 2 px per CSS px is 8 CSS px: a tap") {
  UiDriver ui(test::shipped_content(34), 768, 1024, 2);
  start_round(ui);
  std::string id = std::string("verdict-") + to_string(ui.session().round().current()->verdict);
  ui.frames(3);  // let the new rumour's page settle before the button's place is read
  test::tap(ui, id, Pointer::finger, {0, 16});
  CHECK(ui.session().round().phase() == Phase::Feedback);
}

TEST_CASE("a fling glides on, slows down and stops; then no more frames are wanted") {
  UiDriver ui(test::shipped_content(35), 768, 1024);
  open_feedback(ui);
  REQUIRE(scroll_max("play") > 500);

  SECTION("a fling") {
    // 15 px a frame at 60 frames a second: 900 px/s when the finger lifts.
    drag(ui, Drag{{384, 700}, {384, 580}, Pointer::finger, 8, 0});
    REQUIRE(ui::wants_frames());
    float last = test::page_scroll("play"), last_step = 1e9f;
    int frames = 0;
    for (; ui::wants_frames() && frames < 600; ++frames) {
      ui.frame();
      float now = test::page_scroll("play");
      float step = now - last;
      CHECK(step >= 0);
      CHECK(step <= last_step + 0.01f);  // never faster than the frame before
      last_step = step;
      last = now;
    }
    CHECK(frames < 120);               // stopped within two seconds
    CHECK(last > 120 + 100);           // it went on well past where the finger left it
    CHECK(last < scroll_max("play"));  // it stopped by itself, not at the end of the page
    ui.frames(10);
    CHECK(test::page_scroll("play") == last);
  }
  SECTION("a finger that stops before it lifts leaves the page still") {
    drag(ui, Drag{{384, 700}, {384, 580}, Pointer::finger, 8, 10});
    CHECK_FALSE(ui::wants_frames());
  }
  SECTION("a tap on a gliding page stops it and presses nothing") {
    drag(ui, Drag{{384, 700}, {384, 400}, Pointer::finger, 6, 0});
    REQUIRE(ui::wants_frames());
    ImVec2 centre{384, 512};
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(centre.x, centre.y);
    ui.frame();
    io.AddMouseButtonEvent(0, true);
    ui.frame();
    io.AddMouseButtonEvent(0, false);
    ui.frames(2);
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    CHECK_FALSE(ui::wants_frames());
    float stopped = test::page_scroll("play");
    ui.frames(5);
    CHECK(test::page_scroll("play") == stopped);
    CHECK(ui.session().take_effects().links_to_open.empty());
    CHECK(ui.session().round().phase() == Phase::Feedback);
  }
  SECTION("the wheel takes over from a glide") {
    drag(ui, Drag{{384, 700}, {384, 400}, Pointer::finger, 6, 0});
    REQUIRE(ui::wants_frames());
    ImGui::GetIO().AddMouseWheelEvent(0, 1);
    ui.frames(2);
    CHECK_FALSE(ui::wants_frames());
  }
}

TEST_CASE("after a finger lifts nothing stays hovered; after a mouse click the pointer stays") {
  UiDriver ui(test::shipped_content(36), 768, 1024);
  ui.click("menu-play");
  test::tap(ui, "count-more", Pointer::finger);
  CHECK_FALSE(ImGui::IsMousePosValid());
  CHECK(ImGui::GetCurrentContext()->HoveredId == 0);
  ui.click("count-more");
  CHECK(ImGui::IsMousePosValid());
  CHECK(ImGui::GetCurrentContext()->HoveredId != 0);
}

TEST_CASE("quick taps on one spot each count, even when the next comes as the last one lifts") {
  UiDriver ui(test::shipped_content(39), 768, 1024);
  ui.click("menu-play");
  ImVec2 at = test::centre_of("count-fewer");
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  for (int i = 0; i < 3; ++i) {
    // As SDL sends a tap; ImGui drops the position when it equals the current one.
    io.AddMousePosEvent(at.x, at.y);
    io.AddMouseButtonEvent(0, true);
    io.AddMouseButtonEvent(0, false);
    ui.frames(3);  // position, press, release: one a frame; the next tap comes with the lift
  }
  ui.frames(3);
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  ui.scroll_to("start");
  ui.click("start");
  CHECK(ui.session().round().order().size() == 5 - 3);
}

TEST_CASE("a drag in the search field is the field's (text selection): the page stays") {
  UiDriver ui(test::shipped_content(37), 768, 1024);
  ui.click("menu-practices");
  ui.frames(2);  // the page learns its height from its first frame
  REQUIRE(scroll_max("practices") > 0);
  ui.click("search");
  ImGui::GetIO().AddInputCharactersUTF8("city");
  ui.frames(2);
  REQUIRE(ImGui::GetIO().WantTextInput);
  ImVec2 on = test::centre_of("search");
  drag(ui, Drag{on, {on.x - 100, on.y - 150}, Pointer::finger, 8, 3});
  CHECK(test::page_scroll("practices") == 0);
  CHECK(ui.session().practice_filter().query == "city");

  // Elsewhere on the page the same drag scrolls, and the field lets go of the keyboard.
  drag(ui, Drag{{384, 900}, {384, 600}, Pointer::finger, 8, 3});
  CHECK(test::page_scroll("practices") > 0);
}

TEST_CASE("a finger that lands on a text field not being typed in scrolls the page") {
  UiDriver ui(test::shipped_content(38), 768, 1024, 2);
  ui.click("menu-workshop");
  ui.frames(2);
  REQUIRE(scroll_max("workshop") > 0);
  ImVec2 on = test::centre_of("team-name-1");
  drag(ui, Drag{on, {on.x, on.y - 300}, Pointer::finger, 8, 3});
  CHECK(test::page_scroll("workshop") == Approx(300).margin(2));
  CHECK_FALSE(ImGui::GetIO().WantTextInput);  // and the field did not take the keyboard
  // With the mouse the same drag is the field's (selecting text), as on a desktop.
  ImVec2 field = test::centre_of("team-name-2");
  drag(ui, Drag{field, {field.x, field.y - 100}, Pointer::mouse, 8, 3});
  CHECK(test::page_scroll("workshop") == Approx(300).margin(2));
}

TEST_CASE("on a phone every button is at least 44 CSS px tall (and steppers as wide)") {
  UiDriver ui(test::shipped_content(38), 390, 844);
  auto tall_enough = [&](const std::string& id) {
    ui.scroll_to(id);
    const ui::ItemRect* r = ui::find_mark(id);
    REQUIRE(r != nullptr);
    INFO(id << " is " << r->w << " x " << r->h);
    CHECK(r->h >= 44);
    return r;
  };
  for (const char* id : {"menu-play", "menu-practices", "lang-en"}) tall_enough(id);
  ui.click("menu-play");
  for (const char* id : {"back", "mode-reply", "practice-toggle", "start"}) tall_enough(id);
  for (const char* id : {"count-fewer", "count-more"}) CHECK(tall_enough(id)->w >= 44);
  ui.scroll_to("start");
  ui.click("start");
  std::string verdict =
      std::string("verdict-") + to_string(ui.session().round().current()->verdict);
  tall_enough(verdict);
  ui.click(verdict);
  for (const char* id : {"source-link", "next"}) tall_enough(id);
}

TEST_CASE("a finger drag that starts on one of the editor's paragraph boxes scrolls the form") {
  UiDriver ui(test::shipped_content(38), 768, 1024, 2);
  ui.session().apply(session_action::OpenEditor{""});
  ui.frames(3);
  REQUIRE(scroll_max("editor") > 0);
  ui.scroll_to("field-s0-rumour-es");
  const float before = test::page_scroll("editor");
  ImVec2 on = test::centre_of("field-s0-rumour-es");
  drag(ui, Drag{on, {on.x, on.y - 300}, Pointer::finger, 8, 3});
  CHECK(test::page_scroll("editor") == Approx(before + 300).margin(2));
  CHECK_FALSE(ImGui::GetIO().WantTextInput);
}
