#pragma once
// The scoring rules, all in one place. Written down here and in the README:
//  - Verdict mode: the right verdict earns 10 points. "false" for a "misleading" rumour (or the
//    other way round) earns 5: the player did not believe it, but missed the grain of truth.
//    Anything else earns 0.
//  - Reply mode: a good reply earns 10, a partial one 5, a poor one 0.
//  - Technique mode: a technique the rumour uses earns 10, any other 0.
//  - A streak counts answers in a row that earned full points. Every fifth in a row is
//    celebrated (the sun comes out over the umbrella, applause).
//  - The umbrella shows protection = points earned / points possible so far, in percent.
//    At the end, 60% or more means "protected", less means "flooded".
//  - Practice rounds score nothing: no points, no umbrella, no best score. The outcome of each
//    answer (right / partly / wrong) is the same as in a scored round.
#include "scenario.h"

namespace ar {

// How an answer went, in words the feedback can say: full points, half points, none.
enum class Outcome { Right, Partly, Wrong };
const char* to_string(Outcome o);

struct Scoring {
  static constexpr int full_points = 10;
  static constexpr int half_points = 5;
  static constexpr int protected_percent = 60;
  static constexpr int celebrated_streak = 5;

  static int verdict_points(Verdict right, Verdict picked);
  static int reply_points(ReplyQuality quality);
  static int technique_points(const std::vector<Technique>& used, Technique picked);
  static int protection_percent(int points, int answered);
  static bool is_protected(int points, int answered);
  static Outcome outcome(int points);  // of the points an answer earns in a scored round
  // A streak of this length (counting the answer just given) is celebrated: 5, 10, 15 …
  static bool celebrates(int streak) { return streak > 0 && streak % celebrated_streak == 0; }
};

}  // namespace ar
