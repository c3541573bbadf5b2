#include "session_host.h"

#include <chrono>
#include <cstdio>

#include "platform.h"
#include "saves.h"

namespace ar::platform {

std::unique_ptr<Session> start_session(const SessionStart& start) {
  SessionContent content = read_content(start.content_dir);
  content.saved_progress = read_save(start.save_dir, progress_save);
  content.language = start.language;
  content.device = start.device;
  content.seed =
      start.seed
          ? start.seed
          : static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
  if (start.before_start) start.before_start(content);
  auto session = std::make_unique<Session>(std::move(content));
  if (session->saved_progress_unreadable()) {
    std::string aside = keep_aside(start.save_dir, progress_save);
    std::fprintf(stderr, "antirumour: the saved progress could not be read; kept as %s\n",
                 aside.empty() ? "it was (it could not be moved)" : aside.c_str());
  }
  for (const auto& p : session->problems()) std::fprintf(stderr, "%s\n", format_problem(p).c_str());
  return session;
}

bool carry_out_effects(Session& session, const std::string& save_dir, const EffectHandlers& h) {
  SessionEffects effects = session.take_effects();
  for (const auto& url : effects.links_to_open)
    if (h.open_link) h.open_link(url);
  if (effects.progress_to_save) {
    SaveWrite w = write_save(save_dir, progress_save, *effects.progress_to_save);
    // The old save is still there: the game goes on, and the next round tries again.
    if (!w.ok) std::fprintf(stderr, "antirumour: %s\n", w.error.c_str());
    if (w.ok && h.after_save) h.after_save();
  }
  return !effects.empty();
}

}  // namespace ar::platform
