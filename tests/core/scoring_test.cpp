#include <catch2/catch.hpp>

#include "scoring.h"

using namespace ar;

TEST_CASE("the right verdict earns full points, a near miss half, anything else none") {
  CHECK(Scoring::verdict_points(Verdict::False, Verdict::False) == 10);
  CHECK(Scoring::verdict_points(Verdict::Misleading, Verdict::False) == 5);
  CHECK(Scoring::verdict_points(Verdict::False, Verdict::Misleading) == 5);
  CHECK(Scoring::verdict_points(Verdict::False, Verdict::True) == 0);
  CHECK(Scoring::verdict_points(Verdict::True, Verdict::NotEnoughData) == 0);
  CHECK(Scoring::verdict_points(Verdict::NotEnoughData, Verdict::False) == 0);
}

TEST_CASE("replies score by quality") {
  CHECK(Scoring::reply_points(ReplyQuality::Good) == 10);
  CHECK(Scoring::reply_points(ReplyQuality::Partial) == 5);
  CHECK(Scoring::reply_points(ReplyQuality::Poor) == 0);
}

TEST_CASE("protection is the share of points earned, protected from 60%") {
  CHECK(Scoring::protection_percent(0, 0) == 0);
  CHECK(Scoring::protection_percent(30, 5) == 60);
  CHECK(Scoring::is_protected(30, 5));
  CHECK_FALSE(Scoring::is_protected(29, 5));
  CHECK_FALSE(Scoring::is_protected(0, 0));
  CHECK(Scoring::protection_percent(50, 5) == 100);
}
