// The workshop inside the game session: it starts from the setup screen's choices, is saved after
// each step and resumed at the next start, a damaged save is reported and kept aside, and the PIN
// keeps the room in the session (no other screen, no link, not even through Back).
#include <catch2/catch.hpp>
#include <map>

#include "deep_link.h"
#include "screen_text.h"
#include "session.h"
#include "shipped_library.h"
#include "test_session.h"
#include "workshop_save.h"
#include "workshop_summary.h"

using namespace ar;
using namespace ar::test;
namespace act = ar::session_action;
namespace wa = ar::workshop_action;

namespace {

SessionContent content() {
  return session_content(
      numbered_pack("pack-a", 1, 8, {"jobs", "health"}, {Verdict::False, Verdict::True}), "en", 42);
}

// Begins a 3-team, 3-rumour session from the setup screen's choices.
void begin(Session& s, const std::string& pin = "") {
  REQUIRE(s.apply(act::GoTo{Screen::Workshop}));
  WorkshopSettings w = s.workshop_setup();
  w.rumour_count = 3;
  w.pin = pin;
  REQUIRE(s.apply(act::ChangeWorkshopSetup{w}));
  REQUIRE(s.apply(act::WorkshopStep{wa::Begin{w}}));
  REQUIRE(s.screen() == Screen::Workshop);
  REQUIRE(s.workshop().phase() == WorkshopPhase::Asking);
}

}  // namespace

TEST_CASE("workshop session: begun from the setup, saved after each step, resumed at the start",
          "[workshop][session]") {
  Session s(content());
  begin(s);
  SessionEffects e = s.take_effects();
  REQUIRE(e.workshop_to_save);
  REQUIRE(s.apply(act::WorkshopStep{wa::Vote{1, 0}}));
  REQUIRE(s.apply(act::WorkshopStep{wa::Reveal{}}));
  e = s.take_effects();
  REQUIRE(e.workshop_to_save);
  CHECK(s.workshop().settings().language == "en");  // the session's language and seed

  // A reload: the game starts again with the saved workshop and lands in it, where it was.
  SessionContent again = content();
  again.saved_workshop = *e.workshop_to_save;
  Session resumed(std::move(again));
  CHECK(resumed.screen() == Screen::Workshop);
  CHECK(resumed.workshop().phase() == WorkshopPhase::Revealed);
  CHECK(resumed.workshop().current()->team_choice[1] == 0);
  CHECK_FALSE(resumed.saved_workshop_unreadable());
  CHECK(link_for(resumed) == "#workshop");
  CHECK(screen_text(resumed)[1] == resumed.tr("workshop.heading"));
}

TEST_CASE("workshop session: a damaged save is reported, kept aside, and the game starts",
          "[workshop][session]") {
  SessionContent c = content();
  c.saved_workshop = R"({"format": 1, "kind": "workshop", "phase": "asking", "settings": 3})";
  Session s(std::move(c));
  CHECK(s.saved_workshop_unreadable());
  CHECK(s.screen() == Screen::Title);
  CHECK_FALSE(s.workshop().under_way());
  REQUIRE_FALSE(s.problems().empty());
  CHECK_THAT(format_problem(s.problems().front()),
             Catch::Contains("saved workshop") && Catch::Contains("$.settings") &&
                 Catch::Contains("the workshop cannot resume; its save is kept aside"));
}

TEST_CASE("workshop session: with a PIN nothing leaves the session until it is entered",
          "[workshop][session]") {
  Session s(content());
  begin(s, "2468");
  CHECK(s.workshop_locked());
  CHECK_FALSE(s.apply(act::GoTo{Screen::Title}));
  CHECK_FALSE(s.apply(act::GoTo{Screen::Practices}));
  CHECK_FALSE(s.apply(act::OpenLink{"https://example.org/"}));
  CHECK_FALSE(s.apply(act::OpenPractice{"anything"}));
  CHECK_FALSE(s.apply(act::StartRound{}));
  // Back in the browser: the address's place becomes actions, and the session refuses them.
  for (const auto& a : actions_for(parse_deep_link("", "#practices"), s)) CHECK_FALSE(s.apply(a));
  for (const auto& a : actions_for(parse_deep_link("", "#play?mode=verdict&count=3"), s))
    s.apply(a);  // the setup's choices may change; no round starts
  CHECK_FALSE(s.round_under_way());
  CHECK(s.screen() == Screen::Workshop);
  CHECK(s.take_effects().links_to_open.empty());
  // The room still plays.
  REQUIRE(s.apply(act::WorkshopStep{wa::Vote{0, 0}}));
  REQUIRE(s.apply(act::WorkshopStep{wa::Reveal{}}));
  REQUIRE(s.apply(act::SetLanguage{"es"}));
  // The facilitator unlocks: now the game may leave, and the workshop waits to be resumed.
  REQUIRE(s.apply(act::WorkshopStep{wa::Unlock{"2468"}}));
  CHECK_FALSE(s.workshop_locked());
  REQUIRE(s.apply(act::GoTo{Screen::Title}));
  CHECK(s.workshop().under_way());
  CHECK(screen_text(s)[3].find(s.tr("title.resume_workshop")) != std::string::npos);
}

