// The limits on a content file's raw text (json_scan.h): numbers too large for the game, texts
// too long, too many values. Each is one located problem from JsonDocument::parse, never a throw.
#include <catch2/catch.hpp>
#include <string>

#include "json_document.h"

using namespace ar;

namespace {

// The only problem of a document that failed, as "line:column message".
std::string only_problem(std::string_view text, JsonLimits limits = {}) {
  JsonDocument doc;
  REQUIRE_NOTHROW(doc = JsonDocument::parse(text, "test.json", limits));
  REQUIRE_FALSE(doc.ok());
  REQUIRE(doc.problems().size() == 1);
  const Problem& p = doc.problems()[0];
  return std::to_string(p.line) + ":" + std::to_string(p.column) + " " + p.message;
}

bool reads(std::string_view text, JsonLimits limits = {}) {
  JsonDocument doc;
  REQUIRE_NOTHROW(doc = JsonDocument::parse(text, "test.json", limits));
  return doc.ok();
}

const std::string too_large =
    "this number is too large: numbers in a content file lie between -9007199254740991 and "
    "9007199254740991";

}  // namespace

TEST_CASE("a number too large for a double is a located problem, not an exception") {
  // nlohmann throws out_of_range for these: the scan refuses them first, where they start.
  CHECK(only_problem("{\n  \"year\": 1e400\n}") == "2:11 " + too_large);
  CHECK(only_problem("[1, -1e400]") == "1:5 " + too_large);
  CHECK(only_problem("[1E+999]") == "1:2 " + too_large);
  CHECK(only_problem("[" + std::string(400, '9') + "]") == "1:2 " + too_large);
}

TEST_CASE("numbers up to 2^53 - 1 are read, and beyond it refused") {
  CHECK(reads("[9007199254740991, -9007199254740991, 1.5, 0, -0.25e3]"));
  CHECK(only_problem("[9007199254740992]") == "1:2 " + too_large);
  CHECK(only_problem("[18446744073709551616]") == "1:2 " + too_large);
  CHECK(only_problem("{\"a\": 1e16}") == "1:7 " + too_large);
}

TEST_CASE("a number too small to tell from zero is read (it is not too large)") {
  CHECK(reads("[1e-400, -1e-999]"));
}

TEST_CASE("numbers, brackets and commas inside texts are not counted") {
  CHECK(reads("{\"a\": \"1e400 [[[[ ,,,, \\\" 99999999999999999999\"}"));
  JsonLimits limits;
  limits.max_values = 3;
  CHECK(reads("{\"a\": \",,,,,,[[[[{{{\", \"b\": 1}", limits));
}

TEST_CASE("a text longer than the limit is refused where it starts") {
  std::string at_limit = "{\"a\": \"" + std::string(10000, 'x') + "\"}";
  CHECK(reads(at_limit));
  std::string over = "{\n \"a\": \"" + std::string(10001, 'x') + "\"}";
  CHECK(only_problem(over) ==
        "2:7 this text is longer than 10000 characters; no field of a content file holds that "
        "much");
}

TEST_CASE("the text limit counts characters, not bytes, and applies to field names too") {
  std::string accents;
  for (int i = 0; i < 10000; ++i) accents += "\xC3\xA9";  // é: 2 bytes, 1 character
  CHECK(reads("[\"" + accents + "\"]"));
  CHECK(only_problem("{\"" + std::string(10001, 'k') + "\": 1}").substr(0, 4) == "1:2 ");
}

TEST_CASE("a text's characters are counted right wherever its multi-byte ones fall") {
  // Texts are counted 8 bytes at a time: 2-, 3- and 4-byte characters at every place around those
  // blocks, in a text exactly at the limit (read) and one character over it (refused).
  JsonLimits limits;
  limits.max_text_chars = 20;
  for (std::string wide : {"\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"})
    for (size_t before = 0; before <= 18; ++before) {
      std::string at_limit = std::string(before, 'a') + wide + std::string(18 - before, 'b') + wide;
      INFO("ASCII before: " << before << ", bytes of the character: " << wide.size());
      CHECK(reads("[\"" + at_limit + "\"]", limits));
      CHECK(only_problem("[\"" + at_limit + "x\"]", limits).substr(0, 4) == "1:2 ");
    }
}

TEST_CASE("texts with escapes are counted the same way as texts without") {
  // An escape pair (\" or \\) is one character; the text ends at the first unescaped quote.
  JsonLimits limits;
  limits.max_text_chars = 6;
  CHECK(reads(R"({"a": "ab\"cd\\"})", limits));  // a b \" c d \\: 6 characters
  CHECK(reads(R"({"a": "\"\"\"", "b": "\\"})", limits));
  CHECK(reads(R"({"a": "é\"ééé\\"})", limits));
  CHECK(only_problem(R"({"a": "ab\"cd\\e"})", limits).substr(0, 4) == "1:7 ");
  CHECK(only_problem(R"({"a": "é\"éééé\\"})", limits).substr(0, 4) == "1:7 ");
  CHECK(only_problem(R"({"a": "abcdefg"})", limits).substr(0, 4) == "1:7 ");
  // A quote right after an escaped backslash ends the text: what follows is counted as JSON.
  limits.max_values = 2;
  CHECK(reads(R"({"a": "x\\", "b": 1})", limits));
  CHECK_FALSE(reads(R"({"a": "x\\", "b": [1, 2]})", limits));
}

TEST_CASE("a file with more values than the limit is refused where it passes it") {
  JsonLimits limits;
  limits.max_values = 4;
  CHECK(reads("[1, 2, 3, 4]", limits));
  CHECK(only_problem("[1, 2, 3, 4, 5]", limits) ==
        "1:12 the file holds more than 4 values (fields and list items); a content file never "
        "needs that many");
}

TEST_CASE("a million tiny values fit in 2 MB but are refused by their count, quickly") {
  std::string million = "[0";
  for (int i = 1; i < 1000000; ++i) million += ",0";
  million += "]";
  REQUIRE(million.size() < JsonLimits{}.max_bytes);
  CHECK(only_problem(million).find("the file holds more than 100000 values") != std::string::npos);
}

TEST_CASE("a 50 MB text is refused by the file size before anything reads it") {
  std::string huge = "{\"a\": \"" + std::string(50 * 1024 * 1024, 'x') + "\"}";
  CHECK(only_problem(huge) ==
        "0:0 the file is too large (52428809 bytes; the limit is 2097152 bytes)");
}
