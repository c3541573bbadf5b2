// The interface strings: the language asked for, else English, else the key itself, always owned
// by the table (a key built on the fly must not leave a dangling reference behind).
#include <catch2/catch.hpp>
#include <string>

#include "ui_strings.h"

using namespace ar;

namespace {
UiStrings small_table() {
  std::vector<Problem> problems;
  UiStrings s = UiStrings::load(R"({"format": 1, "languages": ["es", "en"], "strings": {
      "play.start": {"es": "Empezar", "en": "Start"},
      "play.score": {"es": "{0} de {1}", "en": "{0} of {1}"}}})",
                                "ui-strings.json", problems);
  for (const auto& p : problems) FAIL_CHECK(format_problem(p));
  return s;
}
}  // namespace

TEST_CASE("a string in the language asked for, else English, else its key", "[strings]") {
  UiStrings s = small_table();
  CHECK(s.get("play.start", "es") == "Empezar");
  CHECK(s.get("play.start", "eu") == "Start");
  CHECK(s.get("no.such.key", "es") == "no.such.key");
  CHECK(s.format("play.score", "es", {"3", "5"}) == "3 de 5");
  CHECK(s.format("play.score", "en", {"{1}", "x"}) == "{1} of x");  // arguments are not re-read
  CHECK(s.format("play.score", "en", {"3"}) == "3 of {1}");         // no argument: left visible
}

TEST_CASE("a missing key's fallback belongs to the table, not to the argument", "[strings]") {
  UiStrings s = small_table();
  std::string key = "topic.unknown";
  const std::string& text = s.get(key, "en");
  CHECK(&text != &key);  // the old get() returned its argument
  key = "changed";
  CHECK(text == "topic.unknown");
  // The usual way to dangle: a key built in the call.
  std::string topic = "weather";
  const std::string& built = s.get("topic." + topic, "es");
  std::string other(64, 'x');  // reuse the stack and heap a temporary would have used
  CHECK(built == "topic.weather");
  CHECK(&s.get("topic." + topic, "es") == &built);  // asked again: the same stored copy
  CHECK(s.missing_keys() == std::set<std::string>{"topic.unknown", "topic.weather"});
  CHECK(&s.get("play.start", "en") != &built);
}

TEST_CASE("a count of one takes the key's .one form where the table has it", "[strings]") {
  std::vector<Problem> problems;
  UiStrings s = UiStrings::load(R"({"format": 1, "languages": ["es", "en"], "strings": {
      "found": {"es": "{0} rumores", "en": "{0} rumours"},
      "found.one": {"es": "{0} rumor", "en": "{0} rumour"},
      "left": {"es": "quedan {0}", "en": "{0} left"}}})",
                                "ui-strings.json", problems);
  for (const auto& p : problems) FAIL_CHECK(format_problem(p));
  CHECK(s.format_count("found", "en", 1, {"1"}) == "1 rumour");
  CHECK(s.format_count("found", "es", 1, {"1"}) == "1 rumor");
  CHECK(s.format_count("found", "en", 0, {"0"}) == "0 rumours");
  CHECK(s.format_count("found", "es", 2, {"2"}) == "2 rumores");
  CHECK(s.format_count("found", "en", 11, {"11"}) == "11 rumours");
  CHECK(s.format_count("left", "en", 1, {"1"}) == "1 left");  // no .one form: the key itself
  CHECK(s.missing_keys().empty());  // asking for the absent .one form is not a missing string
}

TEST_CASE("Basque \"{1}etik\" takes the ending the number is spoken with: 3tik, 5etik",
          "[strings]") {
  std::vector<Problem> problems;
  UiStrings s = UiStrings::load(R"({"format": 1, "languages": ["eu", "en"], "strings": {
      "of": {"eu": "{0}. zurrumurrua, {1}etik", "en": "rumour {0} of {1}"}}})",
                                "ui-strings.json", problems);
  for (const auto& p : problems) FAIL_CHECK(format_problem(p));
  // bat 1, bost 5, hamar 10, hamabost 15, hogeita bat 21, ehun 100 end in a consonant: -etik.
  for (const char* n : {"1", "5", "10", "15", "21", "25", "30", "35", "100", "1900"})
    CHECK(s.format("of", "eu", {"2", n}) == std::string("2. zurrumurrua, ") + n + "etik");
  // bi, hiru, lau, sei, zazpi, zortzi, bederatzi, hogei, berrogei, bi mila: -tik.
  for (const char* n : {"2", "3", "4", "6", "7", "8", "9", "12", "20", "40", "2000", "2014"})
    CHECK(s.format("of", "eu", {"2", n}) == std::string("2. zurrumurrua, ") + n + "tik");
  CHECK(s.format("of", "eu", {"2", "x"}) == "2. zurrumurrua, xetik");  // not a number: as written
  CHECK(s.format("of", "en", {"2", "3"}) == "rumour 2 of 3");
}
