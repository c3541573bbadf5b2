// Confidence in verdict mode: the player may say how sure they are before a verdict; the round
// records it with the answer, scores it the same, and the summary shows how often each level was
// right (calibration).
#include <algorithm>
#include <catch2/catch.hpp>

#include "round.h"
#include "screen_text.h"
#include "test_library.h"
#include "test_session.h"

using namespace ar;
using ar::test::make_library;
using ar::test::numbered_pack;
using ar::test::wrong_verdict;

namespace {

RoundSettings rumours(int count, Mode mode = Mode::Verdict) {
  RoundSettings s;
  s.rumour_count = count;
  s.mode = mode;
  return s;
}

bool has_line(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

}  // namespace

TEST_CASE("each verdict keeps the confidence chosen before it; the next rumour starts with none") {
  Library lib = make_library({numbered_pack("pack-a", 1, 3)});
  Round r(lib);
  REQUIRE(r.apply(action::Start{rumours(3)}));
  CHECK_FALSE(r.confidence());
  REQUIRE(r.apply(action::ChooseConfidence{Confidence::Guessing}));
  REQUIRE(r.apply(action::ChooseConfidence{Confidence::Sure}));  // changed their mind
  CHECK(r.confidence() == Confidence::Sure);
  REQUIRE(r.apply(action::PickVerdict{r.current()->verdict}));
  CHECK(r.last_answer()->confidence == Confidence::Sure);
  CHECK_FALSE(r.apply(action::ChooseConfidence{Confidence::Guessing}));  // already answered
  REQUIRE(r.apply(action::Next{}));
  CHECK_FALSE(r.confidence());
  REQUIRE(r.apply(action::ChooseConfidence{Confidence::ThinkSo}));
  REQUIRE(r.apply(action::ChooseConfidence{std::nullopt}));  // taken back
  REQUIRE(r.apply(action::PickVerdict{r.current()->verdict}));
  CHECK_FALSE(r.last_answer()->confidence);
}

TEST_CASE("confidence changes no score") {
  Library lib = make_library({numbered_pack("pack-a", 1, 4)});
  Round plain(lib), sure(lib);
  REQUIRE(plain.apply(action::Start{rumours(4)}));
  REQUIRE(sure.apply(action::Start{rumours(4)}));
  for (int i = 0; i < 4; ++i) {
    Verdict v = i % 2 ? plain.current()->verdict : wrong_verdict(*plain.current());
    REQUIRE(plain.apply(action::PickVerdict{v}));
    REQUIRE(sure.apply(action::ChooseConfidence{Confidence::Sure}));
    REQUIRE(sure.apply(action::PickVerdict{v}));
    CHECK(sure.points() == plain.points());
    REQUIRE(plain.apply(action::Next{}));
    REQUIRE(sure.apply(action::Next{}));
  }
  CHECK(sure.protection_percent() == plain.protection_percent());
}

TEST_CASE("calibration: for each level used, how many verdicts were right of how many") {
  Library lib = make_library({numbered_pack("pack-a", 1, 8)});
  Round r(lib);
  REQUIRE(r.apply(action::Start{rumours(8)}));
  CHECK(r.calibration().empty());
  // Sure: right, right, right, wrong. Guessing: wrong, right. Two with no confidence.
  const std::vector<std::pair<std::optional<Confidence>, bool>> plan{
      {Confidence::Sure, true}, {Confidence::Guessing, false}, {Confidence::Sure, true},
      {std::nullopt, true},     {Confidence::Sure, false},     {Confidence::Guessing, true},
      {Confidence::Sure, true}, {std::nullopt, false}};
  for (const auto& [level, right] : plan) {
    if (level) REQUIRE(r.apply(action::ChooseConfidence{level}));
    const Scenario* s = r.current();
    REQUIRE(r.apply(action::PickVerdict{right ? s->verdict : wrong_verdict(*s)}));
    REQUIRE(r.apply(action::Next{}));
  }
  REQUIRE(r.phase() == Phase::Summary);
  CHECK(r.calibration() ==
        std::vector<CalibrationRow>{{Confidence::Sure, 3, 4}, {Confidence::Guessing, 1, 2}});
}

TEST_CASE("only verdict rounds take a confidence") {
  Library lib = make_library({numbered_pack("pack-a", 1, 3)});
  Round r(lib);
  CHECK_FALSE(r.apply(action::ChooseConfidence{Confidence::Sure}));  // no round yet
  REQUIRE(r.apply(action::Start{rumours(3, Mode::Reply)}));
  CHECK_FALSE(r.apply(action::ChooseConfidence{Confidence::Sure}));
  CHECK_FALSE(r.confidence());
}

TEST_CASE("the screen text says the chips, the confidence given and the calibration",
          "[screen_text]") {
  Session s(test::session_content(numbered_pack("pack-a", 1, 2), "en", 5));
  test::choose_round(s, Mode::Verdict, 2);
  REQUIRE(s.apply(session_action::StartRound{}));
  CHECK(has_line(screen_text(s), "How sure are you? (optional) Sure · I think so · Guessing"));
  REQUIRE(s.apply(session_action::Game{action::ChooseConfidence{Confidence::Sure}}));
  CHECK(has_line(screen_text(s), "How sure are you? (optional) ✓ Sure · I think so · Guessing"));
  REQUIRE(s.apply(session_action::Game{action::PickVerdict{s.round().current()->verdict}}));
  CHECK(has_line(screen_text(s), "You said: Sure"));
  REQUIRE(s.apply(session_action::Game{action::Next{}}));
  REQUIRE(s.apply(session_action::Game{action::ChooseConfidence{Confidence::Sure}}));
  REQUIRE(s.apply(session_action::Game{action::PickVerdict{wrong_verdict(*s.round().current())}}));
  REQUIRE(s.apply(session_action::Game{action::Next{}}));
  REQUIRE(s.screen() == Screen::Summary);
  auto lines = screen_text(s);
  CHECK(calibration_lines(s) == std::vector<std::string>{"Sure: right 1 of 2"});
  CHECK(has_line(lines, s.tr("summary.calibration")));
  CHECK(has_line(lines, "Sure: right 1 of 2"));
}
