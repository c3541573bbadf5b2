// For facilitators: which content files loaded, and every problem found in the others.
#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

std::optional<SessionAction> content_report_screen(const Session& session) {
  std::optional<SessionAction> action;
  if (auto a = begin_screen(session, "report", 48, "report.heading")) action = a;
  wrapped_text(session.tr("report.intro"), colour::muted);
  for (const auto& r : session.library().reports())
    ImGui::TextColored(r.loaded ? colour::right : colour::wrong, "%s %s", r.loaded ? "✓" : "✗",
                       r.file.c_str());
  column_separator();
  for (const auto& p : session.problems()) {
    wrapped_text(format_problem(p),
                 p.severity == Problem::Severity::Error ? colour::wrong : colour::muted);
  }
  end_page();
  return action;
}

}  // namespace ar::ui
