#include "library.h"

#include "json_document.h"

#include <algorithm>
#include <map>

namespace ar {

Library Library::load(const std::vector<ContentFile>& files, int current_year) {
  Library lib;
  // Who holds each id, so a clash names the other pack and its file. A scenario's holder is found
  // in the index itself, filled as each pack is taken, not in a second map of every id holding
  // copies of its pack's id and file name.
  std::map<std::string, std::string> pack_files;  // pack id -> file
  std::vector<const std::string*> file_of_pack;   // by position in packs_
  for (const auto& f : files) {
    PackLoadResult r = load_pack(f.text, f.name, current_year);
    PackReport report{f.name, false, r.problems};
    if (r.pack) {
      // Ids must be unique across packs too: saves and links name scenarios by id alone.
      std::vector<Problem> clashes;
      auto clash = [&](const std::string& path, const std::string& message) {
        // Rare, so the file is parsed again only here, for the line and column.
        TextPosition pos = JsonDocument::parse(f.text, f.name).position_of(path);
        clashes.push_back({f.name, pos.line, pos.column, path, message});
      };
      if (auto it = pack_files.find(r.pack->info.id); it != pack_files.end())
        clash("$.pack.id",
              "another pack already uses the id \"" + r.pack->info.id + "\" (" + it->second + ")");
      for (size_t i = 0; i < r.pack->scenarios.size(); ++i) {
        const auto& s = r.pack->scenarios[i];
        if (auto it = lib.by_id_.find(s.id); it != lib.by_id_.end())
          clash(json_path_key(json_path_index("$.scenarios", i), "id"),
                "the scenario id \"" + s.id + "\" is already used by the pack \"" +
                    lib.packs_[it->second.first].info.id + "\" (" +
                    *file_of_pack[it->second.first] + ")");
      }
      if (clashes.empty()) {
        pack_files[r.pack->info.id] = f.name;
        // By id, for find(): positions rather than pointers, so a copied library stays right.
        const size_t p = lib.packs_.size();
        // A copy, not a move: the pack's texts were allocated between the nodes of its parsed
        // document, which is gone now. The copy fills the document's holes and the original's
        // texts free the rest, so the heap does not fragment pack after pack. Moving them, glibc's
        // malloc spent about a quarter of a 100,000-scenario load searching its free lists: 11.2 s
        // against 8.8 with the copy (docs/performance.md, the content budget).
        lib.packs_.push_back(*r.pack);
        r.pack.reset();
        file_of_pack.push_back(&f.name);
        for (size_t i = 0; i < lib.packs_[p].scenarios.size(); ++i)
          lib.by_id_.emplace(lib.packs_[p].scenarios[i].id, std::make_pair(p, i));
        report.loaded = true;
        report.pack_id = lib.packs_.back().info.id;
      } else {
        report.problems.insert(report.problems.end(), clashes.begin(), clashes.end());
      }
    }
    lib.reports_.push_back(std::move(report));
  }
  return lib;
}

bool Library::has_problems() const {
  return std::any_of(reports_.begin(), reports_.end(),
                     [](const PackReport& r) { return !r.problems.empty(); });
}

std::vector<const Scenario*> Library::scenarios() const {
  std::vector<const Scenario*> all;
  for (const auto& p : packs_)
    for (const auto& s : p.scenarios) all.push_back(&s);
  return all;
}

const Scenario* Library::find(const std::string& scenario_id) const {
  auto it = by_id_.find(scenario_id);
  return it == by_id_.end() ? nullptr : &packs_[it->second.first].scenarios[it->second.second];
}

std::vector<std::string> Library::languages() const {
  std::vector<std::string> langs;
  for (const auto& p : packs_)
    for (const auto& l : p.info.languages)
      if (std::find(langs.begin(), langs.end(), l) == langs.end()) langs.push_back(l);
  return langs;
}

}  // namespace ar
