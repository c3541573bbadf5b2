// The font atlas and the text-size setting: sizes, glyphs and limits, through the frame set-up the
// game window uses (ui::prepare_frame).
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <sstream>

#include <imgui_internal.h>  // ImTextCharFromUtf8

#include "fonts.h"
#include "frame_setup.h"
#include "game_text.h"
#include "text_size.h"
#include "ui_driver.h"

using namespace ar;

namespace {

// An ImGui context with the shipped content's glyphs, like the game's at start-up.
struct FontContext {
  ImGuiContext* context = ImGui::CreateContext();
  FontContext() {
    ui::apply_style();
    ui::set_font_file(AR_FONT_FILE);
    ui::set_game_text(ui::all_text(test::shipped_content()));
  }
  ~FontContext() {
    ImGui::DestroyContext(context);
    ui::set_text_step(ui::default_text_step);
  }
};

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The string literals of a source file: what the screens may draw besides the content.
std::string string_literals(const std::string& source) {
  static const std::regex literal(R"("(?:[^"\\\n]|\\.)*")");
  std::string out;
  for (std::sregex_iterator it(source.begin(), source.end(), literal), end; it != end; ++it)
    out += it->str();
  return out;
}

std::set<unsigned> code_points(const std::string& utf8) {
  std::set<unsigned> out;
  const char* s = utf8.c_str();
  const char* end = s + utf8.size();
  while (s < end) {
    unsigned c = 0;
    s += ImTextCharFromUtf8(&c, s, end);
    if (c >= 0x20) out.insert(c);
  }
  return out;
}

// The characters the subset font keeps (AR_FONT_RANGES in cmake/game.cmake: "U+0020-00FF,…").
bool in_font_subset(unsigned c) {
  std::stringstream ranges(AR_FONT_RANGES);
  for (std::string part; std::getline(ranges, part, ',');) {
    size_t dash = part.find('-');
    unsigned lo = std::stoul(part.substr(2, dash - 2), nullptr, 16);
    unsigned hi = dash == std::string::npos ? lo : std::stoul(part.substr(dash + 1), nullptr, 16);
    if (c >= lo && c <= hi) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the font file is read whole; a missing one is said, and ImGui's own font stands in") {
  FontContext fonts;
  REQUIRE(ui::prepare_frame(1280, 800, 1));
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  REQUIRE_FALSE(atlas.ConfigData.empty());
  CHECK(static_cast<uintmax_t>(atlas.ConfigData[0].FontDataSize) ==
        std::filesystem::file_size(AR_FONT_FILE));
  CHECK_FALSE(ui::set_font_file(AR_FONT_FILE ".missing"));
  CHECK(ui::prepare_frame(1280, 800, 1));  // still a frame, in ImGui's own font
  CHECK(ImGui::GetIO().Fonts->ConfigData[0].FontDataSize !=
        static_cast<int>(std::filesystem::file_size(AR_FONT_FILE)));
  CHECK(ui::set_font_file(AR_FONT_FILE));
}

TEST_CASE("the font atlas stays within 2048x2048 at ratio 3 and the largest text size") {
  FontContext fonts;
  ui::set_text_step(ui::text_step_count - 1);
  // A screen large enough for the largest text even at ratio 3 (a 6K display at 300 %).
  REQUIRE(ui::text_size_for(1920, 1080) == ui::largest_text_size());
  REQUIRE(ui::prepare_frame(1920, 1080, 3));
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  INFO("atlas " << atlas.TexWidth << "x" << atlas.TexHeight);
  CHECK(atlas.TexWidth <= ui::max_atlas_side);
  CHECK(atlas.TexHeight <= ui::max_atlas_side);
  CHECK(atlas.Fonts[0]->FontSize == ui::largest_text_size() * 3);
  CHECK(ImGui::GetIO().FontGlobalScale == 1);
}

TEST_CASE("every character of the content and of the screens is baked, and in the font subset") {
  FontContext fonts;
  ui::prepare_frame(768, 1024, 2);
  std::string text = ui::all_text(test::shipped_content());
  for (const auto& f : std::filesystem::directory_iterator(AR_UI_SOURCES))
    text += string_literals(read(f.path()));
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  // The body, the headings, and the title's display font last.
  REQUIRE(atlas.Fonts.Size == 2 + IM_ARRAYSIZE(ui::heading_scales));
  for (unsigned c : code_points(text)) {
    INFO("U+" << std::hex << c);
    CHECK(in_font_subset(c));
    for (int i = 0; i + 1 < atlas.Fonts.Size; ++i)
      CHECK(atlas.Fonts[i]->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
  }
  // Only those: not whole ranges (Latin Extended-A has no use in es, eu, en).
  CHECK(atlas.Fonts[0]->FindGlyphNoFallback(0x0141) == nullptr);  // Ł
}

TEST_CASE(
    "characters of text added later are baked from the next atlas; new game text starts over") {
  FontContext fonts;
  REQUIRE(ui::prepare_frame(1280, 800, 1));
  auto baked = [](unsigned c) {
    return ImGui::GetIO().Fonts->Fonts[0]->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr;
  };
  REQUIRE_FALSE(baked(0x0141));  // Ł: in the font, not in the shipped text
  REQUIRE_FALSE(baked(0x03BB));  // λ
  // A facilitator's pack arrives: mostly ASCII, one Polish and one Greek word, a broken byte.
  ui::add_game_text(std::string(100000, 'a') + " Łódź \xC3 λόγος");
  CHECK(ui::prepare_frame(1280, 800, 1));  // rebuilt
  CHECK(baked(0x0141));
  CHECK(baked(0x03BB));
  CHECK(baked(0x00F3));  // ó
  CHECK(baked('a'));
  // The same game text as at the start, set again: what was added goes.
  ui::set_game_text(ui::all_text(test::shipped_content()));
  CHECK(ui::prepare_frame(1280, 800, 1));
  CHECK_FALSE(baked(0x0141));
  CHECK(baked(0x00F3));                          // in the shipped text too ("ó" in Spanish)
  CHECK_FALSE(ui::prepare_frame(1280, 800, 1));  // nothing new: the atlas stays
}

TEST_CASE("the display font bakes only the characters it was asked for, from the next frame") {
  FontContext fonts;
  ui::prepare_frame(390, 844, 3);
  ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(1));  // no GPU: any id will do
  ImGui::NewFrame();
  ImFont* first = ui::display_font("ÑANDÚ");  // asked for the first time: a heading font
  ImGui::EndFrame();
  ui::prepare_frame(390, 844, 3);
  ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(1));
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  const ImFont* display = atlas.Fonts.back();
  CHECK(first != display);
  CHECK(display->FontSize == std::round(16 * ui::display_scale) * 3);
  CHECK(display->FindGlyphNoFallback(0x00D1) != nullptr);  // Ñ
  CHECK(display->FindGlyphNoFallback(0x00BF) == nullptr);  // ¿: in the content, not in a title
  ImGui::NewFrame();
  CHECK(ui::display_font("ÑANDÚ") == display);
  ImGui::EndFrame();
}

TEST_CASE(
    "text sizes come in steps: a resize within a step keeps the atlas, a new ratio does not") {
  FontContext fonts;
  CHECK(ui::prepare_frame(768, 1024, 2));
  CHECK_FALSE(ui::prepare_frame(768, 1024, 2));
  CHECK_FALSE(ui::prepare_frame(771, 1030, 2));  // a few pixels: the same even text size
  CHECK(ui::prepare_frame(771, 1030, 3));
  CHECK(ImGui::GetIO().DisplaySize.x == 771 * 3);
  CHECK(ImGui::GetIO().Fonts->Fonts[0]->FontSize == ui::text_size_for(771, 1030) * 3);
  // Spacing follows the text, in whole CSS px: the same margins at every ratio.
  ImVec2 padding_at_3 = ImGui::GetStyle().WindowPadding;
  ui::prepare_frame(771, 1030, 1);
  CHECK(padding_at_3.x == ImGui::GetStyle().WindowPadding.x * 3);
  CHECK(padding_at_3.y == ImGui::GetStyle().WindowPadding.y * 3);
  CHECK(ImGui::GetStyle().WindowPadding.x == ui::text_size_for(771, 1030));  // 1 em
}

TEST_CASE(
    "the text-size setting has four growing steps, each drawn through the same frame set-up") {
  FontContext fonts;
  int last = 0;
  for (int step = 0; step < ui::text_step_count; ++step) {
    ui::set_text_step(step);
    CHECK(ui::text_step() == step);
    int px = ui::text_size_for(390, 844);
    CHECK(px > last);
    CHECK(px % 2 == 0);
    last = px;
    ui::prepare_frame(390, 844, 2);
    CHECK(ImGui::GetIO().Fonts->Fonts[0]->FontSize == px * 2);
    CHECK(ui::heading_font(1.8f)->FontSize == std::round(px * 1.8f) * 2);
  }
  ui::set_text_step(99);
  CHECK(ui::text_step() == ui::text_step_count - 1);
  ui::set_text_step(-1);
  CHECK(ui::text_step() == 0);
  CHECK(ui::text_size_for(390, 844) < ui::text_size_for(1280, 800));
}

TEST_CASE("the screens follow the text-size step: larger text, taller buttons") {
  float normal = 0, normal_text = 0;
  {
    test::UiDriver ui(test::shipped_content(), 390, 844, 3);
    REQUIRE(ui.visible("menu-play"));
    normal = ui::find_mark("menu-play")->h;
    normal_text = ImGui::GetFontSize();
  }
  // The step is the session's (the player's setting); the screens size themselves from it.
  SessionContent larger = test::shipped_content();
  larger.saved_progress = R"({"format": 1, "rounds_played": 0, "text_step": 3})";
  test::UiDriver ui(std::move(larger), 390, 844, 3);
  ui.frames(3);
  REQUIRE(ui.visible("menu-play"));
  CHECK(ImGui::GetFontSize() > normal_text * 1.3f);
  // Buttons grow with it (at the normal size a phone's buttons are already at the 44 CSS px floor).
  CHECK(ui::find_mark("menu-play")->h > normal * 1.15f);
}
