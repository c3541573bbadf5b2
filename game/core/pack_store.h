#pragma once
// The packs a device loaded itself (a trainer's own rumours), kept as the text they came in, by
// pack id, in one save (kind "packs", docs/save-format.md). The store only keeps and checks them:
// the session puts them in the library beside the shipped packs, and says they were not checked by
// the game's authors.
#include <string>
#include <string_view>
#include <vector>

#include "csv_import.h"
#include "problem.h"

namespace ar {

struct StoredPack {
  std::string id;
  std::string version;
  std::string file;  // the name it was loaded from, for reports ("my-town.csv")
  std::string text;  // the pack's JSON (a CSV is kept as the pack the importer made of it)
  bool operator==(const StoredPack&) const = default;
};

struct PackAdd {
  bool added = false;
  // What happened in words: added, replaced (which version replaced which), or why it was refused.
  std::string message;
  std::string id;
  std::string replaced_version;   // not empty: a stored pack with this id and version was replaced
  bool unchanged = false;         // the device already kept exactly this pack: nothing was replaced
  std::vector<Problem> problems;  // the pack's own problems, located (line:column, field)
};

struct PackStoreLoad;

class PackStore {
 public:
  // Limits: a device keeps a few packs, each no larger than a shipped content file may be.
  static constexpr size_t max_packs = 20, max_pack_bytes = 2 * 1024 * 1024;

  // Adds a pack's JSON, or a spreadsheet's CSV (a `file` ending in .csv, through the importer
  // first, with `csv`: its date of last check comes from the platform, the file's own date).
  // Refused with the problems when it does not load, or when its id is one of `shipped`. The same
  // id as a stored pack replaces it.
  PackAdd add(std::string_view text, const std::string& file, int current_year,
              const std::vector<std::string>& shipped, const CsvImportOptions& csv = {});
  bool remove(const std::string& id);
  const std::vector<StoredPack>& packs() const { return packs_; }
  const StoredPack* find(const std::string& id) const;
  bool operator==(const PackStore&) const = default;

  // The save's text, and the store back from it (below).
  std::string save() const;
  friend PackStoreLoad load_pack_store(std::string_view text, const std::string& file);

 private:
  std::vector<StoredPack> packs_;
};

struct PackStoreLoad {
  PackStore store;  // every entry that could be read
  // Not empty: the save was damaged. The entries read are in `store`; the platform keeps the file
  // aside (nothing lost) and writes the store again.
  std::vector<Problem> problems;
};
PackStoreLoad load_pack_store(std::string_view text, const std::string& file);

// The licence a pack made from a spreadsheet in the game names: none was stated (the importer's
// --licence is the author's to give; the game never picks one). Shown as "not stated".
inline constexpr std::string_view unstated_licence = "-";
// True for a file name the store reads as a spreadsheet (.csv, any case).
bool is_csv_name(std::string_view file);

}  // namespace ar
