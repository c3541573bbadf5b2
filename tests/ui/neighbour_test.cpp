// The neighbour who says the rumour: chosen from the rumour's id alone, and varied across the
// shipped rumours (ages, hair, clothes), drawn on the rumour card.
#include <catch2/catch.hpp>
#include <set>
#include <tuple>

#include "neighbour.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

TEST_CASE("the same rumour always comes from the same neighbour, and the rumours from many") {
  CHECK(ui::neighbour_for("health-01") == ui::neighbour_for("health-01"));
  UiDriver ui(test::shipped_content());
  std::set<std::tuple<int, int, int, int, int, bool>> looks;
  std::set<int> ages, hair;
  for (const Scenario* s : ui.session().library().scenarios()) {
    ui::Neighbour n = ui::neighbour_for(s->id);
    CHECK(n.skin >= 0);
    CHECK(n.skin < ui::neighbour_skins);
    CHECK(n.clothes < ui::neighbour_clothes);
    looks.insert({static_cast<int>(n.age), static_cast<int>(n.hair), n.hair_colour, n.skin,
                  n.clothes, n.glasses});
    ages.insert(static_cast<int>(n.age));
    hair.insert(static_cast<int>(n.hair));
  }
  CHECK(looks.size() >= 8);
  CHECK(ages.size() == 3);
  CHECK(hair.size() >= 4);
}

TEST_CASE("the rumour card shows the neighbour beside the words that introduce them") {
  UiDriver ui(test::shipped_content(11));
  ui.click("menu-play");
  ui.scroll_to("start");
  ui.click("start");
  ui.frames(3);
  const ui::ItemRect* face = ui::find_mark("neighbour");
  const ui::ItemRect* rumour = ui::find_mark("rumour-text");
  REQUIRE(face != nullptr);
  REQUIRE(rumour != nullptr);
  CHECK(face->y + face->h <= rumour->y + 1);  // above the rumour's words, which keep the width
}