TEST_CASE("workshop session: results export as an effect; a new group forgets the names",
          "[workshop][session]") {
  Session s(content());
  REQUIRE(s.apply(act::GoTo{Screen::Workshop}));
  CHECK_FALSE(s.apply(act::ExportResults{act::ResultsFormat::Csv}));  // nothing revealed yet
  WorkshopSettings w = s.workshop_setup();
  w.team_names = {"Owls", "Foxes"};
  w.rumour_count = 1;
  REQUIRE(s.apply(act::ChangeWorkshopSetup{w}));
  REQUIRE(s.apply(act::WorkshopStep{wa::Begin{s.workshop_setup()}}));
  CHECK_FALSE(s.apply(act::ChangeWorkshopSetup{w}));  // not while a session is under way
  REQUIRE(s.apply(act::WorkshopStep{wa::Vote{0, 0}}));
  REQUIRE(s.apply(act::WorkshopStep{wa::Reveal{}}));
  REQUIRE(s.apply(act::WorkshopStep{wa::Next{}}));
  REQUIRE(s.apply(act::WorkshopStep{wa::Next{}}));
  REQUIRE(s.workshop().phase() == WorkshopPhase::Debrief);
  REQUIRE(s.apply(act::ExportResults{act::ResultsFormat::Csv}));
  SessionEffects e = s.take_effects();
  REQUIRE(e.results_to_export == act::ResultsFormat::Csv);
  CHECK(s.workshop_results(act::ResultsFormat::Csv, "2026-12-02").rfind("rumour,scenario_id,", 0) ==
        0);
  REQUIRE(s.apply(act::ResultsExported{"results.csv", ""}));
  CHECK(s.results_notice().shown);
  REQUIRE(s.apply(act::WorkshopStep{wa::NewGroup{}}));
  CHECK(s.workshop_setup().team_names == std::vector<std::string>{"", ""});
  CHECK_FALSE(s.results_notice().shown);
  e = s.take_effects();
  REQUIRE(e.workshop_to_save);
  CHECK(e.workshop_to_save->find("Owls") == std::string::npos);
}

TEST_CASE("workshop debrief: the techniques that got through, most missed first",
          "[workshop][session]") {
  // The shipped packs (format 2): every rumour names its techniques.
  SessionContent c = content();
  c.packs = shipped_pack_files();
  Session s(std::move(c));
  begin(s);
  const Workshop& w = s.workshop();
  std::map<Technique, std::pair<int, int>> expected;  // spotted, missed
  for (int rumour = 0; rumour < 3; ++rumour) {
    const Scenario& sc = *w.current()->scenario;
    int right = -1, wrong = -1;
    for (int i = 0; i < static_cast<int>(sc.choices.size()); ++i) {
      int points = choice_points(*w.current(), Mode::Verdict, i);
      if (points == Scoring::full_points) right = i;
      if (points == 0) wrong = i;
    }
    REQUIRE(s.apply(act::WorkshopStep{wa::Vote{0, right}}));
    REQUIRE(s.apply(act::WorkshopStep{wa::Vote{1, wrong}}));
    REQUIRE(s.apply(act::WorkshopStep{wa::Vote{2, wrong}}));
    for (Technique t : sc.techniques) {
      expected[t].first += 1;
      expected[t].second += 2;
    }
    REQUIRE(s.apply(act::WorkshopStep{wa::Reveal{}}));
    REQUIRE(s.apply(act::WorkshopStep{wa::Next{}}));
    REQUIRE(s.apply(act::WorkshopStep{wa::Next{}}));
  }
  REQUIRE(w.phase() == WorkshopPhase::Debrief);
  auto tally = w.technique_tally();
  REQUIRE(tally.size() == expected.size());
  for (size_t i = 0; i < tally.size(); ++i) {
    CHECK(tally[i].spotted == expected[tally[i].technique].first);
    CHECK(tally[i].missed == expected[tally[i].technique].second);
    if (i > 0) CHECK(tally[i - 1].missed >= tally[i].missed);
  }
}

