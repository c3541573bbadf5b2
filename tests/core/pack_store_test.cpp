// The packs a device loads itself: added, replaced by id, removed, refused when they clash with a
// shipped pack, and kept in a save that survives a restart and a damaged file.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "pack_loader.h"
#include "pack_store.h"
#include "save_format.h"
#include "test_files.h"
#include "test_library.h"
#include "test_year.h"

using namespace ar;
using ar::test::current_year;

namespace {

// A small pack with this id and version, as a trainer's file would hold it.
std::string own_pack(const std::string& id, const std::string& version = "1.0.0", int first = 900) {
  nlohmann::json j = nlohmann::json::parse(test::pack_json(test::numbered_pack(id, first, 3)));
  j["pack"]["version"] = version;
  return j.dump(2);
}

const std::vector<std::string> shipped = {"universal", "work-and-welfare"};

}  // namespace

TEST_CASE("a pack is added, listed and removed by its id", "[pack_store]") {
  PackStore store;
  PackAdd a = store.add(own_pack("my-town"), "my-town.json", current_year, shipped);
  CHECK(a.added);
  CHECK(a.id == "my-town");
  CHECK(a.replaced_version.empty());
  CHECK(a.message == "the pack \"my-town\" version 1.0.0 was loaded on this device");
  REQUIRE(store.packs().size() == 1);
  CHECK(store.packs()[0].id == "my-town");
  CHECK(store.packs()[0].file == "my-town.json");
  CHECK(load_pack(store.packs()[0].text, "x", current_year).pack.has_value());

  CHECK(store.add(own_pack("other", "1.0.0", 950), "other.json", current_year, shipped).added);
  CHECK(store.packs().size() == 2);
  CHECK(store.remove("my-town"));
  CHECK_FALSE(store.remove("my-town"));  // already gone
  REQUIRE(store.packs().size() == 1);
  CHECK(store.packs()[0].id == "other");
}

TEST_CASE("the same id replaces the stored pack and says which version replaced which",
          "[pack_store]") {
  PackStore store;
  REQUIRE(store.add(own_pack("my-town", "1.0.0"), "a.json", current_year, shipped).added);
  PackAdd b = store.add(own_pack("my-town", "1.1.0"), "b.json", current_year, shipped);
  CHECK(b.added);
  CHECK(b.replaced_version == "1.0.0");
  CHECK(b.message == "the pack \"my-town\" version 1.1.0 replaced version 1.0.0 on this device");
  // The very same pack again (a packs folder read at every start): kept, nothing replaced.
  PackAdd same = store.add(own_pack("my-town", "1.1.0"), "c.json", current_year, shipped);
  CHECK(same.unchanged);
  CHECK(same.replaced_version.empty());
  CHECK(same.message == "the pack \"my-town\" version 1.1.0 is already on this device");
  CHECK(store.packs()[0].file == "b.json");
  REQUIRE(store.packs().size() == 1);
  CHECK(store.packs()[0].version == "1.1.0");
  CHECK(store.packs()[0].file == "b.json");
}

TEST_CASE("a pack with a shipped pack's id is refused, and nothing changes", "[pack_store]") {
  PackStore store;
  PackAdd a = store.add(own_pack("universal"), "mine.json", current_year, shipped);
  CHECK_FALSE(a.added);
  CHECK(a.message.find("the game already ships a pack with the id \"universal\"") !=
        std::string::npos);
  REQUIRE(a.problems.size() == 1);  // located at the pack's id, so the author finds it
  CHECK(a.problems[0].path == "$.pack.id");
  CHECK(a.problems[0].line > 1);
  CHECK(store.packs().empty());
}

TEST_CASE("a broken pack is refused with its located problems", "[pack_store]") {
  PackStore store;
  std::string text = own_pack("my-town");
  text.replace(text.find("\"false\""), 7, "\"maybe\"");  // the first verdict
  PackAdd a = store.add(text, "my-town.json", current_year, shipped);
  CHECK_FALSE(a.added);
  REQUIRE_FALSE(a.problems.empty());
  CHECK(a.problems[0].file == "my-town.json");
  CHECK(a.problems[0].line > 1);
  CHECK(a.problems[0].column > 0);
  CHECK(a.problems[0].path.find("verdict") != std::string::npos);
  CHECK(store.packs().empty());
  // Not JSON at all: a problem, never a throw.
  PackAdd b = store.add("{\"pack\": ", "half.json", current_year, shipped);
  CHECK_FALSE(b.added);
  CHECK_FALSE(b.problems.empty());
}

TEST_CASE("a spreadsheet goes through the importer first", "[pack_store]") {
  PackStore store;
  std::string csv = test::read_file(std::string(AR_CONTENT) + "/scenario-template.csv");
  PackAdd undated = store.add(csv, "my-town.csv", current_year, shipped);
  CHECK_FALSE(undated.added);  // the importer never writes the date of the last check itself
  CsvImportOptions options;
  options.last_reviewed = "2026-01-15";
  CHECK_FALSE(store.add(csv, "my-town.csv", current_year, shipped, options).added);  // no licence
  options.licence = "CC-BY-4.0";
  PackAdd a = store.add(csv, "my-town.csv", current_year, shipped, options);
  CHECK(a.added);
  CHECK(a.id == "my-town");
  REQUIRE(store.find("my-town"));
  CHECK(load_pack(store.find("my-town")->text, "x", current_year).pack.has_value());
}

TEST_CASE("the stored packs survive a restart: save, load, equal", "[pack_store]") {
  PackStore store;
  REQUIRE(store.add(own_pack("my-town"), "my-town.json", current_year, shipped).added);
  REQUIRE(store.add(own_pack("other", "2.0.0", 950), "other.json", current_year, shipped).added);
  PackStoreLoad back = load_pack_store(store.save(), "packs.json");
  CHECK(back.problems.empty());
  CHECK(back.store == store);
  // An empty store too.
  CHECK(load_pack_store(PackStore{}.save(), "packs.json").store.packs().empty());
}

TEST_CASE("a damaged save is reported where it is, and the readable packs are kept",
          "[pack_store]") {
  PackStore store;
  REQUIRE(store.add(own_pack("my-town"), "my-town.json", current_year, shipped).added);
  REQUIRE(store.add(own_pack("other", "2.0.0", 950), "other.json", current_year, shipped).added);
  nlohmann::json saved = nlohmann::json::parse(store.save());
  saved["packs"][0]["text"] = 12;  // one entry damaged
  PackStoreLoad back = load_pack_store(saved.dump(1), "packs.json");
  REQUIRE_FALSE(back.problems.empty());
  CHECK(back.problems[0].path == "$.packs[0].text");
  CHECK(back.problems[0].line > 0);
  REQUIRE(back.store.packs().size() == 1);
  CHECK(back.store.packs()[0].id == "other");

  SECTION("cut short: nothing read, the problem located") {
    std::string text = store.save();
    PackStoreLoad cut = load_pack_store(text.substr(0, text.size() / 2), "packs.json");
    CHECK(cut.store.packs().empty());
    REQUIRE_FALSE(cut.problems.empty());
    CHECK(cut.problems[0].line > 0);
  }
  SECTION("another kind of save") {
    PackStoreLoad other = load_pack_store(R"({"format": 1, "kind": "progress"})", "packs.json");
    CHECK(other.store.packs().empty());
    CHECK_FALSE(other.problems.empty());
  }
  SECTION("a newer format") {
    PackStoreLoad newer =
        load_pack_store(R"({"format": 99, "kind": "packs", "packs": []})", "packs.json");
    CHECK_FALSE(newer.problems.empty());
  }
}
