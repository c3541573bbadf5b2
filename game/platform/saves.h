#pragma once
// The files the game keeps on this device, each <dir>/<name>.json (see docs/save-format.md).
// Natively `dir` is a folder; in the browser it is an IndexedDB mount that run_web.cpp copies to
// IndexedDB after each write. A write replaces the old file whole or not at all; a file that
// cannot be read is moved aside (never deleted), so a facilitator can recover it.
#include <optional>
#include <string>
#include <string_view>

#include "save_format.h"

namespace ar::platform {

// The name of progress's file, the first kind of save (save_kinds::progress in the core).
inline constexpr std::string_view progress_save = "progress";
// A workshop under way (save_kinds::workshop).
inline constexpr std::string_view workshop_save = "workshop";
// The packs this device loaded itself (save_kinds::packs).
inline constexpr std::string_view packs_save = "packs";
// The editor's draft (save_kinds::draft).
inline constexpr std::string_view draft_save = "draft";

// Save names are lowercase letters, digits and '-': never a path, never a kept-aside or temp name.
using ar::is_save_name;

// The save's text, or nothing when there is no such save (or it cannot be read).
std::optional<std::string> read_save(const std::string& dir, std::string_view name);

struct SaveWrite {
  bool ok = false;
  std::string error;  // when not ok: what failed, in words, with the file's name
};
// Writes a temp file beside the save, flushes it to the disk, then renames it over the save: a
// crash or power cut at any moment leaves the old save or the new one, never a mix. A failure
// before the rename leaves the old save untouched; one in flushing the folder after it is reported
// too (the new save is in place, but a power cut could still bring back the old one).
SaveWrite write_save(const std::string& dir, std::string_view name, std::string_view text);

// The same, for a file that is not a save (the workshop's results): any name, at `path`.
SaveWrite write_file(const std::string& path, std::string_view text);

// Renames <name>.json to <name>.unreadable-<n>.json; returns the new path, or "" when it could not.
std::string keep_aside(const std::string& dir, std::string_view name);

// Writes `text` as <name>.<label>-<n>.json (the first free n, written like a save) for a copy that
// must not be lost: an unsynced save that cannot be read ("unreadable"), the progress an import
// replaces ("before-import"). Returns the new path, or "" when it could not be written.
std::string keep_copy(const std::string& dir, std::string_view name, std::string_view label,
                      std::string_view text);

}  // namespace ar::platform
