#pragma once
// All the text the game may draw, for the font atlas to bake only the characters it needs.
#include <string>

#include "session.h"

namespace ar::ui {

// The UI strings, the practices and every pack, as read (every language).
std::string all_text(const SessionContent& content);

}  // namespace ar::ui
