#pragma once
// Where progress is kept on this device. A save that cannot be read is moved aside (never deleted),
// so a facilitator can recover it, and the game starts afresh.
#include <optional>
#include <string>

namespace ar::platform {

std::optional<std::string> read_saved_progress(const std::string& dir);
void write_saved_progress(const std::string& dir, const std::string& text);
// Renames progress.json to progress.unreadable-<n>.json; returns the new name.
std::string keep_bad_save_aside(const std::string& dir);

}  // namespace ar::platform
