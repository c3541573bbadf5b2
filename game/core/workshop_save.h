#pragma once
// A workshop in progress, saved after every step so a reload, a closed tab or a crashed app resumes
// where it was (save kind "workshop", docs/save-format.md). Rumours are saved by id and checked
// against the content on the way back: a save whose rumours are gone is reported, never half-used.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "problem.h"
#include "workshop.h"

namespace ar {

std::string save_workshop(const Workshop& w);

struct WorkshopLoadResult {
  std::optional<Workshop::Saved> saved;  // nothing: no session under way, or the save had problems
  std::vector<Problem> problems;         // not empty: the save could not be used
};
WorkshopLoadResult load_workshop(std::string_view text, const std::string& file,
                                 const Library& library);

// What can be checked without the content: that the text is a workshop save this version reads
// (for the browser's copy of a save not yet stored; the rumours are checked at the start).
std::vector<Problem> check_workshop_save(std::string_view text, const std::string& file);

}  // namespace ar
