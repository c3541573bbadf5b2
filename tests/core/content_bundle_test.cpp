// The web build's content file: the packs and practices read back as written, and a cut, damaged
// or foreign file reported with where and what, never guessed at.
#include <catch2/catch.hpp>

#include "content_bundle.h"

using namespace ar;

namespace {

const std::vector<ContentFile> files = {
    {"packs/jobs.json", "{\"pack\": \"jobs\"}\n"},
    {"packs/b.json", "{\n  \"two\": \"lines\"\n}"},
    {"practices.json", "{\"practices\": [\"ñ\"]}"},
};

}  // namespace

TEST_CASE("content bundle: the files come back as written, in order", "[content_bundle]") {
  const std::string bytes = write_content_bundle(files);
  ContentBundle b = read_content_bundle(bytes, "antirumour.content");
  CHECK(b.problems.empty());
  REQUIRE(b.packs.size() == 2);
  CHECK(b.packs[0].name == "packs/jobs.json");
  CHECK(b.packs[0].text == files[0].text);
  CHECK(b.packs[1].text == files[1].text);  // newlines inside a file are its own bytes
  CHECK(b.has_practices);
  CHECK(b.practices == files[2].text);
}

TEST_CASE("content bundle: a cut file keeps the whole files before it and says what is cut",
          "[content_bundle]") {
  const std::string bytes = write_content_bundle(files);
  const size_t cut = bytes.find("{\n  \"two\"") + 5;  // inside packs/b.json
  ContentBundle b = read_content_bundle(std::string_view(bytes).substr(0, cut), "c");
  REQUIRE(b.packs.size() == 1);
  CHECK(b.packs[0].name == "packs/jobs.json");
  REQUIRE(b.problems.size() == 1);  // the cut says it all: nothing after it is read
  CHECK(b.problems[0].file == "c");
  CHECK(b.problems[0].message == "packs/b.json: the file is cut (5 of 20 bytes)");
  CHECK(b.problems[0].line == 4);  // the line that names packs/b.json
  CHECK_FALSE(b.has_practices);
}

TEST_CASE("content bundle: damage and foreign files are reported", "[content_bundle]") {
  SECTION("not a content file at all (an HTML error page)") {
    ContentBundle b = read_content_bundle("<!doctype html><p>Not found</p>", "c");
    REQUIRE(b.problems.size() == 1);
    CHECK(b.problems[0].message.find("not the game's content file") != std::string::npos);
    CHECK(b.packs.empty());
  }
  SECTION("a size that is not a number") {
    ContentBundle b = read_content_bundle("antirumour-content 1\npacks/a.json 1x\n{}", "c");
    REQUIRE_FALSE(b.problems.empty());
    CHECK(b.problems[0].message == "packs/a.json: its size \"1x\" is not a number of bytes");
    CHECK(b.packs.empty());
  }
  SECTION("a line with no size") {
    ContentBundle b = read_content_bundle("antirumour-content 1\npacks/a.json\n", "c");
    REQUIRE_FALSE(b.problems.empty());
    CHECK(b.problems[0].message.find("cut or damaged") != std::string::npos);
  }
  SECTION("a path outside the content is skipped, the rest still read") {
    ContentBundle b = read_content_bundle(write_content_bundle({{"../save/progress.json", "{}"},
                                                                {"packs/a/b.json", "{}"},
                                                                {"packs/ok.json", "{}"},
                                                                {"practices.json", "{}"}}),
                                          "c");
    REQUIRE(b.problems.size() == 2);
    CHECK(b.problems[0].message.find("\"../save/progress.json\" is not a pack") == 0);
    CHECK(b.problems[1].message.find("\"packs/a/b.json\" is not a pack") == 0);
    REQUIRE(b.packs.size() == 1);
    CHECK(b.packs[0].name == "packs/ok.json");
    CHECK(b.has_practices);
  }
  SECTION("a size larger than the file") {
    ContentBundle b = read_content_bundle("antirumour-content 1\npacks/a.json 4000000000\n{}",
                                          "c");  // fits a 32-bit size_t (wasm)
    REQUIRE_FALSE(b.problems.empty());
    CHECK(b.problems[0].message.find("packs/a.json: the file is cut") == 0);
  }
}
