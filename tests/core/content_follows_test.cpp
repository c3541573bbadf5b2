// A session whose packs and practices come after the title (the web build fetches them once the
// first frame is drawn): until they are in, only the title and the player's settings answer; they
// arrive once, a saved workshop resumes then, and a failed fetch can be tried again.
#include <catch2/catch.hpp>

#include "content_bundle.h"
#include "session.h"
#include "test_session.h"

using namespace ar;
using namespace ar::test;
namespace act = ar::session_action;
namespace wa = ar::workshop_action;

namespace {

PackSpec pack() {
  return numbered_pack("pack-a", 1, 8, {"jobs", "health"}, {Verdict::False, Verdict::True});
}

// The same content, split as the web build splits it: the session gets the strings and saves,
// the packs and practices come in a ContentArrived.
struct Split {
  SessionContent start;
  act::ContentArrived arrived;
};

Split split(SessionContent whole) {
  Split s;
  s.arrived.packs = std::move(whole.packs);
  s.arrived.practices = std::move(whole.practices);
  whole.packs.clear();
  whole.practices.clear();
  whole.content_follows = true;
  s.start = std::move(whole);
  return s;
}

}  // namespace

TEST_CASE("content follows: the title answers at once, the rest once the content is in",
          "[session][content_follows]") {
  Split parts = split(session_content(pack(), "en", 42));
  Session s(std::move(parts.start));
  CHECK_FALSE(s.content_ready());
  CHECK(s.screen() == Screen::Title);
  CHECK(s.library().scenarios().empty());
  CHECK(s.strings().get("title.play", "en") == "Play");  // the title's own words are there
  SessionEffects e = s.take_effects();
  CHECK(e.fetch_content);  // asked for once, after the frame that draws the title
  CHECK_FALSE(s.take_effects().fetch_content);

  // Nothing that needs a rumour or a practice: no setup, no practice, no round, no link.
  CHECK_FALSE(s.apply(act::GoTo{Screen::Setup}));
  CHECK_FALSE(s.apply(act::GoTo{Screen::Practices}));
  CHECK_FALSE(s.apply(act::GoTo{Screen::Workshop}));
  CHECK_FALSE(s.apply(act::StartRound{}));
  CHECK_FALSE(s.apply(act::OpenLink{"https://example.org/"}));
  CHECK(s.screen() == Screen::Title);
  // The player's own settings answer: language, contrast, sound.
  CHECK(s.apply(act::SetLanguage{"eu"}));
  CHECK(s.language() == "eu");
  CHECK(s.apply(act::SetHighContrast{true}));
  CHECK(s.take_effects().progress_to_save);  // kept, as always

  CHECK(s.apply(act::ContentLoading{40, ""}));
  CHECK(s.content_percent() == 40);
  CHECK(s.apply(act::ContentLoading{250, ""}));
  CHECK(s.content_percent() == 99);  // never "100 %" before it is in

  REQUIRE(s.apply(parts.arrived));
  CHECK(s.content_ready());
  CHECK(s.library().scenarios().size() == 8);
  CHECK(s.practices().all().size() >= 150);
  CHECK(s.problems().empty());
  CHECK(s.apply(act::GoTo{Screen::Setup}));
  // Once: a second copy would rebuild the library under a round.
  CHECK_FALSE(s.apply(parts.arrived));
  CHECK_FALSE(s.apply(act::ContentLoading{10, ""}));
}

TEST_CASE("content follows: the same session as with the content at the start",
          "[session][content_follows]") {
  Session whole(session_content(pack(), "en", 42));
  Split parts = split(session_content(pack(), "en", 42));
  Session later(std::move(parts.start));
  REQUIRE(later.apply(parts.arrived));
  REQUIRE(whole.library().scenarios().size() == later.library().scenarios().size());
  for (size_t i = 0; i < whole.library().scenarios().size(); ++i)
    CHECK(whole.library().scenarios()[i]->id == later.library().scenarios()[i]->id);
  CHECK(whole.practices().all().size() == later.practices().all().size());
  CHECK(whole.proposal_problems().size() == later.proposal_problems().size());
  // The same seed draws the same round.
  for (Session* s : {&whole, &later}) {
    REQUIRE(s->apply(act::GoTo{Screen::Setup}));
    REQUIRE(s->apply(act::StartRound{}));
  }
  CHECK(whole.round().current()->id == later.round().current()->id);
}

TEST_CASE("content follows: a saved workshop resumes when the rumours are in",
          "[session][content_follows][workshop]") {
  std::string saved;
  {
    Session s(session_content(pack(), "en", 42));
    REQUIRE(s.apply(act::GoTo{Screen::Workshop}));
    WorkshopSettings w = s.workshop_setup();
    w.rumour_count = 3;
    REQUIRE(s.apply(act::WorkshopStep{wa::Begin{w}}));
    saved = *s.take_effects().workshop_to_save;
  }
  SECTION("a good save: the room is back in its session") {
    Split parts = split(session_content(pack(), "en", 42));
    parts.start.saved_workshop = saved;
    Session s(std::move(parts.start));
    CHECK(s.screen() == Screen::Title);  // its rumours are not here yet
    CHECK_FALSE(s.workshop().under_way());
    REQUIRE(s.apply(parts.arrived));
    CHECK(s.screen() == Screen::Workshop);
    CHECK(s.workshop().under_way());
    CHECK_FALSE(s.saved_workshop_unreadable());
  }
  SECTION("a save whose rumours are gone: reported and kept aside, never a crash") {
    Split parts = split(
        session_content(numbered_pack("pack-b", 100, 4, {"jobs"}, {Verdict::False}), "en", 42));
    parts.start.saved_workshop = saved;
    Session s(std::move(parts.start));
    REQUIRE(s.apply(parts.arrived));
    CHECK(s.screen() == Screen::Title);
    CHECK(s.saved_workshop_unreadable());
    CHECK_FALSE(s.problems().empty());
  }
}

TEST_CASE("content follows: a fetch that failed is said, and tried again on request",
          "[session][content_follows]") {
  Split parts = split(session_content(pack(), "en", 42));
  Session s(std::move(parts.start));
  s.take_effects();
  CHECK_FALSE(s.apply(act::RetryContent{}));  // the first fetch is still on its way
  REQUIRE(s.apply(act::ContentLoading{30, "antirumour.content: HTTP 404"}));
  CHECK(s.content_failure() == "antirumour.content: HTTP 404");
  REQUIRE(s.apply(act::RetryContent{}));
  CHECK(s.content_failure().empty());
  CHECK(s.content_percent() == 0);
  CHECK(s.take_effects().fetch_content);
  CHECK_FALSE(s.apply(act::RetryContent{}));  // one fetch at a time

  // A damaged file: what could be read is in, and the problem is in the report with its place.
  std::string bytes = write_content_bundle({parts.arrived.packs[0]});
  ContentBundle read = read_content_bundle(bytes, "antirumour.content");
  REQUIRE(s.apply(act::ContentArrived{read.packs, read.practices, read.problems}));
  CHECK(s.content_ready());
  CHECK(s.library().scenarios().size() == 8);
  REQUIRE(s.problems().size() >= 1);
  bool said = false;
  for (const Problem& p : s.problems())
    said |= p.file == "antirumour.content" && p.message == "practices.json is missing from it";
  CHECK(said);
}
