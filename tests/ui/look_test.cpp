// High contrast and less motion: chosen on the title screen (or taken from the device), kept with
// the progress, and seen in what is drawn: the colours of every widget, and pages that stop where
// the finger lifts.
#include <imgui_internal.h>
#include <catch2/catch.hpp>

#include <cmath>
#include <utility>
#include <vector>

#include "drag_input.h"
#include "drag_scroll.h"
#include "theme.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::Drag;
using ar::test::Pointer;
using ar::test::UiDriver;
namespace act = ar::session_action;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const ImVec4& c) {
  auto channel = [](float v) {
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z);
}
double contrast(const ImVec4& a, const ImVec4& b) {
  double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool same(const ImVec4& a, const ImVec4& b) {
  return a.x == b.x && a.y == b.y && a.z == b.z && a.w == b.w;
}

// The feedback after the first answer: on a portrait tablet, longer than the screen.
void open_feedback(UiDriver& ui) {
  Session& s = ui.session();
  REQUIRE(s.apply(act::GoTo{Screen::Setup}));
  REQUIRE(s.apply(act::StartRound{}));
  REQUIRE(s.apply(act::Game{action::PickVerdict{s.round().current()->verdict}}));
  ui.frames(3);
  REQUIRE(ImGui::FindWindowByName("play")->ScrollMax.y > 500);
}

}  // namespace

TEST_CASE("every text colour is readable on every background: 4.5:1, and 7:1 in high contrast") {
  for (auto [palette, least] :
       {std::pair{&ui::normal_palette(), 4.5}, std::pair{&ui::high_contrast_palette(), 7.0}}) {
    const ui::Palette& p = *palette;
    for (const ImVec4* text : {&p.ink, &p.accent, &p.right, &p.wrong, &p.muted})
      for (const ImVec4* back : {&p.page, &p.card, &p.rumour_card, &p.reply_card}) {
        INFO("palette " << (palette == &ui::normal_palette() ? "normal" : "high contrast"));
        CHECK(contrast(*text, *back) >= least);
      }
    CHECK(contrast(p.on_accent, p.accent) >= least);
    CHECK(contrast(p.on_accent, p.accent_hovered) >= 4.5);
  }
}

TEST_CASE("high contrast, chosen on the title screen, changes what every widget is drawn with") {
  UiDriver ui(test::shipped_content());
  ui.frames(2);
  const ImGuiStyle& style = ImGui::GetStyle();
  REQUIRE_FALSE(ui.session().high_contrast());
  CHECK(same(style.Colors[ImGuiCol_Text], ui::normal_palette().ink));
  CHECK(style.FrameBorderSize == 0);

  ui.click("high-contrast");
  ui.frames(2);
  CHECK(ui.session().high_contrast());
  CHECK(ui.session().progress().high_contrast == true);
  CHECK(ui.session().take_effects().progress_to_save);
  CHECK(same(style.Colors[ImGuiCol_Text], ImVec4{0, 0, 0, 1}));
  CHECK(same(style.Colors[ImGuiCol_WindowBg], ImVec4{1, 1, 1, 1}));
  CHECK(same(style.Colors[ImGuiCol_Button], ImVec4{1, 1, 1, 1}));
  CHECK(style.FrameBorderSize >= 2);  // outlined buttons
  CHECK(same(ui::colour::muted, ui::high_contrast_palette().muted));

  ui.click("high-contrast");  // and back
  ui.frames(2);
  CHECK_FALSE(ui.session().high_contrast());
  CHECK(same(style.Colors[ImGuiCol_Text], ui::normal_palette().ink));
  CHECK(same(ui::colour::muted, ui::normal_palette().muted));
  CHECK(style.FrameBorderSize == 0);
}

// Vertices of the play page drawn in the border colour on the left edge of a widget: its outline.
int outline_vertices(const ui::ItemRect& r) {
  const ImU32 border = ImGui::GetColorU32(ImGuiCol_Border);
  int n = 0;
  for (const ImDrawVert& v : ImGui::FindWindowByName("play")->DrawList->VtxBuffer)
    n += v.col == border && std::abs(v.pos.x - r.x) < 2 && v.pos.y > r.y && v.pos.y < r.y + r.h;
  return n;
}

TEST_CASE("in high contrast the answers are outlined like every other button") {
  for (bool high : {false, true}) {
    SessionContent content = test::shipped_content();
    content.device.high_contrast = high;
    UiDriver ui(std::move(content), 768, 1024, 2);
    Session& s = ui.session();
    REQUIRE(s.apply(act::GoTo{Screen::Setup}));
    REQUIRE(s.apply(act::StartRound{}));
    ui.frames(3);
    int answers = 0;  // a rumour may leave a verdict out of its choices
    for (const char* answer :
         {"verdict-true", "verdict-false", "verdict-misleading", "verdict-not_enough_data"}) {
      const ui::ItemRect* r = ui::find_mark(answer);
      if (!r) continue;
      ++answers;
      INFO(answer << (high ? " in high contrast" : ""));
      if (high)
        CHECK(outline_vertices(*r) >= 2);
      else
        CHECK(outline_vertices(*r) == 0);  // the fill alone, as in the normal look
    }
    CHECK(answers >= 2);
  }
}

TEST_CASE("a device that asks for more contrast gets it from the first frame") {
  SessionContent content = test::shipped_content();
  content.device.high_contrast = true;
  UiDriver ui(std::move(content));
  ui.frames(2);
  CHECK(same(ImGui::GetStyle().Colors[ImGuiCol_WindowBg], ImVec4{1, 1, 1, 1}));
  ui.click("high-contrast");  // the player may still turn it off
  ui.frames(2);
  CHECK(same(ImGui::GetStyle().Colors[ImGuiCol_WindowBg], ui::normal_palette().page));
}

TEST_CASE("with less motion a flung page stops where the finger lifts") {
  SECTION("chosen on the title screen") {
    UiDriver ui(test::shipped_content(35), 768, 1024);
    ui.frames(2);
    ui.click("reduced-motion");
    CHECK(ui.session().reduced_motion());
    open_feedback(ui);
    drag(ui, Drag{{384, 700}, {384, 580}, Pointer::finger, 8, 0});
    CHECK_FALSE(ui::wants_frames());  // no glide, no frames to draw
    float lifted = test::page_scroll("play");
    CHECK(lifted > 60);  // the drag itself still scrolls
    ui.frames(20);
    CHECK(test::page_scroll("play") == lifted);
  }
  SECTION("asked for by the device") {
    SessionContent content = test::shipped_content(35);
    content.device.reduced_motion = true;
    UiDriver ui(std::move(content), 768, 1024);
    open_feedback(ui);
    drag(ui, Drag{{384, 700}, {384, 580}, Pointer::finger, 8, 0});
    CHECK_FALSE(ui::wants_frames());
  }
  SECTION("and without it the same fling glides on (the test can tell)") {
    UiDriver ui(test::shipped_content(35), 768, 1024);
    open_feedback(ui);
    drag(ui, Drag{{384, 700}, {384, 580}, Pointer::finger, 8, 0});
    CHECK(ui::wants_frames());
    ui.frames(60);
  }
}
