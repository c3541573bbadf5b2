// Everything a device holds in one file (device_data.h): written and read back, every damage
// reported where it is and in words, an entry this version does not know skipped without losing
// the rest; and the session's export and import, which keeps the replaced progress aside.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "device_data.h"
#include "session.h"
#include "test_session.h"

using namespace ar;
using namespace ar::test;
namespace act = ar::session_action;

namespace {

Progress some_progress() {
  Progress p;
  p.seen = {{"jobs-they-dont-work", 2}, {"rumour-1", 1}};
  p.best_score = {{"verdict", 80}};
  p.rounds_played = 17;
  p.text_step = 2;
  return p;
}

// A device-data file around a progress entry written as JSON text.
std::string with_progress(const std::string& progress_json) {
  return R"({"format": 1, "kind": "device-data", "exported": "2026-12-02", "saves": {"progress": )" +
         progress_json + "}}";
}

std::string all_messages(const std::vector<Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += format_problem(p) + "\n";
  return out;
}

SessionContent content() {
  return session_content(numbered_pack("pack-a", 1, 6, {"jobs"}, {Verdict::False}), "en", 42);
}

}  // namespace

TEST_CASE("a device's data is written with its header and read back the same", "[device-data]") {
  const std::string text = write_device_data({"2026-12-02", some_progress()});
  auto j = nlohmann::json::parse(text);
  CHECK(j["format"] == 1);
  CHECK(j["kind"] == "device-data");
  CHECK(j["exported"] == "2026-12-02");
  CHECK(j["saves"]["progress"]["kind"] == "progress");  // each entry is a whole save
  DeviceDataRead read = read_device_data(text, "data.json");
  INFO(all_messages(read.problems));
  CHECK(read.problems.empty());
  CHECK(read.data.exported == "2026-12-02");
  REQUIRE(read.data.progress);
  CHECK(read.data.progress->seen == some_progress().seen);
  CHECK(read.data.progress->best_score == some_progress().best_score);
  CHECK(read.data.progress->rounds_played == 17);
  CHECK(read.data.progress->text_step == 2);
  // A device with nothing yet gives a file with no entries, which reads back empty.
  DeviceDataRead empty = read_device_data(write_device_data({"2026-12-02", {}}), "data.json");
  CHECK(empty.problems.empty());
  CHECK(empty.data.empty());
}

