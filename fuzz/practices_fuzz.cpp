// Any bytes as the practice catalogue: never a throw or a crash. A catalogue that loads can be
// browsed: each practice is found by its id and shown when filtering by its own country and city,
// and every count beside a filter says how many that choice shows. The bytes are also searched
// for, as a typed query.
#include <algorithm>

#include "fuzz_check.h"
#include "practices.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string file = "practices.json";
  std::string_view text = ar::fuzz::bytes(data, size);
  std::vector<ar::Problem> problems;
  ar::PracticeCatalogue c = ar::PracticeCatalogue::load(text, file, problems);
  ar::fuzz::check_problems(problems, file);
  FUZZ_CHECK(c.all().empty() || !ar::has_errors(problems));
  ar::PracticeFilter query;
  query.query = std::string(text.substr(0, 200));
  ar::PracticeBrowse searched = c.browse(query, "eu");
  for (const auto& [country, n] : searched.country_counts) {
    ar::PracticeFilter by = query;
    by.country = country;
    FUZZ_CHECK(c.browse(by, "eu").shown.size() == static_cast<size_t>(n));
  }
  for (const ar::Practice& p : c.all()) {
    FUZZ_CHECK(c.find(p.id) != nullptr);
    ar::PracticeFilter f;
    f.country = p.country;
    f.city = p.cities.front();
    auto shown = c.browse(f, "en").shown;
    FUZZ_CHECK(std::find(shown.begin(), shown.end(), &p) != shown.end());
  }
  c.year_range(2026);
  ar::parse_years(std::string(text.substr(0, 200)));
  return 0;
}
