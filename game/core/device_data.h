#pragma once
// Everything a device holds, in one file, so nothing is trapped in one browser or one computer:
// exported to a file, imported on another device (docs/save-format.md, "Device data").
//   {"format": 1, "kind": "device-data", "exported": "2026-12-02",
//    "saves": {"progress": { ...the progress save... }}}
// Each entry of "saves" is a whole save, read by its own kind's reader; later kinds (device packs,
// drafts, workshop sessions) are more entries. An entry this version does not know is reported
// and skipped, never fatal to the rest.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "problem.h"
#include "progress.h"

namespace ar {

struct DeviceData {
  std::string exported;  // the day it was written, YYYY-MM-DD
  std::optional<Progress> progress;
  bool empty() const { return !progress; }
};

// Generous for progress (256 KB at most), room for the kinds to come; a larger file is refused
// before it is read.
inline constexpr size_t device_data_max_bytes = 1024 * 1024;
inline constexpr size_t device_data_max_saves = 64;

std::string write_device_data(const DeviceData& data);

struct DeviceDataRead {
  DeviceData data;  // the entries that were read whole; an entry with an error is left out
  std::vector<Problem> problems;  // errors (entries not taken), warnings (entries skipped)
};
DeviceDataRead read_device_data(std::string_view text, const std::string& file);

// A save on its own (a device's <name>.json): what its kind's reader finds wrong with it. A name
// this version does not know is a problem too: such a text is kept aside, never taken on trust.
std::vector<Problem> check_save(std::string_view name, std::string_view text,
                                const std::string& file);

// "the file is too large (N bytes; the limit is M bytes)", for a platform that stops reading early.
std::string too_large_for_device_data(size_t bytes);

}  // namespace ar
