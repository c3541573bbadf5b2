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

// The techniques a rumour uses, one sentence each: its name and what it does. Empty for a scenario
// of a format 1 pack, which names none.
std::vector<std::string> technique_lines(const Session& session, const Scenario& scenario);

// The round's techniques for the summary: a sentence naming those spotted and one naming those
// missed, each left out when there are none (a technique spotted once and missed once is in both).
std::vector<std::string> technique_tally_lines(const Session& session);

// Verdict mode's summary: one line per confidence level the player used, "Sure: right 3 of 4".
std::vector<std::string> calibration_lines(const Session& session);

// Reply mode's summary: the player's replies counted by kind, in one line ("Empathic questions: 2 ·
// Mocking: 1"), kinds in the order of reply_kind_names(); "" when no reply was given.
std::string reply_kind_line(const Session& session);

// The confidence chips of the rumour screen in words, the chosen one ticked:
// "How sure are you? (optional) Sure · ✓ I think so · Guessing".
std::string confidence_line(const Session& session);

// The choices offered on the rumour screen, in the order shown: the number key n picks
// choices[n-1]. Empty when nothing is being asked.
std::vector<Action> numbered_choices(const Session& session);

}  // namespace ar
