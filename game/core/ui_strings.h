#pragma once
// The words of the interface in each language, read from content/ui-strings.json so translators
// work in the same kind of file as scenario authors.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "local_text.h"
#include "problem.h"

namespace ar {

// Whether the Basque word for n ends in a consonant (bat 1, bost 5, hamar 10, hamabost 15, ehun
// 100): the ablative is then "-etik" (5etik), else "-tik" (3tik, 20tik).
bool basque_ends_in_consonant(long long n);

class UiStrings {
 public:
  static UiStrings load(std::string_view text, const std::string& file,
                        std::vector<Problem>& problems);

  // The text for `key` in `lang`, else English, else the key itself (visible, never blank). The
  // reference is into this table, never to `key`: it stays valid while the table lives, even when
  // `key` was a temporary.
  const std::string& get(const std::string& key, const std::string& lang) const;
  // get() with {0}, {1} … replaced by the arguments.
  std::string format(const std::string& key, const std::string& lang,
                     const std::vector<std::string>& args) const;
  // format() for a sentence about `n` things: the key `key + ".one"` when n is 1 and the table has
  // it ("1 rumour"), else `key` ("3 rumours"). The arguments are passed as they are: the count is
  // one of them where the sentence shows it.
  std::string format_count(const std::string& key, const std::string& lang, long long n,
                           const std::vector<std::string>& args) const;
  bool has(const std::string& key) const { return table_.count(key) != 0; }
  const std::vector<std::string>& languages() const { return languages_; }
  const ReviewByLanguage& review() const { return review_; }
  std::vector<std::string> keys() const;
  // Keys that get() was asked for and the table lacks: a missing translation, for tests to catch.
  const std::set<std::string>& missing_keys() const { return missing_keys_; }

 private:
  std::vector<std::string> languages_;
  ReviewByLanguage review_;
  std::map<std::string, LocalText> table_;
  // get()'s own copies of missing keys, so the fallback it returns is owned here.
  mutable std::set<std::string> missing_keys_;
};

}  // namespace ar
