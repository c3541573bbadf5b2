// The page that explains techniques (prebunking): shown before a player's first technique round
// only, remembered with the progress on this device, reachable again from the setup screen, and
// mirrored in the screen-reader text.
#include <algorithm>
#include <catch2/catch.hpp>

#include "screen_text.h"
#include "session.h"
#include "test_session.h"

using namespace ar;
using namespace ar::test;
namespace act = ar::session_action;

namespace {

// Rumours that name their techniques (format 2), so a technique round can be played.
SessionContent named_rumours(std::optional<std::string> saved = std::nullopt) {
  PackSpec named = numbered_pack("named", 1, 6);
  named.format = 2;
  SessionContent c = session_content(named, "en", 7);
  c.saved_progress = std::move(saved);
  return c;
}

bool has_line(const std::vector<std::string>& lines, const std::string& text) {
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("the first technique round starts with the page on techniques, then never again",
          "[session][prebunk]") {
  Session s(named_rumours());
  REQUIRE_FALSE(s.progress().techniques_explained);
  choose_round(s, Mode::Technique, 2);
  REQUIRE(s.apply(act::StartRound{}));
  CHECK(s.screen() == Screen::Techniques);
  CHECK(s.round().phase() == Phase::Choosing);     // no round yet
  CHECK_FALSE(s.take_effects().progress_to_save);  // not seen until Start is pressed

  REQUIRE(s.apply(act::StartRound{}));  // the page's Start
  CHECK(s.screen() == Screen::Play);
  CHECK(s.round().settings().mode == Mode::Technique);
  CHECK(s.progress().techniques_explained);
  auto saved = s.take_effects().progress_to_save;
  REQUIRE(saved);
  CHECK(saved->find("\"techniques_explained\": true") != std::string::npos);

  // The next technique round goes straight to the rumours.
  REQUIRE(s.apply(act::GoTo{Screen::Setup}));
  REQUIRE(s.apply(act::StartRound{}));
  CHECK(s.screen() == Screen::Play);

  // And so does the first one on a device whose saved progress says the page was seen.
  Session later(named_rumours(*saved));
  REQUIRE(later.progress().techniques_explained);
  choose_round(later, Mode::Technique, 2);
  REQUIRE(later.apply(act::StartRound{}));
  CHECK(later.screen() == Screen::Play);
}

TEST_CASE("verdict and reply rounds do not show the page", "[session][prebunk]") {
  for (Mode mode : {Mode::Verdict, Mode::Reply}) {
    Session s(named_rumours());
    choose_round(s, mode, 2);
    REQUIRE(s.apply(act::StartRound{}));
    CHECK(s.screen() == Screen::Play);
    CHECK_FALSE(s.progress().techniques_explained);
  }
}

TEST_CASE("the page is reachable again from the setup screen, and Back leaves it unseen",
          "[session][prebunk]") {
  Session s(named_rumours());
  choose_round(s, Mode::Verdict, 2);
  REQUIRE(s.apply(act::GoTo{Screen::Techniques}));
  CHECK(s.screen() == Screen::Techniques);
  REQUIRE(s.apply(act::GoTo{Screen::Setup}));  // Back, without Start
  CHECK_FALSE(s.progress().techniques_explained);
  // Its Start plays the round set up, in whatever mode was chosen.
  REQUIRE(s.apply(act::GoTo{Screen::Techniques}));
  REQUIRE(s.apply(act::StartRound{}));
  CHECK(s.screen() == Screen::Play);
  CHECK(s.round().settings().mode == Mode::Verdict);
  CHECK(s.progress().techniques_explained);
}

TEST_CASE("the screen-reader text reads the page: three techniques, each with its example",
          "[screen_text][prebunk]") {
  Session s(named_rumours());
  REQUIRE(s.apply(act::GoTo{Screen::Techniques}));
  std::vector<std::string> lines = screen_text(s);
  CHECK(has_line(lines, s.tr("prebunk.heading")));
  REQUIRE(prebunk_techniques().size() == 3);
  for (Technique t : prebunk_techniques()) {
    const std::string name = to_string(t);
    INFO(name);
    CHECK(has_line(lines, s.tr("technique." + name)));
    CHECK(has_line(lines, s.tr("prebunk." + name + ".example")));
    CHECK(has_line(lines, s.tr("prebunk." + name + ".spot")));
    // Each example is labelled as invented, in every language.
    for (const char* lang : {"en", "es", "eu"}) {
      REQUIRE(s.apply(act::SetLanguage{lang}));
      CHECK(has_line(screen_text(s),
                     s.format("prebunk.example", {s.tr("prebunk." + name + ".example")})));
      CHECK(s.tr("prebunk." + name + ".example") != "prebunk." + name + ".example");
    }
    REQUIRE(s.apply(act::SetLanguage{"en"}));
  }
  CHECK(lines.back() == s.tr("prebunk.start"));
}
