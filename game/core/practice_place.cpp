#include "practice_place.h"

#include <cctype>

namespace ar {

std::string country_key(const std::string& country) {
  std::string key = "country.";
  for (char c : country)
    key += (c == ' ' || c == '-') ? '_'
                                  : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

std::string country_name(const UiStrings& strings, const std::string& country,
                         const std::string& lang) {
  std::string key = country_key(country);
  return strings.has(key) ? strings.get(key, lang) : country;
}

std::string basque_ablative(int year) {
  return std::to_string(year) + (basque_ends_in_consonant(year) ? "etik" : "tik");
}

std::string year_phrase(const UiStrings& strings, const Practice& p, const std::string& lang) {
  const YearPhrase& y = p.year_phrase;
  switch (y.kind) {
    case YearPhrase::Kind::None: return "";
    case YearPhrase::Kind::Year: return std::to_string(y.first);
    case YearPhrase::Kind::Range: return std::to_string(y.first) + "–" + std::to_string(y.last);
    case YearPhrase::Kind::Since:
      // {0} the year, {1} the Basque form with its ending: each language takes the one it needs.
      return strings.format("practices.since", lang,
                            {std::to_string(y.first), basque_ablative(y.first)});
    case YearPhrase::Kind::Ongoing: return strings.get("practices.ongoing", lang);
    case YearPhrase::Kind::AsWritten: break;
  }
  return p.years_text;
}

std::string place_line(const UiStrings& strings, const Practice& p, const std::string& lang) {
  std::string where = country_name(strings, p.country, lang);
  for (size_t c = 0; c < p.cities.size(); ++c) where += (c == 0 ? " · " : ", ") + p.cities[c];
  std::string years = year_phrase(strings, p, lang);
  if (!years.empty()) where += " · " + years;
  return where;
}

const std::string& display_title(const Practice& p, const std::string& lang) {
  return p.title_local.has(lang) ? p.title_local.in(lang) : p.title;
}

}  // namespace ar
