#pragma once
// What both platform loops do around the session, written once: start it from the content and
// the saved progress, and carry out its effects (open links, save progress).
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "session.h"
#include "sound_cues.h"

namespace ar::platform {

struct SessionStart {
  std::string content_dir;
  std::string save_dir;
  std::string language;  // empty: Spanish
  uint64_t seed = 0;     // 0: from the clock
  // Sees the content before the session takes it (the fonts bake only the characters it uses).
  std::function<void(const SessionContent&)> before_start;
  DevicePreferences device{};  // the browser's prefers-contrast / prefers-reduced-motion
  // Found before the start and shown in the report (an unsynced save that could not be read).
  std::vector<Problem> problems = {};
  // The packs and practices follow (the web build fetches them after the first frame).
  bool content_follows = false;
};

// Reads the content and the saved progress and starts the session. A save that cannot be read is
// kept aside (never deleted); every content problem is printed for whoever started the game.
std::unique_ptr<Session> start_session(const SessionStart& start);
// Hands the fetched content file (content_bundle.h) to a session started with content_follows.
// `more_text` sees the packs and practices first (the fonts bake their characters). A saved
// workshop that cannot resume with them is kept aside then.
void hand_in_content(Session& session, std::string_view bundle, const std::string& save_dir,
                     const std::function<void(const std::string&)>& more_text);

struct EffectHandlers {
  std::function<void(const std::string& url)> open_link;
  // A save was written (the browser copies it into IndexedDB, keeping a copy until it is there).
  std::function<void(std::string_view name, const std::string& text)> after_save;
  // Hands the device's data to the player; returns what the session is told (the file, or an
  // error). Unset: written into the save folder (export_to_folder).
  std::function<session_action::DataExported(const std::string& file_name, const std::string& text)>
      export_data;
  // Hands the workshop's results to the facilitator (`type`: text/csv, application/json or
  // text/html), and a card deck to print to the player.
  // Unset: written into the save folder (results_to_folder).
  std::function<session_action::ResultsExported(const std::string& file_name,
                                                const std::string& text, const char* type)>
      export_results;
  // Lets the player pick a file to load, which ends in an ImportData action. Unset: the file
  // import_file_name in the save folder is read at once (import_from_folder).
  std::function<void()> choose_import_file;
  // Lets the player pick a pack's file (.json or .csv), which ends in a LoadPack action. Unset:
  // the file pack_file_name in the save folder is read at once.
  std::function<void()> choose_pack_file;
  // Fetches the content file (content_follows), which ends in hand_in_content.
  std::function<void()> fetch_content;
};
// One frame's action, the same in both loops: applies it (if any), noting the sound moment before
// it, and returns the cue it gives when sound is on, for GameSound::play.
std::optional<Cue> apply_action(Session& session, const std::optional<SessionAction>& action);

// Takes the session's effects and carries them out; true when there was anything to do.
bool carry_out_effects(Session& session, const std::string& save_dir, const EffectHandlers& h);

// The workshop's talk timer: each frame hands the time since the last one to the session while
// the timer runs. At most a second a frame: a tab in the background pauses the talk, it does not
// lose it.
class TalkClock {
 public:
  // True while the timer runs (keep drawing: the seconds change on screen).
  bool advance(Session& session);

 private:
  std::optional<std::chrono::steady_clock::time_point> last_;
};

// antirumour-data-YYYY-MM-DD.json: the name an export of the device's data gets.
std::string export_file_name(const std::string& today);
// Writes the export into the save folder (where the desktop game keeps it).
session_action::DataExported export_to_folder(const std::string& save_dir,
                                              const std::string& file_name,
                                              const std::string& text);
// Writes the workshop's results into the save folder, beside the saves.
session_action::ResultsExported results_to_folder(const std::string& save_dir,
                                                  const std::string& file_name,
                                                  const std::string& text);
// Writes a file for the player into the save folder; `what` names it in the line printed.
session_action::ResultsExported file_to_folder(const std::string& save_dir,
                                               const std::string& file_name,
                                               const std::string& text, const char* what);
// On the desktop, "Load from a file" reads this file in the save folder.
inline constexpr std::string_view import_file_name = "import.json";
// Reads `path` whole (at most device_data_max_bytes) into an ImportData action.
session_action::ImportData read_import_file(const std::string& path);
// On the desktop, "Load a pack" reads this file in the save folder.
inline constexpr std::string_view pack_file_name = "pack.json";
// Reads a pack's file whole (at most PackStore::max_pack_bytes) into a LoadPack action, dated
// with the file's own date (a spreadsheet's last check).
session_action::LoadPack read_pack_file(const std::string& path);
// Natively: the packs given with --pack, then the .json and .csv files in the save folder's
// packs_folder_name folder (by name), each loaded as the game starts as "Load a pack" does (kept on
// this device; a file already kept exactly the same changes nothing). One line per file says what
// came of it, with a refused pack's problems located, for the terminal.
inline constexpr std::string_view packs_folder_name = "packs";
std::vector<std::string> pack_files_to_load(const std::string& save_dir,
                                            const std::vector<std::string>& given);
std::vector<std::string> load_packs_at_start(Session& session, const std::string& save_dir,
                                             const std::vector<std::string>& files);

// A save that reached this device's memory but maybe not its storage (the browser's copy kept
// until IndexedDB has it): written over <name>.json when its kind's reader takes it (it is
// newer), else kept aside as <name>.unreadable-<n>.json, with the problem added to `problems`.
enum class Restored { Written, KeptAside, Failed };
Restored restore_save(const std::string& save_dir, std::string_view name, std::string_view text,
                      std::vector<Problem>& problems);

}  // namespace ar::platform
