#include "pack_store.h"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "content_reader.h"
#include "json_document.h"
#include "pack_loader.h"
#include "save_format.h"

namespace ar {

using nlohmann::json;

bool is_csv_name(std::string_view file) {
  if (file.size() < 4) return false;
  std::string end(file.substr(file.size() - 4));
  std::transform(end.begin(), end.end(), end.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return end == ".csv";
}

const StoredPack* PackStore::find(const std::string& id) const {
  auto it =
      std::find_if(packs_.begin(), packs_.end(), [&](const StoredPack& p) { return p.id == id; });
  return it == packs_.end() ? nullptr : &*it;
}

PackAdd PackStore::add(std::string_view text, const std::string& file, int current_year,
                       const std::vector<std::string>& shipped, const CsvImportOptions& csv) {
  PackAdd out;
  // Refused: the reason is one more located problem, after the pack's own.
  auto refuse = [&](const std::string& text_of_pack, const std::string& path,
                    const std::string& why) {
    TextPosition pos{0, 0};
    if (!path.empty()) pos = JsonDocument::parse(text_of_pack, file).position_of(path);
    out.problems.push_back({file, pos.line, pos.column, path, why});
    out.message = "\"" + file + "\" was not loaded: " + why;
    return out;
  };
  if (text.size() > max_pack_bytes)
    return refuse("", "",
                  "the file is too large (" + std::to_string(text.size()) +
                      " bytes; the limit is " + std::to_string(max_pack_bytes) + " bytes)");
  std::string pack_text(text);
  if (is_csv_name(file)) {
    CsvImport imported = import_scenarios_csv(text, file, current_year, csv);
    out.problems = std::move(imported.problems);
    if (imported.pack_json.empty()) {
      out.message = "\"" + file + "\" was not loaded: the spreadsheet has problems";
      return out;
    }
    pack_text = std::move(imported.pack_json);
  }
  PackLoadResult loaded = load_pack(pack_text, file, current_year);
  out.problems.insert(out.problems.end(), loaded.problems.begin(), loaded.problems.end());
  if (!loaded.pack) {
    out.message = "\"" + file + "\" was not loaded: the pack has problems";
    return out;
  }
  const std::string& id = loaded.pack->info.id;
  const std::string& version = loaded.pack->info.version;
  out.id = id;
  if (std::find(shipped.begin(), shipped.end(), id) != shipped.end())
    return refuse(
        pack_text, "$.pack.id",
        "the game already ships a pack with the id \"" + id + "\": give yours an id of its own");
  StoredPack entry{id, version, file, std::move(pack_text)};
  auto it =
      std::find_if(packs_.begin(), packs_.end(), [&](const StoredPack& p) { return p.id == id; });
  if (it != packs_.end() && it->text == entry.text) {
    out.unchanged = true;
    out.message = "the pack \"" + id + "\" version " + version + " is already on this device";
  } else if (it != packs_.end()) {
    out.replaced_version = it->version;
    out.message = "the pack \"" + id + "\" version " + version + " replaced version " +
                  it->version + " on this device";
    *it = std::move(entry);
  } else {
    if (packs_.size() >= max_packs)
      return refuse(
          "", "",
          "this device already keeps " + std::to_string(max_packs) + " packs: remove one first");
    out.message = "the pack \"" + id + "\" version " + version + " was loaded on this device";
    packs_.push_back(std::move(entry));
  }
  out.added = true;
  return out;
}

bool PackStore::remove(const std::string& id) {
  auto it =
      std::find_if(packs_.begin(), packs_.end(), [&](const StoredPack& p) { return p.id == id; });
  if (it == packs_.end()) return false;
  packs_.erase(it);
  return true;
}

std::string PackStore::save() const {
  json out = new_save(save_kinds::packs);
  json list = json::array();
  for (const StoredPack& p : packs_)
    list.push_back({{"id", p.id}, {"version", p.version}, {"file", p.file}, {"text", p.text}});
  out["packs"] = std::move(list);
  return out.dump(1);
}

PackStoreLoad load_pack_store(std::string_view text, const std::string& file) {
  PackStoreLoad result;
  // A pack's whole text is one string of the save: longer texts than other saves allow.
  JsonLimits limits;
  limits.max_bytes = PackStore::max_packs * (PackStore::max_pack_bytes + 1024);
  limits.max_depth = 8;
  limits.max_text_chars = PackStore::max_pack_bytes;
  JsonDocument doc = JsonDocument::parse(text, file, limits);
  result.problems = doc.problems();
  if (!doc.ok()) return result;
  ContentReader r(doc, result.problems);
  const json& root = doc.root();
  if (!r.is_object(root, "$", "the packs saved on this device") ||
      !read_save_header(r, root, save_kinds::packs, "$"))
    return result;
  std::string list_at;
  const json* list =
      r.member_of_kind(root, "$", "packs", true, &json::is_array, "a list of packs", list_at);
  if (!list || !r.at_most(*list, list_at, PackStore::max_packs, "packs")) return result;
  // Each entry on its own: a damaged one is reported and left out, the others still load.
  for (size_t i = 0; i < list->size(); ++i) {
    const json& v = (*list)[i];
    const std::string at = json_path_index(list_at, i);
    if (!r.is_object(v, at, "a saved pack")) continue;
    auto id = r.text(v, at, "id", true, 200);
    auto version = r.text(v, at, "version", true, 40);
    auto name = r.text(v, at, "file", true, 300);
    auto pack = r.text(v, at, "text", true, PackStore::max_pack_bytes);
    if (!id || !version || !name || !pack) continue;
    if (result.store.find(*id)) {
      r.problem(json_path_key(at, "id"), "the pack \"" + *id + "\" is saved twice: the first kept");
      continue;
    }
    result.store.packs_.push_back({*id, *version, *name, *pack});
  }
  return result;
}

}  // namespace ar
