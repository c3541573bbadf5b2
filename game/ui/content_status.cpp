// The line under the title while the packs and practices are on their way (the web build fetches
// them after the first frame): a thin bar and "Getting the rumours ready… 40%", or why they could
// not be had and a "Try again".
#include <imgui.h>

#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

std::optional<SessionAction> content_status(const Session& session) {
  if (session.content_ready()) return std::nullopt;
  const std::string& failure = session.content_failure();
  if (failure.empty()) {
    const std::string line = session.strings().format("title.content_loading", session.language(),
                                                      {std::to_string(session.content_percent())});
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, colour::accent);
    ImGui::ProgressBar(static_cast<float>(session.content_percent()) / 100.0f,
                       ImVec2(column_width(), em(0.4f)), "");
    ImGui::PopStyleColor();
    wrapped_text(line, colour::muted);
    mark("content-loading", line);
    return std::nullopt;
  }
  wrapped_text(session.tr("title.content_failed"), colour::wrong);
  wrapped_text(failure, colour::muted);  // which file and what the network said
  mark("content-failed", failure);
  if (big_button("content-retry", session.tr("title.content_retry"), -1))
    return session_action::RetryContent{};
  return std::nullopt;
}

}  // namespace ar::ui
