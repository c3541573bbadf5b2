// The practice browser and the content report, driven through the real screens.
#include <catch2/catch.hpp>

#include <algorithm>

#include "screen_text.h"
#include "ui_driver.h"

using namespace ar;
using ar::test::UiDriver;

TEST_CASE(
    "the practice browser filters by topic, opens a practice and keeps the filter on return") {
  UiDriver ui(test::shipped_content(21));
  ui.click("menu-practices");
  REQUIRE(ui.session().screen() == Screen::Practices);
  size_t all = ui.session().practices().browse({}, "en").shown.size();
  REQUIRE(all >= 30);

  ui.click("ptopic-religion");
  const PracticeFilter& f = ui.session().practice_filter();
  REQUIRE(f.topics == std::set<std::string>{"religion"});
  auto shown = ui.session().practices().browse(f, "en").shown;
  REQUIRE(!shown.empty());
  REQUIRE(shown.size() < all);
  for (const Practice* p : shown)
    CHECK(std::find(p->topics.begin(), p->topics.end(), "religion") != p->topics.end());

  std::string id = shown.front()->id;
  ui.click("practice-" + id);
  REQUIRE(ui.session().screen() == Screen::PracticeDetail);
  REQUIRE(ui.session().open_practice()->id == id);
  ui.click("read-more");
  auto effects = ui.session().take_effects();
  REQUIRE(effects.links_to_open == std::vector<std::string>{shown.front()->url});

  ui.click("back");
  REQUIRE(ui.session().screen() == Screen::Practices);
  CHECK(ui.session().practice_filter().topics == std::set<std::string>{"religion"});  // kept
  ui.scroll_to("practice-" + id);
  CHECK(ui.visible("practice-" + id));
  CHECK(ui.visible("ptopic-religion"));
}

TEST_CASE("a practice leads to a round on its topic") {
  UiDriver ui(test::shipped_content(22));
  ui.click("menu-practices");
  ui.click("practice-bilbao-anti-rumour-web-app");
  REQUIRE(ui.session().screen() == Screen::PracticeDetail);
  ui.click("play-topic-living_together");
  REQUIRE(ui.session().screen() == Screen::Setup);
  CHECK(ui.session().round().phase() == Phase::Choosing);
  ui.click("start");
  REQUIRE(ui.session().screen() == Screen::Play);
  REQUIRE(ui.session().round().phase() == Phase::Answering);
  REQUIRE_FALSE(ui.session().round().order().empty());
  for (const Scenario* s : ui.session().round().order()) CHECK(s->topic == "living_together");
}

TEST_CASE("a rumour's feedback links to what cities did, and back to the round") {
  UiDriver ui(test::shipped_content(23));
  ui.click("menu-play");
  ui.click("start");
  const Scenario* s = ui.session().round().current();
  REQUIRE(s != nullptr);
  ui.click(std::string("verdict-") + to_string(s->verdict));
  REQUIRE(ui.session().round().phase() == Phase::Feedback);
  ui.click("related-0");
  REQUIRE(ui.session().screen() == Screen::PracticeDetail);
  const Practice* p = ui.session().open_practice();
  REQUIRE(p != nullptr);
  bool linked = std::find(p->topics.begin(), p->topics.end(), s->topic) != p->topics.end() ||
                std::find(s->practices.begin(), s->practices.end(), p->id) != s->practices.end();
  CHECK(linked);
  ui.click("back");
  REQUIRE(ui.session().screen() == Screen::Play);
  CHECK(ui.session().round().phase() == Phase::Feedback);  // the round goes on where it was
  CHECK(ui.session().round().current() == s);
}

TEST_CASE("a search with no result says so, and clearing the filters brings everything back") {
  UiDriver ui(test::shipped_content(24));
  ui.click("menu-practices");
  PracticeFilter nothing;
  nothing.query = "zzzz-no-such-practice";
  REQUIRE(ui.session().apply(session_action::ChangeFilter{nothing}));
  ui.frames(2);
  CHECK(ui.visible("no-results"));
  ui.click("clear-filters");
  CHECK(ui.session().practice_filter() == PracticeFilter{});
  CHECK_FALSE(ui.visible("no-results"));
}

TEST_CASE("a practice card says its translation is a draft until a native speaker has read it") {
  auto open_card = [](UiDriver& ui) {
    ui.click("menu-practices");
    ui.click("practice-bilbao-anti-rumour-web-app");
    REQUIRE(ui.session().screen() == Screen::PracticeDetail);
    ui.frames(1);
  };
  auto mirrored = [](UiDriver& ui, const std::string& line) {
    auto text = screen_text(ui.session());
    return std::find(text.begin(), text.end(), line) != text.end();
  };
  for (const char* lang : {"es", "eu", "en"}) {
    INFO(lang);
    UiDriver ui(test::shipped_content(29, lang));
    open_card(ui);
    const std::string notice = ui.session().strings().get("review.draft", lang);
    REQUIRE(ui.visible("review-draft"));
    CHECK(ui::find_mark("review-draft")->label == notice);
    CHECK(mirrored(ui, notice));  // the screen reader says it too
  }
  // Marked reviewed in Spanish: no notice there, still one in Basque.
  SessionContent content = test::shipped_content(29, "es");
  const std::string draft_es = "\"es\": \"draft\"";
  REQUIRE(content.practices.find(draft_es) != std::string::npos);
  content.practices.replace(content.practices.find(draft_es), draft_es.size(),
                            "\"es\": \"reviewed\"");
  UiDriver ui(std::move(content));
  open_card(ui);
  CHECK_FALSE(ui.visible("review-draft"));
  CHECK_FALSE(mirrored(ui, ui.session().tr("review.draft")));
  ui.click("lang-eu");
  ui.frames(2);
  CHECK(ui.visible("review-draft"));
}