TEST_CASE("a damaged device-data file is reported where and what, and nothing is taken from it",
          "[device-data]") {
  struct Case {
    const char* what;
    std::string text;
    const char* path;   // where the problem is
    const char* words;  // what it says
  };
  const std::vector<Case> cases{
      {"not JSON", "this is not json", "", "not valid JSON"},
      {"cut short", with_progress(R"({"format": 1, "kind": "progress", "rounds_played": 3)"), "",
       "ends too early"},
      {"a list, not a file of saves", "[1, 2]", "$", "a file of a device's data"},
      {"a progress save on its own", R"({"format": 1, "kind": "progress", "rounds_played": 3})",
       "$.kind", "this is not a device-data save"},
      {"a newer format", R"({"format": 2, "kind": "device-data", "saves": {}})", "$.format",
       "newer version of the game (save format 2"},
      {"no saves", R"({"format": 1, "kind": "device-data"})", "$", "\"saves\" is missing"},
      {"saves as a list", R"({"format": 1, "kind": "device-data", "saves": []})", "$.saves",
       "expected the saves"},
      {"a count that is not a number",
       with_progress(R"({"format": 1, "kind": "progress", "seen": {"rumour-1": "two"}})"),
       "$.saves.progress.seen[\"rumour-1\"]", "expected a whole number"},
      {"a score over 100",
       with_progress(R"({"format": 1, "kind": "progress", "best_score": {"verdict": 101}})"),
       "$.saves.progress.best_score.verdict", "from 0 to 100"},
      {"negative rounds",
       with_progress(R"({"format": 1, "kind": "progress", "rounds_played": -3})"),
       "$.saves.progress.rounds_played", "from 0 to 100000000"},
      {"a progress of a newer format", with_progress(R"({"format": 7, "kind": "progress"})"),
       "$.saves.progress.format", "save format 7"},
      {"an entry with no kind", with_progress(R"({"format": 1, "rounds_played": 3})"),
       "$.saves.progress", "\"kind\" is missing"},
      {"an entry that is a number", with_progress("42"), "$.saves.progress", "expected a save"},
      {"progress under another name",
       R"({"format": 1, "kind": "device-data", "saves": {"mine": {"format": 1, "kind": "progress"}}})",
       "$.saves.mine", "a progress save is named \"progress\""},
      {"a name that is a path",
       R"({"format": 1, "kind": "device-data", "saves": {"../progress": {"format": 1, "kind": "progress"}}})",
       "", "is not a save's name"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    DeviceDataRead read = read_device_data(c.text, "data.json");
    INFO(all_messages(read.problems));
    CHECK(has_errors(read.problems));
    CHECK_FALSE(read.data.progress);
    bool found = false;
    for (const auto& p : read.problems)
      if (p.message.find(c.words) != std::string::npos && p.path.find(c.path) == 0 &&
          p.file == "data.json")
        found = true;
    CHECK(found);
  }
}

TEST_CASE("a problem inside an entry is located on the file's own lines", "[device-data]") {
  const std::string text =
      "{\"format\": 1, \"kind\": \"device-data\",\n"
      " \"saves\": {\"progress\": {\"format\": 1, \"kind\": \"progress\",\n"
      "   \"rounds_played\": \"many\"}}}";
  DeviceDataRead read = read_device_data(text, "data.json");
  REQUIRE(read.problems.size() == 1);
  CHECK(read.problems[0].path == "$.saves.progress.rounds_played");
  CHECK(read.problems[0].line == 3);
  CHECK(read.problems[0].column == 21);
}

TEST_CASE("an entry of a kind this version does not know is skipped, the rest still read",
          "[device-data]") {
  nlohmann::json j = nlohmann::json::parse(write_device_data({"2026-12-02", some_progress()}));
  j["saves"]["draft-my-pack"] = {{"format", 1}, {"kind", "draft"}, {"pack", {{"id", "x"}}}};
  j["saves"]["workshop-1"] = {{"format", 3}, {"kind", "workshop"}};
  j["a_field_from_later"] = true;  // an optional field added later is ignored
  DeviceDataRead read = read_device_data(j.dump(), "data.json");
  INFO(all_messages(read.problems));
  CHECK_FALSE(has_errors(read.problems));
  REQUIRE(read.problems.size() == 2);
  for (const auto& p : read.problems) {
    CHECK(p.severity == Problem::Severity::Warning);
    CHECK(p.message.find("does not know saves of the kind") != std::string::npos);
  }
  CHECK(read.problems[0].path == "$.saves[\"draft-my-pack\"].kind");
  CHECK(read.problems[0].message.find("kind \"draft\" (skipped") != std::string::npos);
  REQUIRE(read.data.progress);
  CHECK(read.data.progress->rounds_played == 17);
}

TEST_CASE("a device-data file past the limits is refused before it is read", "[device-data]") {
  SECTION("too large") {
    std::string text = with_progress(R"({"format": 1, "kind": "progress"})");
    text.insert(text.size() - 1,
                ", \"padding\": \"" + std::string(device_data_max_bytes, 'x') + "\"");
    DeviceDataRead read = read_device_data(text, "data.json");
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0].message.find("too large") != std::string::npos);
    CHECK(too_large_for_device_data(5000000).find("5000000 bytes") != std::string::npos);
  }
  SECTION("too many saves") {
    nlohmann::json j = nlohmann::json::parse(write_device_data({"2026-12-02", some_progress()}));
    for (size_t i = 0; i < device_data_max_saves; ++i)
      j["saves"]["extra-" + std::to_string(i)] = {{"format", 1}, {"kind", "draft"}};
    DeviceDataRead read = read_device_data(j.dump(), "data.json");
    CHECK(has_errors(read.problems));
    CHECK_FALSE(read.data.progress);
  }
  SECTION("deeply nested") {
    std::string deep = std::string(200, '[') + std::string(200, ']');
    DeviceDataRead read = read_device_data(with_progress(deep), "data.json");
    CHECK(has_errors(read.problems));
  }
  SECTION("a bad date is a warning only") {
    std::string text = write_device_data({"yesterday", some_progress()});
    DeviceDataRead read = read_device_data(text, "data.json");
    CHECK_FALSE(has_errors(read.problems));
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0].path == "$.exported");
    CHECK(read.data.progress);
  }
}

