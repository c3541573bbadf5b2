#pragma once
// A text in several languages, as content files hold it: {"en": "...", "es": "...", "eu": "..."}.
#include <map>
#include <string>
#include <vector>

namespace ar {

// Languages the game ships UI strings for. Content may add more; these are the ones a player can
// pick.
inline const std::vector<std::string>& supported_languages() {
  static const std::vector<std::string> langs{"es", "eu", "en"};
  return langs;
}

struct LocalText {
  std::map<std::string, std::string> by_language;

  bool empty() const { return by_language.empty(); }
  bool has(const std::string& lang) const { return by_language.count(lang) != 0; }
  // The text in `lang`, else English, else any language: a player never sees a blank.
  const std::string& in(const std::string& lang) const;
  bool operator==(const LocalText&) const = default;
};

// `text` between the quotation marks `lang` uses: «…» in Spanish, Basque and the other Romance
// languages of the programme's cities, “…” in English and elsewhere.
std::string quoted(const std::string& text, const std::string& lang);

// How far a language of a content file has been checked by a native speaker.
enum class ReviewStatus { Draft, Reviewed };

using ReviewByLanguage = std::map<std::string, ReviewStatus>;

// A language no one marked is a draft: the notice stays until a native speaker has read it.
inline bool is_reviewed(const ReviewByLanguage& review, const std::string& lang) {
  auto it = review.find(lang);
  return it != review.end() && it->second == ReviewStatus::Reviewed;
}

}  // namespace ar