TEST_CASE(
    "a broken pack is skipped, the others load, and the facilitator sees where it is broken") {
  SessionContent content = test::shipped_content(25);
  const size_t shipped = content.packs.size();
  content.packs.push_back({"packs/broken.json", "{\n  \"format\": 1,\n  \"pack\": 3\n"});
  UiDriver ui(std::move(content));
  CHECK(ui.session().library().packs().size() == shipped);  // the shipped packs still load
  REQUIRE(ui.session().problems().size() == 1);
  const Problem& p = ui.session().problems()[0];
  CHECK(p.file == "packs/broken.json");
  CHECK(p.line == 4);  // where the file ends too early
  CHECK(p.message.find("ends too early") != std::string::npos);
  ui.click("menu-report");
  CHECK(ui.session().screen() == Screen::ContentReport);
  ui.click("back");
  CHECK(ui.session().screen() == Screen::Title);
}

TEST_CASE("an unreadable save is reported and the game starts afresh") {
  SessionContent content = test::shipped_content(26);
  content.saved_progress = "{\"format\": 1, \"seen\": {\"x\": -4}";
  UiDriver ui(std::move(content));
  CHECK(ui.session().progress().rounds_played == 0);
  CHECK(ui.session().saved_progress_unreadable());  // so the platform keeps the file aside
  REQUIRE(ui.session().problems().size() == 1);
  CHECK(ui.session().problems()[0].file == "saved progress");
  CHECK(ui.visible("menu-report"));
}

TEST_CASE("the year steppers narrow the practices to those running in those years") {
  UiDriver ui(test::shipped_content(27));
  ui.click("menu-practices");
  auto [first, last] = ui.session().practices().year_range(ui.session().current_year());
  for (int i = 0; i < 3; ++i) ui.click("year-to-less");
  const PracticeFilter& f = ui.session().practice_filter();
  REQUIRE(f.to_year == last - 3);
  CHECK_FALSE(f.from_year.has_value());
  ui.click("year-from-more");
  REQUIRE(f.from_year == first + 1);
  for (const Practice* p : ui.session().practices().browse(f, "en").shown) {
    INFO(p->id << " " << p->years_text);
    CHECK(p->years.overlaps(first + 1, last - 3));
  }
  // A practice with no known years is left out while a year range is set.
  for (const Practice* p : ui.session().practices().browse(f, "en").shown) CHECK(p->years.known());
  for (int i = 0; i < 3; ++i) ui.click("year-to-more");
  ui.click("year-from-less");
  CHECK(ui.session().practice_filter() == PracticeFilter{});  // back to the full range: no filter
}

TEST_CASE("on a phone every country in the filter's list is in view, and a tap picks it") {
  UiDriver ui(test::shipped_content(21), 390, 844, 3);
  ui.click("menu-practices");
  const auto& countries = ui.session().practices().countries();
  REQUIRE(countries.size() > 8);  // more than a plain combo shows
  ui.scroll_to("country");
  ui.click("country");
  ui.frames(2);
  for (const auto& c : countries) CHECK(ui.visible("country-" + c));  // no scrolling needed
  ui.click("country-" + countries.back());
  CHECK(ui.session().practice_filter().country == countries.back());
}

TEST_CASE("the ICC topic list filters the practices, named in the player's language") {
  UiDriver ui(test::shipped_content(28));
  ui.click("menu-practices");
  ui.scroll_to("icc");
  REQUIRE(ui.visible("icc"));
  ui.click("icc");
  ui.frames(2);
  REQUIRE(ui.visible("icc-education"));
  ui.click("icc-education");
  ui.frames(2);
  const PracticeFilter& f = ui.session().practice_filter();
  REQUIRE(f.icc_topic == "education");
  auto shown = ui.session().practices().browse(f, ui.session().language()).shown;
  REQUIRE_FALSE(shown.empty());
  CHECK(shown.size() < ui.session().practices().all().size());
  for (const Practice* p : shown)
    CHECK(std::find(p->icc_topics.begin(), p->icc_topics.end(), "education") !=
          p->icc_topics.end());
  // The combo says what it filters, for the screen reader too.
  const ui::ItemRect* combo = ui::find_mark("icc");
  REQUIRE(combo != nullptr);
  CHECK(combo->label ==
        ui.session().tr("practices.icc_topic") + ": " + ui.session().tr("icc_topic.education"));
  ui.click("clear-filters");
  CHECK(ui.session().practice_filter().icc_topic.empty());
}

TEST_CASE("on a phone every ICC topic in the list is in view, and a tap picks it") {
  UiDriver ui(test::shipped_content(29), 390, 844, 3);
  ui.click("menu-practices");
  ui.scroll_to("icc");
  ui.click("icc");
  ui.frames(2);
  auto counts = ui.session().practices().browse({}, "es").icc_topic_counts;
  REQUIRE(counts.size() >= 10);
  for (const auto& [t, n] : counts) {
    INFO(t);
    CHECK(ui.visible("icc-" + t));  // no scrolling needed
  }
  ui.click("icc-" + counts.rbegin()->first);
  CHECK(ui.session().practice_filter().icc_topic == counts.rbegin()->first);
}
