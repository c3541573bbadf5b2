#pragma once
// The workshop's printable one-page summary: a self-contained HTML page (no script, no outside
// file) for the browser's print dialog or "save as PDF", in the facilitator's language. Like the
// CSV and JSON results it names teams by letter only. Fact first: each rumour is listed by its
// fact and source, most missed first, never by the rumour's words.
#include <string>

#include "session.h"

namespace ar {

// `today` is the platform's date (YYYY-MM-DD), printed in the heading.
std::string workshop_summary_html(const Session& s, const std::string& today);
// Text made safe to put between HTML tags or in an attribute.
std::string html_escape(const std::string& text);

}  // namespace ar
