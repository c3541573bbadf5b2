// Shared links: what they open, what they ignore, and the browser history that follows screens.
#include <catch2/catch.hpp>

#include "deep_link.h"
#include "test_session.h"

using namespace ar;
using namespace ar::test;
namespace act = ar::session_action;

namespace {
SessionContent content() {
  return session_content(numbered_pack("pack-a", 1, 8, {"jobs", "health"}), "en", 3);
}

void follow(Session& s, const DeepLink& link) {
  for (const auto& a : actions_for(link, s)) s.apply(a);
}
}  // namespace

TEST_CASE("a link chooses the language and the seed", "[link]") {
  DeepLink l = parse_deep_link("?lang=eu&seed=42", "");
  CHECK(l.language == "eu");
  REQUIRE(l.seed);
  CHECK(*l.seed == 42);
  CHECK(l.ignored.empty());
  CHECK_FALSE(l.screen);
  DeepLink no_mark = parse_deep_link("lang=en", "practices");
  CHECK(no_mark.language == "en");
  CHECK(no_mark.screen == Screen::Practices);
}

TEST_CASE("malformed or hostile link parts are ignored and listed", "[link]") {
  struct Case {
    const char* search;
    const char* hash;
  };
  for (Case c : {Case{"?lang=e1", ""},
                 Case{"?lang=%3Cscript%3E", ""},
                 Case{"?lang=EN", ""},
                 Case{"?lang=fr", ""},
                 Case{"?seed=12ab", ""},
                 Case{"?seed=1234567890123456789012345678901234567890", ""},
                 Case{"?seed=0", ""},
                 Case{"?seed=-4", ""},
                 Case{"?lang=%", ""},
                 Case{"?lang=%zz", ""},
                 Case{"?lang=e%00", ""},
                 Case{"?evil=1", ""},
                 Case{"", "#nowhere"},
                 Case{"", "#practice/"},
                 Case{"", "#practice/../../etc"},
                 Case{"", "#practice/<img src=x>"},
                 Case{"", "#play?mode=blitz"},
                 Case{"", "#play?count=0"},
                 Case{"", "#play?count=21"},
                 Case{"", "#play?count=999999999999999999999"},
                 Case{"", "#play?topics=javascript:1"},
                 Case{"", "#play?difficulty=impossible"},
                 Case{"", "#play?practice=yes"}}) {
    INFO(c.search << " " << c.hash);
    DeepLink l = parse_deep_link(c.search, c.hash);
    CHECK_FALSE(l.ignored.empty());
    CHECK(l.language.empty());
    CHECK_FALSE(l.seed);
    if (l.choices) CHECK(*l.choices == SetupChoices{});  // nothing of the bad part was taken
    CHECK(l.practice_id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_") ==
          std::string::npos);
  }
  DeepLink huge = parse_deep_link(std::string(5000, 'a'), "#practices");
  CHECK_FALSE(huge.screen);
  REQUIRE(huge.ignored.size() == 1);
  CHECK(huge.ignored[0] == "the link is too long");
}

TEST_CASE("#play?mode=technique chooses the spot-the-technique mode, and links back to it",
          "[link]") {
  DeepLink l = parse_deep_link("", "#play?mode=technique&count=2");
  CHECK(l.ignored.empty());
  REQUIRE(l.choices);
  CHECK(l.choices->mode == Mode::Technique);
  PackSpec named = numbered_pack("named", 1, 4);
  named.format = 2;  // only rumours that name their techniques are asked
  Session s(session_content(named, "en", 3));
  follow(s, l);
  // The first technique round on a device starts with the page that explains techniques.
  REQUIRE(s.screen() == Screen::Techniques);
  CHECK(link_for(s) == "#setup");
  REQUIRE(s.apply(session_action::StartRound{}));
  REQUIRE(s.screen() == Screen::Play);
  CHECK(s.round().settings().mode == Mode::Technique);
  CHECK(s.round().technique_choices().size() == 4);
  DeepLink again = parse_deep_link("", link_for(s));
  REQUIRE(again.choices);
  CHECK(again.choices->mode == Mode::Technique);
}

