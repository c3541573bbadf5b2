// The title screen before the packs and practices are in (the web build fetches them after the
// first frame), on a phone: the buttons wait and say nothing happens, a bar and a line say how far
// the content is, a failure says why with "Try again", and once it is in, Play plays.
#include <catch2/catch.hpp>

#include "fonts.h"
#include "frame_setup.h"
#include "screen_text.h"
#include "screens.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;
namespace act = ar::session_action;

namespace {

// The shipped content as the web build starts: strings and saves now, the rest later.
SessionContent start_without_content(act::ContentArrived& later) {
  SessionContent c = ar::test::shipped_content(7, "en");
  later.packs = std::move(c.packs);
  later.practices = std::move(c.practices);
  c.packs.clear();
  c.practices.clear();
  c.content_follows = true;
  return c;
}

}  // namespace

TEST_CASE("content follows: the title waits for the rumours on a phone, then plays",
          "[ui][content_follows]") {
  act::ContentArrived later;
  UiDriver ui(start_without_content(later), 390, 844, 3);
  ui.session().take_effects();
  REQUIRE(ui.session().apply(act::ContentLoading{40, ""}));
  ui.frames(2);
  REQUIRE(ui.visible("content-loading"));
  CHECK(ui::find_mark("content-loading")->label == "Getting the rumours ready… 40%");
  // The line sits on the first screen, under the umbrella and above Play.
  CHECK(ui::find_mark("content-loading")->y < ui::find_mark("menu-play")->y);
  CHECK(ui::find_mark("content-loading")->y + ui::find_mark("content-loading")->h <= 844 * 3);
  // A tap on Play does nothing yet: no screen without its rumours.
  ui.click("menu-play");
  CHECK(ui.session().screen() == Screen::Title);
  ui.click("menu-practices");
  CHECK(ui.session().screen() == Screen::Title);
  // The language still changes while the rumours come.
  ui.click("lang-es");
  CHECK(ui.session().language() == "es");
  CHECK(ui::find_mark("content-loading")->label == "Preparando los rumores… 40 %");

  REQUIRE(ui.session().apply(later));
  ui.frames(2);
  CHECK_FALSE(ui.visible("content-loading"));
  ui.click("menu-play");
  CHECK(ui.session().screen() == Screen::Setup);
}

TEST_CASE("content follows: a failed download says why and tries again on a tap",
          "[ui][content_follows]") {
  act::ContentArrived later;
  UiDriver ui(start_without_content(later), 768, 1024, 2);
  ui.session().take_effects();
  REQUIRE(ui.session().apply(act::ContentLoading{0, "antirumour.content: HTTP 404"}));
  ui.frames(2);
  REQUIRE(ui.visible("content-failed"));
  CHECK(ui::find_mark("content-failed")->label == "antirumour.content: HTTP 404");
  CHECK_FALSE(ui.visible("content-loading"));
  // The screen reader hears it too.
  bool heard = false;
  for (const std::string& line : screen_text(ui.session()))
    heard |= line.find("could not be downloaded") != std::string::npos;
  CHECK(heard);
  ui.click("content-retry");
  CHECK(ui.session().take_effects().fetch_content);
  ui.frames(1);
  CHECK(ui.visible("content-loading"));
  CHECK_FALSE(ui.visible("content-failed"));
}

TEST_CASE("content follows: the first atlas holds only the title's fonts, the rest come after",
          "[ui][content_follows]") {
  act::ContentArrived later;
  UiDriver ui(start_without_content(later), 768, 1024, 2);
  ui::title_fonts_first(ui.session());  // as the web build does before its first frame
  ui.frame();
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  auto has_letters = [](const ImFont* f) { return f->FindGlyphNoFallback('a') != nullptr; };
  // Fonts: body, the headings at 1.2, 1.4 and 1.8, the display font.
  REQUIRE(atlas.Fonts.Size == 5);
  CHECK(has_letters(atlas.Fonts[0]));
  CHECK_FALSE(has_letters(atlas.Fonts[1]));
  CHECK(has_letters(atlas.Fonts[2]));  // "title.heading"
  CHECK_FALSE(has_letters(atlas.Fonts[3]));
  CHECK(atlas.Fonts[4]->FindGlyphNoFallback('A'));  // the game's name, already in its own size
  CHECK(ui::find_mark("title-name")->label == "Anti-Rumour");
  // The title asked for no font it lacked: the next frames keep this atlas.
  CHECK_FALSE(ui::prepare_frame(768, 1024, 2));
  ui.frames(2);
  CHECK_FALSE(ui::prepare_frame(768, 1024, 2));

  // A screen that needs a heading left out draws it in the nearest one baked for one frame, then
  // in its own size (here the packs never come with their text, so nothing else bakes it).
  REQUIRE(ui.session().apply(later));
  ui.click("menu-about");  // its section headings are at 1.1: the 1.2 font
  REQUIRE(ui.session().screen() == Screen::About);
  ui.frames(2);
  CHECK(has_letters(atlas.Fonts[1]));
  CHECK_FALSE(has_letters(atlas.Fonts[3]));  // nothing asked for 1.8

  // The packs' text, as the web build hands it in: every heading is baked again.
  ui::add_game_text("Ñ");
  CHECK(ui::prepare_frame(768, 1024, 2));
  for (int i = 0; i < 4; ++i) CHECK(has_letters(atlas.Fonts[i]));
}
