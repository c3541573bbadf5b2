// The same screens at pixel ratio 1, 2 and 3 have the same layout in CSS px: the same widgets,
// each within max(2 CSS px, 1 %) of where ratio 1 puts it, so the same lines wrap the same way.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

namespace {

using Layout = std::map<std::string, ui::ItemRect>;  // marked widgets, in CSS px

struct Screenful {
  std::string name;
  Layout layout;
  float font_px;  // the body font, in device px
};

Layout layout_in_css(const UiDriver& ui) {
  Layout out;
  float k = ui.pixel_ratio();
  for (const auto& [id, r] : ui::all_marks())
    out[id] = {r.x / k, r.y / k, r.w / k, r.h / k, r.label};
  return out;
}

// Title, setup, a rumour, its feedback (a wrong verdict: the longest page), the practices.
std::vector<Screenful> walk_through(float width, float height, float ratio) {
  UiDriver ui(test::shipped_content(5), width, height, ratio);
  std::vector<Screenful> seen;
  auto keep = [&](const std::string& name) {
    ui.frames(3);
    seen.push_back({name, layout_in_css(ui), ImGui::GetIO().Fonts->Fonts[0]->FontSize});
  };
  keep("title");
  ui.click("menu-play");
  keep("setup");
  ui.click("start");
  keep("rumour");
  const Scenario* s = ui.session().round().current();
  REQUIRE(s != nullptr);
  ui.click(s->verdict == Verdict::False ? "verdict-true" : "verdict-false");
  keep("feedback");
  ui.click("back");  // leaving the round half-way: its summary first
  ui.click("home");
  ui.click("menu-practices");
  keep("practices");
  return seen;
}

bool near(float a, float b) {
  return std::abs(a - b) <= std::max(2.0f, 0.01f * std::max(std::abs(a), std::abs(b)));
}

void same_layout(const Screenful& at_1, const Screenful& other, float ratio) {
  INFO("screen " << at_1.name << " at ratio " << ratio);
  CHECK(other.font_px == at_1.font_px * ratio);  // rasterised at its size on screen
  std::vector<std::string> ids_1, ids;
  for (const auto& [id, r] : at_1.layout) ids_1.push_back(id);
  for (const auto& [id, r] : other.layout) ids.push_back(id);
  CHECK(ids == ids_1);
  for (const auto& [id, a] : at_1.layout) {
    auto it = other.layout.find(id);
    if (it == other.layout.end()) continue;
    const ui::ItemRect& b = it->second;
    INFO(id << ": " << a.x << "," << a.y << " " << a.w << "x" << a.h << " at ratio 1, " << b.x
            << "," << b.y << " " << b.w << "x" << b.h);
    CHECK(near(a.x, b.x));
    CHECK(near(a.y, b.y));
    CHECK(near(a.w, b.w));
    CHECK(near(a.h, b.h));  // within 2 px: the same number of lines
  }
}

void same_layout_at_every_ratio(float width, float height) {
  std::vector<Screenful> at_1 = walk_through(width, height, 1);
  for (float ratio : {2.0f, 3.0f}) {
    std::vector<Screenful> seen = walk_through(width, height, ratio);
    REQUIRE(seen.size() == at_1.size());
    for (size_t i = 0; i < seen.size(); ++i) same_layout(at_1[i], seen[i], ratio);
  }
}

}  // namespace

TEST_CASE("a portrait tablet has the same layout at pixel ratio 1, 2 and 3") {
  same_layout_at_every_ratio(768, 1024);
}

TEST_CASE("a phone has the same layout at pixel ratio 1, 2 and 3") {
  same_layout_at_every_ratio(390, 844);
}

TEST_CASE(
    "on a phone at ratio 3 nothing is cut off and the page keeps a margin, in every language") {
  const float width = 390, height = 844;
  for (const char* lang : {"es", "eu", "en"}) {
    UiDriver ui(test::shipped_content(5, lang), width, height, 3);
    auto inside = [&](const std::string& screen) {
      ui.frames(3);
      float margin = ImGui::GetStyle().WindowPadding.x / 3;
      CHECK(margin >= 14);
      for (const auto& [id, r] : layout_in_css(ui)) {
        INFO(lang << ", " << screen << ", " << id << ": x " << r.x << ", w " << r.w);
        CHECK(r.x >= margin - 0.5f);
        CHECK(r.x + r.w <= width - margin + 0.5f);
      }
    };
    inside("title");
    ui.click("menu-play");
    inside("setup");
    ui.click("start");
    inside("rumour");
  }
}