TEST_CASE("#play starts a round with the link's choices", "[link]") {
  DeepLink l = parse_deep_link("", "#play?mode=reply&count=3&topics=health&difficulty=easy,hard");
  CHECK(l.ignored.empty());
  REQUIRE(l.choices);
  CHECK(l.choices->mode == Mode::Reply);
  CHECK(l.choices->rumour_count == 3);
  CHECK(l.choices->topics == std::set<std::string>{"health"});
  CHECK(l.choices->difficulties == std::set<Difficulty>{Difficulty::Easy, Difficulty::Hard});
  Session s(content());
  follow(s, l);
  REQUIRE(s.screen() == Screen::Play);
  CHECK(s.round().settings().mode == Mode::Reply);
  REQUIRE_FALSE(s.round().order().empty());
  for (const Scenario* sc : s.round().order()) CHECK(sc->topic == "health");
  // The address the browser shows for it gives the same round type back.
  DeepLink again = parse_deep_link("", link_for(s));
  REQUIRE(again.choices);
  CHECK(again.choices->mode == Mode::Reply);
  CHECK(again.choices->topics == l.choices->topics);
  CHECK(again.choices->difficulties == l.choices->difficulties);
}

TEST_CASE("a link opens the practice browser or one practice", "[link]") {
  Session s(content());
  follow(s, parse_deep_link("", "#practices"));
  CHECK(s.screen() == Screen::Practices);
  const std::string id = s.practices().all().at(0).id;
  follow(s, parse_deep_link("", "#practice/" + id));
  CHECK(s.screen() == Screen::PracticeDetail);
  CHECK(link_for(s) == "#practice/" + id);
  Session other(content());
  follow(other, parse_deep_link("", "#practice/no-such-practice"));
  CHECK(other.screen() == Screen::Title);  // nothing happens rather than an empty page
}

TEST_CASE("every screen has a link that leads back to it", "[link]") {
  Session s(content());
  for (Screen sc : {Screen::Setup, Screen::About, Screen::ContentReport, Screen::Practices,
                    Screen::ProposePractice, Screen::Title}) {
    REQUIRE(s.apply(act::GoTo{sc}));
    Session fresh(content());
    follow(fresh, parse_deep_link("", link_for(s)));
    INFO(link_for(s));
    CHECK(fresh.screen() == sc);
  }
}

TEST_CASE("Back and Forward in the browser: into a round resumes it, never restarts it", "[link]") {
  Session s(content());
  follow(s, parse_deep_link("", "#play?count=4"));
  REQUIRE(s.screen() == Screen::Play);
  std::string play_link = link_for(s);
  const Scenario* first = s.round().current();
  REQUIRE(s.apply(act::OpenPractice{s.practices().all().at(0).id}));
  follow(s, parse_deep_link("", play_link));  // Back from the practice page
  CHECK(s.screen() == Screen::Play);
  CHECK(s.round().current() == first);
  CHECK(s.round().position() == 0);
  // Answer, then Back to the setup page: the summary of what was answered.
  REQUIRE(s.apply(act::Game{action::PickVerdict{first->verdict}}));
  follow(s, parse_deep_link("", "#setup"));
  CHECK(s.screen() == Screen::Summary);
  CHECK(link_for(s) == "#summary");
  // Back again to the round's address: the setup with its choices, not a new round at once.
  follow(s, parse_deep_link("", play_link));
  CHECK(s.screen() == Screen::Setup);
  CHECK(s.setup().rumour_count == 4);
  CHECK_FALSE(s.round_under_way());
  // And there is no summary to go forward to any more.
  follow(s, parse_deep_link("", "#summary"));
  CHECK(s.screen() == Screen::Setup);
}

TEST_CASE("?pack= loads a pack only from the page's own address", "[links]") {
  DeepLink own = parse_deep_link("?pack=packs/my-town.json&lang=eu", "");
  CHECK(own.pack_path == "packs/my-town.json");
  CHECK(own.pack_refused.empty());
  CHECK(own.ignored.empty());
  CHECK(own.language == "eu");
  CHECK(parse_deep_link("?pack=/packs/My_Town-2.csv", "").pack_path == "/packs/My_Town-2.csv");
  // Another site, another scheme, a way out of the folder, or not a pack's file: refused, said.
  for (const char* hostile :
       {"?pack=https://elsewhere.example/x.json", "?pack=//elsewhere.example/x.json",
        "?pack=https%3A%2F%2Felsewhere.example%2Fx.json", "?pack=../secret.json",
        "?pack=javascript:alert(1)", "?pack=packs/x.txt", "?pack=", "?pack=%00.json",
        "?pack=a\\b.json", "?pack=%zz"}) {
    INFO(hostile);
    DeepLink link = parse_deep_link(hostile, "");
    CHECK(link.pack_path.empty());
    CHECK_FALSE(link.ignored.empty());
  }
  CHECK(parse_deep_link("?pack=https://elsewhere.example/x.json", "").pack_refused ==
        "https://elsewhere.example/x.json");
  CHECK(parse_deep_link("?pack=" + std::string(300, 'a') + ".json", "").pack_path.empty());
}
