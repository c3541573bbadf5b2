// One frame's action as both loops take it (apply_action in session_host.h): applied, and the cue
// it gives handed back only when sound is on; no action or a refused one gives none.
#include <catch2/catch.hpp>

#include "session_host.h"
#include "temp_folder.h"

using namespace ar;
using namespace ar::platform;
namespace act = ar::session_action;

TEST_CASE("apply_action applies the action and gives its cue while sound is on", "[sound]") {
  test::TempFolder saves;
  auto session = start_session({AR_CONTENT, saves.dir(), "en", 1, {}});
  REQUIRE(session->sound_on());
  CHECK_FALSE(apply_action(*session, std::nullopt));             // no action this frame: no sound
  CHECK_FALSE(apply_action(*session, act::GoTo{Screen::Play}));  // refused: nothing happened
  CHECK(apply_action(*session, act::GoTo{Screen::Setup}) == Cue::Tap);
  CHECK(session->screen() == Screen::Setup);

  CHECK_FALSE(apply_action(*session, act::SetSound{false}));
  CHECK(!session->sound_on());
  CHECK_FALSE(apply_action(*session, act::GoTo{Screen::Title}));  // applied, but silent
  CHECK(session->screen() == Screen::Title);
}
