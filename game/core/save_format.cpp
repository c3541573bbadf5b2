#include "save_format.h"

namespace ar {

bool is_save_name(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

nlohmann::json new_save(const SaveKind& kind) {
  nlohmann::json j;
  j["format"] = kind.format;
  j["kind"] = kind.name;
  return j;
}

bool read_save_header(ContentReader& r, const nlohmann::json& root, const SaveKind& kind,
                      const std::string& save_at) {
  const nlohmann::json* format = r.member(root, save_at, "format", true);
  if (!format) return false;
  const std::string at = json_path_key(save_at, "format");
  if (!format->is_number_integer()) {
    r.expected(at, "a whole number (the save's format)", *format);
    return false;
  }
  const long long n = format->get<long long>();
  if (n > kind.format) {
    // Kept aside, not lost: the newer game that wrote it can still read it.
    r.problem(at, "this save was written by a newer version of the game (save format " +
                      std::to_string(n) + "; this version reads up to format " +
                      std::to_string(kind.format) + ")");
    return false;
  }
  if (n < 1) {
    r.problem(at, "there is no save format " + std::to_string(n) + " (formats start at 1)");
    return false;
  }
  if (const nlohmann::json* k = r.member(root, save_at, "kind", false)) {
    if (!k->is_string()) {
      r.expected(json_path_key(save_at, "kind"), "a word saying what the file holds", *k);
      return false;
    }
    if (k->get<std::string>() != kind.name) {
      r.problem(json_path_key(save_at, "kind"), "this is not a " + std::string(kind.name) +
                                                    " save: its kind is " + describe_json(*k));
      return false;
    }
  }
  return true;
}

}  // namespace ar
