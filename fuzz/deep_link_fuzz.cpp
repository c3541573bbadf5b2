// Any bytes as a shared link (the address's query, a newline, then its "#" part): never a throw or
// a crash; nothing malformed is taken (a practice id is a plain word, a round's choices are in
// range, the language is one the game has); following the link leaves a session that works; and
// the address the game gives each screen reads back with nothing ignored.
#include <algorithm>

#include "deep_link.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text = ar::fuzz::bytes(data, size);
  size_t newline = text.find('\n');
  std::string_view search = text.substr(0, newline);
  std::string_view hash = newline == std::string_view::npos ? std::string_view{}
                                                             : text.substr(newline + 1);
  ar::DeepLink link = ar::parse_deep_link(search, hash);
  const auto& langs = ar::supported_languages();
  FUZZ_CHECK(link.language.empty() ||
             std::find(langs.begin(), langs.end(), link.language) != langs.end());
  FUZZ_CHECK(link.practice_id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_") ==
             std::string::npos);
  FUZZ_CHECK(!link.seed || *link.seed > 0);
  if (link.choices) {
    FUZZ_CHECK(link.choices->rumour_count >= ar::SetupChoices::min_rumours);
    FUZZ_CHECK(link.choices->rumour_count <= ar::SetupChoices::max_rumours);
    for (const auto& t : link.choices->topics) FUZZ_CHECK(ar::is_rumour_topic(t));
  }
  ar::SessionContent content;
  content.current_year = 2026;
  ar::Session session(std::move(content));
  for (const auto& a : ar::actions_for(link, session)) session.apply(a);
  ar::DeepLink back = ar::parse_deep_link("", ar::link_for(session));
  FUZZ_CHECK(back.ignored.empty());
  return 0;
}
