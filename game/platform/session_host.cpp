#include "session_host.h"

#include <chrono>
#include <cstdio>

#include "platform.h"
#include "saves.h"

namespace ar::platform {

std::unique_ptr<Session> start_session(const SessionStart& start) {
  SessionContent content = read_content(start.content_dir);
  content.saved_progress = read_saved_progress(start.save_dir);
  content.language = start.language;
  content.seed =
      start.seed
          ? start.seed
          : static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
  if (start.before_start) start.before_start(content);
  auto session = std::make_unique<Session>(std::move(content));
  if (session->saved_progress_unreadable()) {
    std::string aside = keep_bad_save_aside(start.save_dir);
    std::fprintf(stderr, "antirumour: the saved progress could not be read; kept as %s\n",
                 aside.c_str());
  }
  for (const auto& p : session->problems()) std::fprintf(stderr, "%s\n", format_problem(p).c_str());
  return session;
}

bool carry_out_effects(Session& session, const std::string& save_dir, const EffectHandlers& h) {
  SessionEffects effects = session.take_effects();
  for (const auto& url : effects.links_to_open)
    if (h.open_link) h.open_link(url);
  if (effects.progress_to_save) {
    write_saved_progress(save_dir, *effects.progress_to_save);
    if (h.after_save) h.after_save();
  }
  return !effects.empty();
}

}  // namespace ar::platform
