#pragma once
// What the current screen says, as plain lines of text: the page's screen-reader mirror (an ARIA
// live region in the browser) and keyboard play read it. Choices carry the number that picks them
// (the keys 1, 2, 3 … on the rumour screen); the feedback ends with what Enter does.
#include <string>
#include <vector>

#include "session.h"

namespace ar {

std::vector<std::string> screen_text(const Session& session);

// The fact in one line, for the closing slice of the feedback and the summary's list: its figure,
// else the first sentence of its text.
std::string fact_in_one_line(const Fact& fact, const std::string& lang);

// The choices offered on the rumour screen, in the order shown: the number key n picks
// choices[n-1]. Empty when nothing is being asked.
std::vector<Action> numbered_choices(const Session& session);

}  // namespace ar
