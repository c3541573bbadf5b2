#include "device_data.h"

#include "content_reader.h"
#include "json_document.h"
#include "pack_draft.h"
#include "pack_store.h"
#include "save_format.h"
#include "workshop_save.h"

namespace ar {

std::string write_device_data(const DeviceData& data) {
  nlohmann::json j = new_save(save_kinds::device_data);
  j["exported"] = data.exported;
  j["saves"] = nlohmann::json::object();
  if (data.progress) j["saves"]["progress"] = nlohmann::json::parse(save_progress(*data.progress));
  return j.dump(1);
}

std::string too_large_for_device_data(size_t bytes) {
  return "the file is too large (" + std::to_string(bytes) + " bytes; the limit is " +
         std::to_string(device_data_max_bytes) + " bytes)";
}

std::vector<Problem> check_save(std::string_view name, std::string_view text,
                                const std::string& file) {
  if (name == save_kinds::progress.name) return load_progress(text, file).problems;
  if (name == save_kinds::workshop.name) return check_workshop_save(text, file);
  if (name == save_kinds::packs.name) return load_pack_store(text, file).problems;
  // The year only matters to the draft's own checks, not to whether the save can be read.
  if (name == save_kinds::draft.name) return read_draft_save(text, file, 9999).problems;
  return {{file, 0, 0, "$",
           "this version of the game keeps no save named \"" + std::string(name) + "\""}};
}

namespace {

// One entry of "saves": taken when its own reader finds nothing wrong with it.
void read_entry(ContentReader& r, std::vector<Problem>& problems, const std::string& name,
                const nlohmann::json& entry, const std::string& at, DeviceData& out) {
  if (!is_save_name(name)) {
    r.problem(at, "\"" + name +
                      "\" is not a save's name (lowercase letters, digits and '-'): not loaded");
    return;
  }
  if (!r.is_object(entry, at, "a save")) return;
  std::string kind_at;
  const auto* kind = r.member_of_kind(entry, at, "kind", true, &nlohmann::json::is_string,
                                      "a word saying what the save holds", kind_at);
  if (!kind) return;
  const std::string k = kind->get<std::string>();
  if (k != save_kinds::progress.name) {
    r.problem(kind_at,
              "this version of the game does not know saves of the kind \"" + k + "\"" +
                  " (skipped; a newer version may read it)",
              Problem::Severity::Warning);
    return;
  }
  if (name != save_kinds::progress.name) {
    r.problem(at, "a progress save is named \"progress\", not \"" + name + "\": not loaded");
    return;
  }
  // The same limit as the progress file on a device.
  if (size_t bytes = entry.dump().size(); bytes > 256 * 1024) {
    r.problem(at, "this progress is too large (" + std::to_string(bytes) +
                      " bytes; a progress save is at most 262144 bytes): not loaded");
    return;
  }
  const size_t before = problems.size();
  std::optional<Progress> p = read_progress(r, entry, at);
  if (p && problems.size() == before) out.progress = std::move(p);
}

}  // namespace

DeviceDataRead read_device_data(std::string_view text, const std::string& file) {
  DeviceDataRead result;
  // Two levels more than a save on its own: the file, and "saves".
  JsonDocument doc = JsonDocument::parse(text, file, {device_data_max_bytes, 10});
  result.problems = doc.problems();
  if (!doc.ok()) return result;
  ContentReader r(doc, result.problems);
  const auto& root = doc.root();
  if (!r.is_object(root, "$", "a file of a device's data")) return result;
  if (!read_save_header(r, root, save_kinds::device_data)) return result;
  if (const auto* day = r.member(root, "$", "exported", false);
      day && !(day->is_string() && is_iso_date(day->get<std::string>())))
    r.problem(json_path_key("$", "exported"),
              "expected the day it was saved (YYYY-MM-DD), found " + describe_json(*day),
              Problem::Severity::Warning);
  else if (day)
    result.data.exported = day->get<std::string>();
  std::string saves_at;
  const auto* saves = r.member_of_kind(root, "$", "saves", true, &nlohmann::json::is_object,
                                       "the saves (a group of fields in { })", saves_at);
  if (!saves || !r.at_most(*saves, saves_at, device_data_max_saves, "saves")) return result;
  for (const auto& [name, entry] : saves->items())
    read_entry(r, result.problems, name, entry, json_path_key(saves_at, name), result.data);
  return result;
}

}  // namespace ar
