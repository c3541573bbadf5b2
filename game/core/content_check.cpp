#include "content_check.h"

#include "json_document.h"
#include "pack_loader.h"
#include "practices.h"
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
  }
  return problems;
}

}  // namespace ar
