// The title screen (issue 16): the game's name in the large display size, the umbrella in the rain
// drawn large, Play still in view on a phone; the rain moves for a moment and stops, and with
// reduced motion it never moves.
#include <imgui.h>

#include <catch2/catch.hpp>

#include <cstring>
#include <vector>

#include "fonts.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

namespace {

// Every vertex drawn in the last frame: two frames that draw the same picture give the same list.
std::vector<ImDrawVert> drawn() {
  std::vector<ImDrawVert> out;
  const ImDrawData* d = ImGui::GetDrawData();
  for (int i = 0; i < d->CmdListsCount; ++i) {
    const auto& v = d->CmdLists[i]->VtxBuffer;
    out.insert(out.end(), v.begin(), v.end());
  }
  return out;
}

bool same(const std::vector<ImDrawVert>& a, const std::vector<ImDrawVert>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof a[0]) == 0;
}

}  // namespace

TEST_CASE("the title: the name in the display size, the scene drawn large, Play in view") {
  struct Size {
    float w, h, ratio;
  };
  for (Size size : {Size{1280, 800, 1}, Size{768, 1024, 2}, Size{390, 844, 3}}) {
    INFO(size.w << "x" << size.h << "@" << size.ratio);
    UiDriver ui(test::shipped_content(), size.w, size.h, size.ratio);
    ui.frames(3);  // the name's characters are baked at the display size from the second frame
    const float body = ImGui::GetIO().Fonts->Fonts[0]->FontSize;  // device px
    const ui::ItemRect* name = ui::find_mark("title-name");
    REQUIRE(name != nullptr);
    CHECK(name->label == "Anti-Rumour");
    // One line of the display font: 2.6 body lines high, far above the largest heading's 1.8.
    CHECK(name->h >= body * (ui::display_scale - 0.1f));
    CHECK(name->h > body * ui::heading_scales[2] * 1.3f);
    const ui::ItemRect* scene = ui::find_mark("title-scene");
    REQUIRE(scene != nullptr);
    CHECK(scene->h >= body * 7);  // a picture, not an icon
    const ui::ItemRect* play = ui::find_mark("menu-play");
    REQUIRE(play != nullptr);
    CHECK(play->y + play->h <= size.h * size.ratio);  // on screen without scrolling
  }
}

TEST_CASE("the title's rain moves for a moment, then stops; with reduced motion it never moves") {
  {
    UiDriver ui(test::shipped_content());
    CHECK(ui.wants_frames());  // just shown: the umbrella opens in the rain
    const auto early = drawn();
    ui.frames(6);
    CHECK_FALSE(same(early, drawn()));
    for (int i = 0; i < 200 && ui.wants_frames(); ++i) ui.frame();
    CHECK_FALSE(ui.wants_frames());
    ui.frame();
    const auto still = drawn();
    ui.advance(3);
    ui.frame();
    CHECK(same(still, drawn()));
  }
  {
    UiDriver ui(test::shipped_content());
    ui.click("reduced-motion");
    REQUIRE(ui.session().reduced_motion());
    ui.click("menu-about");
    ui.click("back");  // the title shown afresh, with reduced motion on
    REQUIRE(ui.session().screen() == Screen::Title);
    CHECK_FALSE(ui.wants_frames());
    const auto first = drawn();
    ui.advance(0.3);
    ui.frame();
    CHECK_FALSE(ui.wants_frames());
    CHECK(same(first, drawn()));
  }
}
