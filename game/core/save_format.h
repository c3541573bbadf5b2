#pragma once
// What every file the game saves on a device starts with: {"format": N, "kind": "progress", ...}.
// "format" is the version of that kind's layout; "kind" says what the file holds, so a file put in
// the wrong place is named for what it is. The rules are in docs/save-format.md.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "content_reader.h"

namespace ar {

struct SaveKind {
  const char* name;  // also the file's name on the device: <name>.json
  int format;        // the newest format this version writes and reads
};

namespace save_kinds {
inline constexpr SaveKind progress{"progress", 1};
// Everything a device holds, in one file to move it elsewhere (device_data.h).
inline constexpr SaveKind device_data{"device-data", 1};
// A workshop under way (workshop_save.h): resumed after a reload or a crash.
inline constexpr SaveKind workshop{"workshop", 1};
// The packs this device loaded itself (pack_store.h).
inline constexpr SaveKind packs{"packs", 1};
// The editor's draft (session_editor.cpp): the pack being written, kept at every edit.
inline constexpr SaveKind draft{"draft", 1};
}  // namespace save_kinds

// Save names are lowercase letters, digits and '-' (at most 64): never a path, never a kept-aside
// or temp file's name.
bool is_save_name(std::string_view name);

// A new save of `kind`: an object holding only its format and kind, for the writer to fill.
nlohmann::json new_save(const SaveKind& kind);

// Checks a parsed save's "format" and "kind". False, with a problem in plain words, when this
// version cannot read it: not a save, a newer format, or another kind. A file without "kind"
// (written before kinds existed) is taken to be of `kind`. `at` is where the save sits in its file
// ("$", or an entry of a device-data file).
bool read_save_header(ContentReader& r, const nlohmann::json& root, const SaveKind& kind,
                      const std::string& at = "$");

}  // namespace ar
