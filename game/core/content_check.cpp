#include "content_check.h"

#include <algorithm>
#include <optional>

#include "content_reader.h"
#include "json_document.h"
#include "pack_loader.h"
#include "ui_strings.h"

namespace ar {

std::vector<Problem> check_content_file(std::string_view text, const std::string& file,
                                        int current_year) {
  std::vector<Problem> problems;
  // The kind of file: by its main field, or by its name when that field is missing.
  auto named = [&](const std::string& end) {
    return file.size() >= end.size() &&
           file.compare(file.size() - end.size(), end.size(), end) == 0;
  };
  JsonDocument doc = JsonDocument::parse(text, file);
  bool object = doc.ok() && doc.root().is_object();
  bool is_pack = object && doc.root().contains("scenarios");
  if (!is_pack && ((object && doc.root().contains("practices")) || named("practices.json"))) {
    PracticeCatalogue::load(text, file, problems);
  } else if (!is_pack && ((object && doc.root().contains("strings")) || named("ui-strings.json"))) {
    UiStrings::load(text, file, problems);
  } else {
    problems = load_pack(text, file, current_year).problems;
    name_scenarios(problems, text, file);
  }
  return problems;
}

std::vector<Problem> check_content_folder(const ContentFolder& folder) {
  std::vector<Problem> problems = folder.read_problems;
  auto unread = [&](const std::string& file) {
    return std::any_of(folder.read_problems.begin(), folder.read_problems.end(),
                       [&](const Problem& p) { return p.file == file; });
  };
  Library library = Library::load(folder.packs, folder.current_year);
  for (size_t i = 0; i < library.reports().size(); ++i) {
    std::vector<Problem> found = library.reports()[i].problems;
    name_scenarios(found, folder.packs[i].text, folder.packs[i].name);
    problems.insert(problems.end(), found.begin(), found.end());
  }
  if (!unread("ui-strings.json")) UiStrings::load(folder.ui_strings, "ui-strings.json", problems);
  if (!unread("practices.json")) {
    std::vector<Problem> catalogue_problems;
    PracticeCatalogue catalogue =
        PracticeCatalogue::load(folder.practices, "practices.json", catalogue_problems);
    problems.insert(problems.end(), catalogue_problems.begin(), catalogue_problems.end());
    // A broken catalogue would make every link look unknown: its own problems come first.
    if (!has_errors(catalogue_problems)) {
      std::vector<Problem> links = unknown_practice_links(library, folder.packs, catalogue);
      problems.insert(problems.end(), links.begin(), links.end());
    }
  }
  return problems;
}

std::vector<Problem> unknown_practice_links(const Library& library,
                                            const std::vector<ContentFile>& packs,
                                            const PracticeCatalogue& catalogue) {
  std::vector<Problem> problems;
  std::vector<std::string> known;
  for (const auto& p : catalogue.all()) known.push_back(p.id);
  // The library keeps the packs that loaded, in the order of their files.
  size_t loaded = 0;
  for (size_t f = 0; f < library.reports().size() && f < packs.size(); ++f) {
    if (!library.reports()[f].loaded) continue;
    const Pack& pack = library.packs()[loaded++];
    std::optional<JsonDocument> doc;  // parsed only when a link is unknown, for the position
    for (size_t i = 0; i < pack.scenarios.size(); ++i)
      for (size_t k = 0; k < pack.scenarios[i].practices.size(); ++k) {
        const std::string& id = pack.scenarios[i].practices[k];
        if (catalogue.find(id)) continue;
        if (!doc) doc = JsonDocument::parse(packs[f].text, packs[f].name);
        std::string path =
            json_path_index(json_path_key(json_path_index("$.scenarios", i), "practices"), k);
        TextPosition pos = doc->position_of(path);
        Problem p{packs[f].name,
                  pos.line,
                  pos.column,
                  path,
                  "the practice catalogue has no practice \"" + id + "\"" +
                      ContentReader::close_to(id, known) + ": the game shows no link for it",
                  Problem::Severity::Warning};
        problems.push_back(std::move(p));
      }
    name_scenarios(problems, packs[f].text, packs[f].name);
  }
  return problems;
}

void name_scenarios(std::vector<Problem>& problems, std::string_view text,
                    const std::string& file) {
  const std::string prefix = "$.scenarios[";
  std::optional<JsonDocument> doc;       // parsed only when a problem is about a scenario
  const nlohmann::json* list = nullptr;  // its scenarios, when they are a list
  for (auto& p : problems) {
    if (p.file != file || p.path.rfind(prefix, 0) != 0 ||
        p.path.find(" (scenario ") != std::string::npos)
      continue;
    size_t close = p.path.find(']');
    if (close == std::string::npos) continue;
    std::string digits = p.path.substr(prefix.size(), close - prefix.size());
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos ||
        digits.size() > 6)
      continue;
    size_t index = std::stoul(digits);
    if (!doc) {
      doc = JsonDocument::parse(text, file);
      // The list itself, found once: json::value() would copy it for every problem (a pack with
      // 200 warnings took seconds to check).
      if (doc->ok() && doc->root().is_object()) {
        auto found = doc->root().find("scenarios");
        if (found != doc->root().end() && found->is_array()) list = &*found;
      }
    }
    std::string name = " (scenario " + std::to_string(index + 1);
    if (list && index < list->size() && (*list)[index].is_object()) {
      const auto& scenario = (*list)[index];
      auto id = scenario.find("id");
      if (id != scenario.end() && id->is_string() && !id->get<std::string>().empty())
        name += " \"" + id->get<std::string>() + "\"";
    }
    p.path += name + ")";
  }
}

}  // namespace ar