TEST_CASE("workshop session: the keypad's PIN is checked by the session, a wrong one said so",
          "[workshop][session]") {
  Session s(content());
  begin(s, "2468");
  CHECK_FALSE(s.pin_refused());
  CHECK_FALSE(s.apply(act::WorkshopStep{wa::Unlock{"1111"}}));
  CHECK(s.pin_refused());
  CHECK(s.workshop_locked());
  REQUIRE(s.apply(act::WorkshopStep{wa::Unlock{"2468"}}));
  CHECK_FALSE(s.pin_refused());
  CHECK_FALSE(s.workshop_locked());
}

TEST_CASE("workshop session: packs chosen on the setup; an unknown pack is refused",
          "[workshop][session]") {
  Session s(content());
  REQUIRE(s.apply(act::GoTo{Screen::Workshop}));
  WorkshopSettings w = s.workshop_setup();
  w.packs = {"pack-a"};
  CHECK(s.apply(act::ChangeWorkshopSetup{w}));
  w.packs = {"pack-z"};
  CHECK_FALSE(s.apply(act::ChangeWorkshopSetup{w}));
  CHECK(s.workshop_setup().packs == std::vector<std::string>{"pack-a"});
  // The solo setup too.
  REQUIRE(s.apply(act::GoTo{Screen::Setup}));
  SetupChoices c = s.setup();
  c.packs = {"pack-z"};
  CHECK_FALSE(s.apply(act::ChangeSetup{c}));
  c.packs = {"pack-a"};
  REQUIRE(s.apply(act::ChangeSetup{c}));
  REQUIRE(s.apply(act::StartRound{}));
  CHECK(s.round().settings().packs == std::vector<std::string>{"pack-a"});
}

TEST_CASE("workshop summary: one printable page, fact first, teams by letter, text escaped",
          "[workshop][session]") {
  Session s(content());
  REQUIRE(s.apply(act::GoTo{Screen::Workshop}));
  WorkshopSettings w = s.workshop_setup();
  w.team_names = {"<b>Owls</b>", "Foxes"};
  w.rumour_count = 2;
  REQUIRE(s.apply(act::ChangeWorkshopSetup{w}));
  REQUIRE(s.apply(act::WorkshopStep{wa::Begin{s.workshop_setup()}}));
  for (int i = 0; i < 2; ++i) {
    REQUIRE(s.apply(act::WorkshopStep{wa::Vote{0, 0}}));
    REQUIRE(s.apply(act::WorkshopStep{wa::Reveal{}}));
    REQUIRE(s.apply(act::WorkshopStep{wa::Next{}}));
    REQUIRE(s.apply(act::WorkshopStep{wa::Next{}}));
  }
  REQUIRE(s.workshop().phase() == WorkshopPhase::Debrief);
  REQUIRE(s.apply(act::ExportResults{act::ResultsFormat::Summary}));
  CHECK(s.take_effects().results_to_export == act::ResultsFormat::Summary);
  std::string html = s.workshop_results(act::ResultsFormat::Summary, "2026-12-02");
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("@page { size: A4") != std::string::npos);
  CHECK(html.find("2026-12-02") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("Owls") == std::string::npos);  // by letter only
  CHECK(html.find("Foxes") == std::string::npos);
  CHECK(html.find(s.format("workshop.team_default", {"A"})) != std::string::npos);
  // Each rumour by its fact and source, most missed first; never the rumour's words.
  std::vector<RumourSpread> order = s.workshop().debrief();
  size_t last = 0;
  for (const RumourSpread& d : order) {
    const Scenario& sc = *s.workshop().rumours()[static_cast<size_t>(d.position)].scenario;
    size_t at = html.find(html_escape(fact_in_one_line(sc.fact, "en")), last);
    CHECK(at != std::string::npos);
    last = at;
    CHECK(html.find(html_escape(sc.rumour.in("en"))) == std::string::npos);
    CHECK(html.find(sc.fact.source.url) != std::string::npos);
  }
  CHECK(html_escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
}
