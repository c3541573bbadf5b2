// The session's side of the packs a device loads itself: read at the start, added, replaced and
// removed on the About screen, each time put in the library beside the shipped packs.
#include <algorithm>
#include <tuple>

#include "session.h"

namespace ar {

void Session::read_saved_packs(const std::string& saved) {
  PackStoreLoad r = load_pack_store(saved, "saved packs");
  pack_store_ = std::move(r.store);
  if (r.problems.empty()) return;
  // Nothing lost: the file is kept aside by the platform, the packs read are written again.
  saved_packs_damaged_ = true;
  for (auto& p : r.problems)
    p.message += " (the packs that could be read are kept; the damaged save is kept aside)";
  problems_.insert(problems_.end(), r.problems.begin(), r.problems.end());
  effects_.packs_to_save = pack_store_.save();
}

void Session::rebuild_library() {
  std::vector<ContentFile> files = shipped_packs_;
  for (const StoredPack& p : pack_store_.packs()) files.push_back({p.file, p.text});
  library_ = Library::load(files, current_year_);
}

void Session::refresh_problems() {
  problems_ = other_problems_;
  for (const auto& r : library_.reports())
    problems_.insert(problems_.end(), r.problems.begin(), r.problems.end());
  // The report reads top to bottom, file by file.
  std::stable_sort(problems_.begin(), problems_.end(), [](const Problem& a, const Problem& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  });
}

void Session::load_device_pack(const session_action::LoadPack& in) {
  PackNotice n;
  n.kind = PackNotice::Kind::Refused;
  n.file = in.file;
  if (!in.read_error.empty()) {
    n.problems.push_back({in.file, 0, 0, "", in.read_error});
  } else if (round_under_way() || workshop_.under_way()) {
    // Their rumours point into the library, which a new pack rebuilds.
    n.problems.push_back({in.file, 0, 0, "",
                          "finish the round or the workshop under way first, then load the pack"});
  } else {
    const PackStore before = pack_store_;
    // A spreadsheet loaded here names no licence: the pack says none was stated, never one we
    // pick. Its date of last check is the file's own date (the day its author last saved it).
    CsvImportOptions csv;
    csv.last_reviewed = in.file_date;
    csv.licence = std::string(unstated_licence);
    PackAdd added = pack_store_.add(in.text, in.file, current_year_, shipped_ids_, csv);
    n.problems = std::move(added.problems);
    n.id = added.id;
    if (added.unchanged) {
      n.kind = PackNotice::Kind::Unchanged;
      n.version = pack_store_.find(added.id)->version;
    } else if (added.added) {
      rebuild_library();
      if (!has_pack(added.id)) {
        // Checked with the other packs too (a scenario id another pack uses): then not kept.
        const auto& stored = pack_store_.packs();
        size_t at = static_cast<size_t>(
            std::find_if(stored.begin(), stored.end(),
                         [&](const StoredPack& p) { return p.id == added.id; }) -
            stored.begin());
        const auto& report = library_.reports().at(shipped_packs_.size() + at);
        n.problems.insert(n.problems.end(), report.problems.begin(), report.problems.end());
        pack_store_ = before;
        rebuild_library();
      } else {
        n.kind =
            added.replaced_version.empty() ? PackNotice::Kind::Added : PackNotice::Kind::Replaced;
        n.version = pack_store_.find(added.id)->version;
        n.replaced_version = added.replaced_version;
        effects_.packs_to_save = pack_store_.save();
      }
    }
  }
  const bool busy = round_under_way() || workshop_.under_way();
  if (!busy) {
    if (round_.phase() == Phase::Summary) round_.apply(action::Restart{});
    reopened_ = nullptr;
    refresh_problems();
    // Where the notice is, whichever screen the file was dropped on.
    if (!in.at_start) go_to(Screen::About);
  }
  pack_notice_ = std::move(n);
}

bool Session::remove_device_pack(const std::string& id) {
  if (round_under_way() || workshop_.under_way() || !pack_store_.remove(id)) return false;
  if (round_.phase() == Phase::Summary) round_.apply(action::Restart{});
  reopened_ = nullptr;
  rebuild_library();
  refresh_problems();
  setup_.packs.erase(id);
  auto& chosen = workshop_setup_.packs;
  chosen.erase(std::remove(chosen.begin(), chosen.end(), id), chosen.end());
  effects_.packs_to_save = pack_store_.save();
  pack_notice_ = {};
  pack_notice_.kind = PackNotice::Kind::Removed;
  pack_notice_.id = id;
  return true;
}

}  // namespace ar
