#include "game_text.h"

namespace ar::ui {

std::string all_text(const SessionContent& content) {
  std::string text = content.ui_strings + content.practices;
  for (const auto& pack : content.packs) text += pack.text;
  return text;
}

}  // namespace ar::ui
