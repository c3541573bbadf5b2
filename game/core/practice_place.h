#pragma once
// The line under a practice's title in the player's language: "España · Bilbao · Desde 2014".
// Country names and year phrases come from content/ui-strings.json; a country or phrase the
// table lacks is shown as the catalogue writes it (English), never blank.
#include <string>

#include "practices.h"
#include "ui_strings.h"

namespace ar {

// "United Kingdom" -> "country.united_kingdom".
std::string country_key(const std::string& country);
std::string country_name(const UiStrings& strings, const std::string& country,
                         const std::string& lang);
// A year in Basque with the ablative ending ("from"): 2014tik, 2015etik. The ending follows the
// last word of the number as it is spoken: -etik after a consonant (bat 1, bost 5, hamar 10,
// hamabost 15, ehun 100 and the tens read "…ta hamar"), -tik after a vowel.
std::string basque_ablative(int year);
std::string year_phrase(const UiStrings& strings, const Practice& p, const std::string& lang);
// Country · cities · years.
std::string place_line(const UiStrings& strings, const Practice& p, const std::string& lang);
// The title in the player's language where the catalogue has it, else the original.
const std::string& display_title(const Practice& p, const std::string& lang);

}  // namespace ar
