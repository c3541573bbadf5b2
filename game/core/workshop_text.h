#pragma once
// The workshop's words, written once for the screen and for the screen reader's mirror.
#include <string>
#include <vector>

#include "session.h"

namespace ar {

// "A · Owls", or "A · Team A" in the player's language when no name was typed.
std::string team_label(const Session& s, int team);
// What an answer is called on screen: a verdict's word, or in reply mode the number of the reply
// in the order shown ("2"), which is how teams name it aloud.
std::string workshop_answer(const Session& s, const WorkshopRumour& r, int choice);
// The choices of a rumour in the order shown (indexes as WorkshopRumour::team_choice holds them).
std::vector<int> workshop_choices(const WorkshopRumour& r, Mode mode);
// The workshop screen as lines of text (screen_text.h).
void workshop_lines(const Session& s, std::vector<std::string>& out);

}  // namespace ar
