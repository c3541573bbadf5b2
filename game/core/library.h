#pragma once
// Every scenario pack the game found, the ones that loaded and the problems of the ones that did
// not.
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pack_loader.h"

namespace ar {

struct ContentFile {
  std::string name;  // as shown in reports: "packs/work-and-welfare.json"
  std::string text;
};

struct PackReport {
  std::string file;
  bool loaded = false;
  std::vector<Problem> problems;
  std::string pack_id{};  // the pack this file gave (empty: it did not load)
};

class Library {
 public:
  // Loads each file on its own: a broken pack is skipped with its report, the others still load.
  static Library load(const std::vector<ContentFile>& files, int current_year);

  const std::vector<Pack>& packs() const { return packs_; }
  const std::vector<PackReport>& reports() const { return reports_; }
  bool has_problems() const;
  std::vector<const Scenario*> scenarios() const;
  const Scenario* find(const std::string& scenario_id) const;
  // Languages in which at least one pack is complete.
  std::vector<std::string> languages() const;

 private:
  std::vector<Pack> packs_;
  std::vector<PackReport> reports_;
  std::unordered_map<std::string, std::pair<size_t, size_t>> by_id_;  // id -> (pack, scenario)
};

}  // namespace ar
