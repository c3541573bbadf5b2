#include "content_check.h"

#include "json_document.h"
#include "pack_loader.h"
#include "practices.h"
#include "ui_strings.h"

namespace ar {

std::vector<Problem> check_content_file(std::string_view text, const std::string& file,
                                        int current_year) {
  std::vector<Problem> problems;
  JsonDocument doc = JsonDocument::parse(text, file);
  if (doc.ok() && doc.root().is_object() && doc.root().contains("practices")) {
    PracticeCatalogue::load(text, file, problems);
  } else if (doc.ok() && doc.root().is_object() && doc.root().contains("strings")) {
    UiStrings::load(text, file, problems);
  } else {
    problems = load_pack(text, file, current_year).problems;
  }
  return problems;
}

}  // namespace ar
