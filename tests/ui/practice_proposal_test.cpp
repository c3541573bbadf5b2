// "Propose a practice" from the practice browser: the form is filled by typing, each field shows
// the loader's problem under it until it is right, and the button hands the checked entry for
// practices.json to the platform (natively a file in the save folder), saying where it went.
#include <catch2/catch.hpp>

#include <filesystem>

#include "../platform/temp_folder.h"
#include "practice_proposal.h"
#include "session_host.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;
namespace fs = std::filesystem;

namespace {

void type_into(UiDriver& ui, const std::string& field, const std::string& text) {
  ui.scroll_to(field);
  ui.click(field);
  ui.type(text);
}

}  // namespace

TEST_CASE("a practice proposed by typing is saved as a checked entry for practices.json") {
  UiDriver ui(test::shipped_content(5, "en"), 768, 1024, 2);  // a tablet
  ui.click("menu-practices");
  ui.click("propose-practice");
  REQUIRE(ui.session().screen() == Screen::ProposePractice);
  // The empty form says what each field needs, in the loader's words, under the field.
  REQUIRE(ui.visible("propose-problem-title"));
  CHECK(ui::find_mark("propose-problem-title")->label == "the field \"title\" is missing");
  ui.scroll_to("propose-fix-first");
  CHECK(ui.visible("propose-fix-first"));

  type_into(ui, "propose-title", "Rumour-free market");
  CHECK_FALSE(ui.visible("propose-problem-title"));
  type_into(ui, "propose-cities", "Getxo");
  type_into(ui, "propose-country", "Spain");
  type_into(ui, "propose-years", "2031");  // not yet
  ui.scroll_to("propose-problem-years");
  REQUIRE(ui.visible("propose-problem-years"));
  CHECK(ui::find_mark("propose-problem-years")->label ==
        "the year 2031 has not come yet (this is " + std::to_string(ui.session().current_year()) +
            ")");
  ui.click("propose-years");
  for (int i = 0; i < 4; ++i) ui.press(ImGuiKey_Backspace);
  ui.type("Since 2019");
  CHECK_FALSE(ui.visible("propose-problem-years"));
  ui.scroll_to("propose-topics-anti_rumour");
  ui.click("propose-topics-anti_rumour");
  for (const char* lang : {"es", "eu", "en"})
    type_into(ui, std::string("propose-purpose-") + lang,
              std::string("Stall holders answer rumours with facts, «") + lang + "»");
  type_into(ui, "propose-url", "www.example.org");
  ui.scroll_to("propose-problem-url");
  CHECK(ui::find_mark("propose-problem-url")->label ==
        "expected a web address starting with https:// or http://, found \"www.example.org\"");
  ui.click("propose-url");
  for (int i = 0; i < 15; ++i) ui.press(ImGuiKey_Backspace);
  ui.type("https://example.org/market");

  const PracticeProposal& p = ui.session().proposal();
  CHECK(p.title == "Rumour-free market");
  CHECK(p.years == "Since 2019");
  CHECK(p.topics == std::vector<std::string>{"anti_rumour"});
  CHECK(p.purpose.in("eu") == "Stall holders answer rumours with facts, «eu»");
  for (const auto& pr : ui.session().proposal_problems()) UNSCOPED_INFO(format_problem(pr));
  REQUIRE(ui.session().proposal_problems().empty());

  ui.scroll_to("propose-save");
  CHECK_FALSE(ui.visible("propose-fix-first"));
  ui.click("propose-save");
  test::TempFolder folder;
  REQUIRE(platform::carry_out_effects(ui.session(), folder.dir(), {}));
  const fs::path file = folder.path / "practice-proposal-getxo-rumour-free-market.json";
  REQUIRE(fs::exists(file));
  const std::string entry = test::file_text(file);
  CHECK(entry == proposal_json(p));
  CHECK(entry.find("\"title\": \"Rumour-free market\"") != std::string::npos);
  CHECK(entry.find("\"url\": \"https://example.org/market\"") != std::string::npos);

  ui.frames(2);
  ui.scroll_to("propose-notice");
  REQUIRE(ui.visible("propose-notice"));
  CHECK(ui::find_mark("propose-notice")->label ==
        "Saved as " + file.string() +
            ". Send it to the game's authors, or paste it into the \"practices\" list of "
            "content/practices.json.");
  // The entry is on screen too, to copy.
  ui.scroll_to("propose-entry");
  CHECK(ui::find_mark("propose-entry")->label == entry);
}

TEST_CASE("a proposal with problems is not saved, and Back returns to the practices") {
  UiDriver ui(test::shipped_content(5, "es"));
  ui.click("menu-practices");
  ui.click("propose-practice");
  CHECK_FALSE(ui.session().apply(session_action::SaveProposal{}));
  CHECK(ui.session().take_effects().empty());
  ui.click("back");
  CHECK(ui.session().screen() == Screen::Practices);
}
