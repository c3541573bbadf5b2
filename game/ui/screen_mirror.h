#pragma once
// The page's screen-reader mirror: what the screen says as plain text (core/screen_text), what
// the keys do and which control has the keyboard focus, and what a polite live region should
// announce when that changes. Built after each drawn frame; nothing when nothing changed, so the
// page is touched only when the words on the screen are.
#include <optional>
#include <string>
#include <vector>

#include "session.h"

namespace ar::ui {

struct MirrorText {
  std::string language;               // the page's lang: how a voice pronounces the lines
  std::string label;                  // the region's name ("Game screen")
  std::vector<std::string> lines;     // the whole screen, top to bottom
  std::string keys;                   // what the keys do
  std::string focus;                  // "Keyboard focus: Start", or "" while no control shows it
  std::vector<std::string> announce;  // what changed, for the live region; empty: say nothing
};

// The lines of `after` from the first one that differs from `before`, at most `max_lines`: after
// an answer the verdict and the fact, for a new rumour its number, text and choices, never the
// unchanged top of the page again. Nothing when `after` only lost lines at its end.
std::vector<std::string> what_changed(const std::vector<std::string>& before,
                                      const std::vector<std::string>& after, size_t max_lines = 12);

class ScreenMirror {
 public:
  // What the page's mirror should show now, or nothing when it shows that already. Call after
  // the frame is drawn (the focus is the one drawn).
  std::optional<MirrorText> update(const Session& session);

 private:
  std::optional<MirrorText> shown_;
};

}  // namespace ar::ui
