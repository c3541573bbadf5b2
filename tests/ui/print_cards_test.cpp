// The About screen's "Print cards" buttons, one under each pack: tapped, the platform gets that
// pack's card deck in the player's language (natively a file in the save folder), and the screen
// says where it went.
#include <catch2/catch.hpp>

#include <filesystem>

#include "../platform/temp_folder.h"
#include "session_host.h"
#include "ui_driver.h"
#include "workshop_summary.h"

using namespace ar;
using ar::test::UiDriver;
namespace fs = std::filesystem;

namespace {

using test::file_text;
using test::TempFolder;

const Pack& pack_with_id(const Session& s, const std::string& id) {
  for (const Pack& p : s.library().packs())
    if (p.info.id == id) return p;
  FAIL("no pack " << id);
  return s.library().packs().front();
}

}  // namespace

TEST_CASE("Print cards under a pack writes that pack's deck in the player's language") {
  UiDriver ui(test::shipped_content(5, "es"), 768, 1024, 2);  // a tablet
  ui.click("menu-about");
  REQUIRE(ui.session().screen() == Screen::About);
  REQUIRE(ui.session().library().packs().size() >= 2);
  // One button per pack, named with the pack's title for the screen reader.
  for (const Pack& p : ui.session().library().packs()) {
    ui.scroll_to("print-cards-" + p.info.id);
    const ui::ItemRect* button = ui::find_mark("print-cards-" + p.info.id);
    REQUIRE(button);
    CHECK(button->label == "Imprimir cartas: " + p.info.title.in("es"));
    CHECK(button->h >= 2 * ImGui::GetFontSize());
  }
  CHECK_FALSE(ui.visible("cards-notice"));

  ui.scroll_to("print-cards-work-and-welfare");
  ui.click("print-cards-work-and-welfare");
  TempFolder folder;
  REQUIRE(platform::carry_out_effects(ui.session(), folder.dir(), {}));
  const fs::path file = folder.path / "antirumour-cards-work-and-welfare-es.html";
  REQUIRE(fs::exists(file));
  const std::string deck = file_text(file);
  CHECK(deck.find("<html lang=\"es\">") != std::string::npos);
  CHECK(deck.find("Lo que se oye:") != std::string::npos);
  const Pack& chosen = pack_with_id(ui.session(), "work-and-welfare");
  for (const Scenario& s : chosen.scenarios) {
    INFO(s.id);
    CHECK(deck.find(html_escape(s.rumour.in("es"))) != std::string::npos);
    CHECK(deck.find(html_escape(s.fact.text.in("es"))) != std::string::npos);
  }
  // Only that pack: no rumour of another one.
  for (const Scenario& s : pack_with_id(ui.session(), "universal").scenarios)
    CHECK(deck.find("data-scenario=\"" + s.id + "\"") == std::string::npos);

  ui.frames(2);
  ui.scroll_to("cards-notice");
  REQUIRE(ui.visible("cards-notice"));
  CHECK(ui::find_mark("cards-notice")->label ==
        "Cartas listas para imprimir: " + file.string() +
            ". Abre el archivo e imprímelo a doble cara en papel A4.");
}

TEST_CASE("Print cards speaks Basque and prints a Basque deck") {
  UiDriver ui(test::shipped_content(5, "eu"));
  ui.click("menu-about");
  ui.scroll_to("print-cards-universal");
  CHECK(ui::find_mark("print-cards-universal")->label == "Kartak inprimatu: Europako edozein hiri");
  ui.click("print-cards-universal");
  SessionEffects e = ui.session().take_effects();
  REQUIRE(e.cards_to_print == std::string("universal"));
  const std::string deck = ui.session().card_deck(*e.cards_to_print);
  CHECK(deck.find("<html lang=\"eu\">") != std::string::npos);
  CHECK(deck.find("Entzun dena:") != std::string::npos);
  CHECK(deck.find(
            html_escape(pack_with_id(ui.session(), "universal").scenarios[0].rumour.in("eu"))) !=
        std::string::npos);
  // A failed write is said, not hidden.
  ui.session().apply(session_action::CardsPrinted{"", "disk full"});
  ui.frames(2);
  ui.scroll_to("cards-notice");
  CHECK(ui::find_mark("cards-notice")->label == "Ezin izan dira kartak gorde: disk full");
}
