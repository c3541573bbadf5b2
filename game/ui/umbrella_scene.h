#pragma once
// The rain and the umbrella: a person under an umbrella in the rain, drawn with shapes (no
// bitmaps). After a right answer the umbrella opens and the rain runs off it; after a miss it
// folds, a panel tears and the drops come through onto the person, who stands in a puddle. The
// same picture, for the whole round, on the summary: protected or flooded.
//
// The picture moves for a moment after the event that shows it (scene_seconds), then stands
// still; with reduced motion only the still is drawn. A celebrated streak (Scoring::celebrates)
// brings the sun out: it rises with its rays turning while the rain stops, then shines, still. Its
// time is given by the caller (View keeps the clock the platform passes in), never read here. The
// drops are only shapes: no rumour's words ever fall with the rain.
#include <imgui.h>

#include <string>

#include "scoring.h"  // Outcome

namespace ar::ui {

// What the picture shows, from the game alone (pure, so tests can compare right and wrong).
struct Umbrella {
  float open_from = 1;  // how far the canopy is spread when the scene starts: 0 folded … 1 open
  float open = 1;       // … and once it stands still
  int torn = 0;         // torn panels the rain comes through (0: none)
  bool dry = true;      // the person under it stays dry
  bool sun = false;     // a celebrated streak: the sun comes out and the rain stops
  bool operator==(const Umbrella&) const = default;
};

// After one answer, `streak` counting it: right opens the umbrella (and brings out the sun when the
// streak is celebrated); partly tears a panel; wrong folds it and tears two.
Umbrella umbrella_after(Outcome outcome, int streak);
// On the summary: the round's protection (Round::is_protected).
Umbrella umbrella_for_round(bool is_protected);
// The picture in words, for tests and the screen reader's mirror: "open, dry" / "torn 2, wet" /
// "open, dry, sun".
std::string describe(const Umbrella& u);

// How long the picture moves after the event, in seconds.
inline constexpr double scene_seconds = 1.2;

// Draws the picture into the rectangle at `at` of `size` (screen coordinates), `seconds` after
// the event that showed it (scene_seconds or more: the still picture). Adds no item.
void draw_umbrella_scene(const Umbrella& u, double seconds, ImVec2 at, ImVec2 size);

}  // namespace ar::ui