TEST_CASE("a save checked by its name: progress by its reader, an unknown name never trusted",
          "[device-data]") {
  CHECK(check_save("progress", save_progress(some_progress()), "progress").empty());
  CHECK_FALSE(check_save("progress", R"({"format": 1, "rounds_played": -1})", "progress").empty());
  CHECK_FALSE(check_save("progress", "{", "progress").empty());
  auto unknown = check_save("draft-x", "{}", "draft-x");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].message.find("no save named \"draft-x\"") != std::string::npos);
}

TEST_CASE("the session exports its progress and imports another device's, keeping its own aside",
          "[device-data][session]") {
  Session from(content());
  REQUIRE(from.apply(act::SetTextStep{3}));
  from.take_effects();
  REQUIRE(from.apply(act::ExportData{}));
  SessionEffects asked = from.take_effects();
  CHECK(asked.export_data);
  CHECK_FALSE(asked.progress_to_save);
  const std::string file = from.device_data("2026-12-02");
  CHECK(nlohmann::json::parse(file)["exported"] == "2026-12-02");
  REQUIRE(from.apply(act::DataExported{"antirumour-data-2026-12-02.json", ""}));
  CHECK(from.data_notice().kind == DataNotice::Kind::Exported);
  CHECK(from.data_notice().file == "antirumour-data-2026-12-02.json");

  Session to(content());
  REQUIRE(to.apply(act::ChooseImportFile{}));
  CHECK(to.take_effects().choose_import_file);
  REQUIRE(to.apply(act::ImportData{"data.json", file, ""}));
  SessionEffects imported = to.take_effects();
  CHECK_FALSE(imported.progress_to_keep);  // a fresh device had nothing to keep
  REQUIRE(imported.progress_to_save);
  CHECK(to.progress().text_step == 3);
  CHECK(to.data_notice().kind == DataNotice::Kind::Imported);
  CHECK(load_progress(*imported.progress_to_save, "p").progress.text_step == 3);

  // A device with progress of its own keeps it aside before taking the file's.
  Progress other = some_progress();
  REQUIRE(to.apply(act::ImportData{"other.json", write_device_data({"2026-12-01", other}), ""}));
  CHECK(to.progress().rounds_played == 17);
  REQUIRE(to.apply(act::ImportData{"data.json", file, ""}));
  SessionEffects again = to.take_effects();
  REQUIRE(again.progress_to_keep);
  CHECK(load_progress(*again.progress_to_keep, "p").progress.rounds_played == 17);
  CHECK(to.progress().rounds_played == 0);
}

TEST_CASE("a damaged import changes nothing and says what is wrong", "[device-data][session]") {
  Session s(content());
  REQUIRE(s.apply(act::SetTextStep{0}));
  s.take_effects();
  for (
      const auto& [what, in] : std::vector<std::pair<std::string, act::ImportData>>{
          {"damaged",
           {"bad.json", with_progress(R"({"format": 1, "kind": "progress", "seen": 3})"), ""}},
          {"unreadable", {"gone.json", "", "cannot read this file"}},
          {"empty of progress", {"empty.json", write_device_data({"2026-12-02", {}}), ""}},
          {"only unknown kinds",
           {"later.json",
            R"({"format": 1, "kind": "device-data", "saves": {"draft-a": {"format": 1, "kind": "draft"}}})",
            ""}},
      }) {
    INFO(what);
    REQUIRE(s.apply(act::ImportData{in}));
    CHECK(s.take_effects().empty());
    CHECK(s.progress().text_step == 0);
    CHECK(s.data_notice().kind == DataNotice::Kind::ImportFailed);
    CHECK(s.data_notice().file == in.file);
    CHECK_FALSE(s.data_notice().problems.empty());
  }
  CHECK(s.data_notice().problems.back().message.find("no progress") != std::string::npos);
  // Not seen yet (the file came while another screen was open): About says it. Once seen, opening
  // the About screen again starts without the old message.
  REQUIRE(s.apply(act::GoTo{Screen::About}));
  CHECK(s.data_notice().kind == DataNotice::Kind::ImportFailed);
  REQUIRE(s.apply(act::GoTo{Screen::Title}));
  REQUIRE(s.apply(act::GoTo{Screen::About}));
  CHECK(s.data_notice().kind == DataNotice::Kind::None);
}
