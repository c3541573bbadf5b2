#include "screen_mirror.h"

#include <algorithm>
#include <cstddef>

#include "keyboard_focus.h"
#include "screen_text.h"

namespace ar::ui {

std::vector<std::string> what_changed(const std::vector<std::string>& before,
                                      const std::vector<std::string>& after, size_t max_lines) {
  auto first = std::mismatch(before.begin(), before.end(), after.begin(), after.end()).second;
  size_t left = static_cast<size_t>(after.end() - first);
  return {first, first + static_cast<std::ptrdiff_t>(std::min(left, max_lines))};
}

std::optional<MirrorText> ScreenMirror::update(const Session& session) {
  MirrorText now;
  now.language = session.language();
  now.label = session.tr("a11y.mirror");
  now.lines = screen_text(session);
  now.keys = session.tr("a11y.keys");
  std::string control = focused_control(session);
  if (!control.empty()) now.focus = session.format("a11y.focus", {control});

  static const std::vector<std::string> nothing;
  now.announce = what_changed(shown_ ? shown_->lines : nothing, now.lines);
  bool focus_moved = !shown_ || now.focus != shown_->focus;
  if (focus_moved && !now.focus.empty()) now.announce.push_back(now.focus);
  if (shown_ && now.lines == shown_->lines && now.focus == shown_->focus &&
      now.keys == shown_->keys && now.label == shown_->label)
    return std::nullopt;
  shown_ = now;
  return now;
}

}  // namespace ar::ui
