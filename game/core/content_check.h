#pragma once
// Checks any content file the game reads (scenario pack, practice catalogue, interface strings),
// telling them apart by their top-level fields, and a whole content folder as the game loads it.
// Used by `antirumour --validate`.
#include <string>
#include <string_view>
#include <vector>

#include "library.h"
#include "practices.h"
#include "problem.h"

namespace ar {

std::vector<Problem> check_content_file(std::string_view text, const std::string& file,
                                        int current_year);

// What a content folder holds, as the platform read it (platform::read_content).
struct ContentFolder {
  std::vector<ContentFile> packs;  // named "packs/x.json"
  std::string ui_strings, practices;
  std::vector<Problem> read_problems;  // files that are missing or cannot be read
  int current_year = 0;
};

// Every pack on its own, then the ids across packs (as the game's Library does), the practice
// catalogue, the interface strings and the practices the scenarios link to. A file already in
// `read_problems` is not checked again.
std::vector<Problem> check_content_folder(const ContentFolder& folder);

// A warning for each practice a loaded scenario names that the catalogue lacks: the game shows no
// link for it. `packs` are the files `library` was loaded from, for the line and column.
std::vector<Problem> unknown_practice_links(const Library& library,
                                            const std::vector<ContentFile>& packs,
                                            const PracticeCatalogue& catalogue);

// "$.scenarios[3].rumour" -> "$.scenarios[3].rumour (scenario 4 \"health-waiting-room\")": a
// facilitator finds a scenario by its number and id faster than by a JSON path. `text` is the
// file the problems are about; problems of other files are left as they are.
void name_scenarios(std::vector<Problem>& problems, std::string_view text, const std::string& file);

}  // namespace ar
