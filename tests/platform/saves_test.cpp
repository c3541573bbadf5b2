// The files a device keeps: written whole or not at all, read back, and a save this version cannot
// read (damaged, or from a newer version) kept aside with a plain report while the game starts
// afresh. The kill test (tests/native/save_kill_test.py) covers crashes in the middle of a write.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform.h"
#include "saves.h"
#include "session_host.h"
#include "temp_folder.h"

using namespace ar;
using namespace ar::platform;
namespace fs = std::filesystem;

namespace {

using test::file_text;
using test::TempFolder;

void put_file(const fs::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::unique_ptr<Session> start_in(const TempFolder& saves) {
  return start_session({AR_CONTENT, saves.dir(), "en", 1, {}});
}

}  // namespace

TEST_CASE("a save is written whole, replaces the old one and reads back", "[saves]") {
  TempFolder t;
  std::string dir = (t.path / "not-yet-there").string();  // made on the first write
  CHECK_FALSE(read_save(dir, "progress"));
  SaveWrite w = write_save(dir, "progress", R"({"format": 1})");
  REQUIRE(w.ok);
  CHECK(w.error.empty());
  CHECK(read_save(dir, "progress") == R"({"format": 1})");
  REQUIRE(write_save(dir, "progress", R"({"format": 1, "rounds_played": 2})").ok);
  CHECK(read_save(dir, "progress") == R"({"format": 1, "rounds_played": 2})");
  // Other kinds of save sit beside it under their own names; no temp file is left behind.
  REQUIRE(write_save(dir, "draft-2", "{}").ok);
  CHECK(names_in(dir) == std::vector<std::string>{"draft-2.json", "progress.json"});
}

TEST_CASE("a file is read whole, whatever its size and bytes", "[saves]") {
  TempFolder t;
  // Around the reader's 64 KB block, with NUL and bytes above 127 in it.
  for (size_t size :
       {size_t{0}, size_t{1}, size_t{65535}, size_t{65536}, size_t{65537}, size_t{300001}}) {
    INFO(size << " bytes");
    std::string text(size, '\0');
    for (size_t i = 0; i < size; ++i) text[i] = static_cast<char>((i * 131 + 7) % 256);
    const fs::path p = t.path / ("file-" + std::to_string(size) + ".json");
    put_file(p, text);
    std::string out = "left over";
    REQUIRE(read_text_file(p.string(), out));
    CHECK(out.size() == size);
    CHECK(out == text);
  }
  std::string out, why;
  CHECK_FALSE(read_text_file((t.path / "missing.json").string(), out, why));
  CHECK(why == "this file is missing");
  CHECK_FALSE(read_text_file(t.path.string(), out, why));
  CHECK(why == "this is a folder, not a file");
}

TEST_CASE("a save's name is never a path or another file's name", "[saves]") {
  TempFolder t;
  for (const char* bad : {"", "../progress", "a/b", "Progress", "progress.json", "x.tmp",
                          "progress.unreadable-1", "con sole"}) {
    INFO(bad);
    CHECK_FALSE(is_save_name(bad));
    SaveWrite w = write_save(t.dir(), bad, "{}");
    CHECK_FALSE(w.ok);
    CHECK_FALSE(w.error.empty());
    CHECK_FALSE(read_save(t.dir(), bad));
  }
  CHECK(names_in(t.path).empty());
  CHECK(is_save_name("progress"));
  CHECK(is_save_name("workshop-2026-03"));
}

TEST_CASE("a write that fails keeps the old save and says why", "[saves]") {
  TempFolder t;
  REQUIRE(write_save(t.dir(), "progress", "old").ok);
  SECTION("the temp file cannot be created") {
    // A folder where this process's temp file would go: opening it for writing fails.
    fs::create_directory(t.path / ("progress.json." + std::to_string(::getpid()) + ".tmp"));
    SaveWrite w = write_save(t.dir(), "progress", "new");
    CHECK_FALSE(w.ok);
    INFO(w.error);
    CHECK(w.error.find("could not save") != std::string::npos);
    CHECK(w.error.find("progress.json") != std::string::npos);
    CHECK(read_save(t.dir(), "progress") == "old");
  }
  SECTION("the folder is a file") {
    TempFolder other;
    put_file(other.path / "file", "x");
    SaveWrite w = write_save((other.path / "file").string(), "progress", "new");
    CHECK_FALSE(w.ok);
    CHECK_FALSE(w.error.empty());
    CHECK(file_text(other.path / "file") == "x");
  }
}

TEST_CASE("an unreadable file is kept aside under a new name, never overwritten", "[saves]") {
  TempFolder t;
  put_file(t.path / "progress.json", "first bad");
  CHECK(keep_aside(t.dir(), "progress") == (t.path / "progress.unreadable-1.json").string());
  put_file(t.path / "progress.json", "second bad");
  CHECK(keep_aside(t.dir(), "progress") == (t.path / "progress.unreadable-2.json").string());
  CHECK(file_text(t.path / "progress.unreadable-1.json") == "first bad");
  CHECK(file_text(t.path / "progress.unreadable-2.json") == "second bad");
  CHECK_FALSE(fs::exists(t.path / "progress.json"));
  CHECK(keep_aside(t.dir(), "progress").empty());  // nothing left to move
}

TEST_CASE(
    "a save from a newer version or a damaged one is kept aside, reported, and the game "
    "starts afresh",
    "[saves]") {
  struct Case {
    const char* what;
    std::string text;
    const char* words;  // what the report says, in plain words
  };
  const std::vector<Case> cases{
      {"a newer version's save",
       R"({"format": 99, "kind": "progress", "rounds_played": 7, "new_field": [1, 2]})",
       "written by a newer version of the game (save format 99; this version reads up to format "
       "1)"},
      {"a save cut short", R"({"format": 1, "seen": {"rumour-1": 2}, )", "ends too early"},
      {"another kind of save", R"({"format": 1, "kind": "workshop", "rounds_played": 7})",
       "this is not a progress save"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    TempFolder t;
    put_file(t.path / "progress.json", c.text);
    auto session = start_in(t);
    CHECK(session->saved_progress_unreadable());
    CHECK(session->progress().rounds_played == 0);
    CHECK(session->progress().seen.empty());
    REQUIRE(session->problems().size() == 1);
    const Problem& p = session->problems()[0];
    INFO(format_problem(p));
    CHECK(p.file == "saved progress");
    CHECK(p.message.find(c.words) != std::string::npos);
    CHECK(p.message.find("progress starts afresh; the old save is kept aside") !=
          std::string::npos);
    // Kept byte for byte; the next save goes to a fresh file and leaves it alone.
    CHECK_FALSE(fs::exists(t.path / "progress.json"));
    CHECK(file_text(t.path / "progress.unreadable-1.json") == c.text);
    REQUIRE(session->apply(session_action::SetTextStep{3}));
    CHECK(carry_out_effects(*session, t.dir(), {}));
    CHECK(file_text(t.path / "progress.unreadable-1.json") == c.text);
    auto again = start_in(t);
    CHECK_FALSE(again->saved_progress_unreadable());
    CHECK(again->problems().empty());
    CHECK(again->progress().text_step == 3);
  }
}

TEST_CASE("a format-1 save from before kinds existed still loads", "[saves]") {
  TempFolder t;
  put_file(t.path / "progress.json",
           R"({"format": 1, "seen": {"jobs-they-dont-work": 2}, "best_score": {"verdict": 70},)"
           R"( "rounds_played": 3})");
  auto session = start_in(t);
  CHECK_FALSE(session->saved_progress_unreadable());
  CHECK(session->problems().empty());
  CHECK(session->progress().rounds_played == 3);
  CHECK(session->progress().times_seen("jobs-they-dont-work") == 2);
  CHECK(names_in(t.path) == std::vector<std::string>{"progress.json"});
}

TEST_CASE("a copy kept aside never overwrites another, and a bad label is refused", "[saves]") {
  TempFolder t;
  CHECK(keep_copy(t.dir(), "progress", "before-import", "one") ==
        (t.path / "progress.before-import-1.json").string());
  CHECK(keep_copy(t.dir(), "progress", "before-import", "two") ==
        (t.path / "progress.before-import-2.json").string());
  CHECK(file_text(t.path / "progress.before-import-1.json") == "one");
  CHECK(keep_copy(t.dir(), "progress", "../x", "three").empty());
  CHECK(keep_copy(t.dir(), "../progress", "unreadable", "three").empty());
  CHECK(names_in(t.path) ==
        std::vector<std::string>{"progress.before-import-1.json", "progress.before-import-2.json"});
}

TEST_CASE("a save kept until it reached the storage is put back when readable, else kept aside",
          "[saves]") {
  TempFolder t;
  put_file(t.path / "progress.json", R"({"format": 1, "kind": "progress", "rounds_played": 4})");
  std::vector<Problem> problems;
  const std::string newer = R"({"format": 1, "kind": "progress", "rounds_played": 5})";
  CHECK(restore_save(t.dir(), "progress", newer, problems) == Restored::Written);
  CHECK(file_text(t.path / "progress.json") == newer);
  CHECK(problems.empty());
  // A damaged copy leaves the save alone and is kept beside it, reported.
  const std::string damaged = R"({"format": 1, "kind": "progress", "rounds_played": "x"})";
  CHECK(restore_save(t.dir(), "progress", damaged, problems) == Restored::KeptAside);
  CHECK(file_text(t.path / "progress.json") == newer);
  CHECK(file_text(t.path / "progress.unreadable-1.json") == damaged);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message.find("kept aside as") != std::string::npos);
  // A name the game keeps no save under is never written as a save.
  CHECK(restore_save(t.dir(), "draft-x", "{}", problems) == Restored::KeptAside);
  CHECK_FALSE(fs::exists(t.path / "draft-x.json"));
  CHECK(restore_save(t.dir(), "../x", newer, problems) == Restored::Failed);
  // The game starts from the restored save and shows what was kept aside.
  auto session = start_session({AR_CONTENT, t.dir(), "en", 1, {}, {}, problems});
  CHECK(session->progress().rounds_played == 5);
  CHECK(session->problems().size() == 2);
}

TEST_CASE("the desktop exports into the save folder and imports import.json from it", "[saves]") {
  TempFolder t;
  auto session = start_in(t);
  REQUIRE(session->apply(session_action::SetTextStep{2}));
  REQUIRE(session->apply(session_action::ExportData{}));
  CHECK(carry_out_effects(*session, t.dir(), {}));
  const DataNotice& exported = session->data_notice();
  REQUIRE(exported.kind == DataNotice::Kind::Exported);
  INFO(exported.file);
  CHECK(fs::path(exported.file).parent_path() == t.path);
  CHECK(fs::path(exported.file).filename().string().rfind("antirumour-data-", 0) == 0);
  const std::string data = file_text(exported.file);
  CHECK(data.find("\"device-data\"") != std::string::npos);

  SECTION("nothing to import yet: said on screen, nothing changed") {
    REQUIRE(session->apply(session_action::ChooseImportFile{}));
    CHECK(carry_out_effects(*session, t.dir(), {}));
    CHECK(session->data_notice().kind == DataNotice::Kind::ImportFailed);
    CHECK(session->data_notice().file == (t.path / "import.json").string());
  }
  SECTION("another device's file replaces the progress; this one's is kept aside") {
    put_file(t.path / "import.json",
             R"({"format": 1, "kind": "device-data", "saves": {"progress": )"
             R"({"format": 1, "kind": "progress", "rounds_played": 9, "seen": {"a-b": 1}}}})");
    REQUIRE(session->apply(session_action::ChooseImportFile{}));
    CHECK(carry_out_effects(*session, t.dir(), {}));
    CHECK(session->data_notice().kind == DataNotice::Kind::Imported);
    CHECK(session->progress().rounds_played == 9);
    auto again = start_in(t);
    CHECK(again->progress().rounds_played == 9);
    CHECK(again->progress().times_seen("a-b") == 1);
    // Loading the first export now: the 9 rounds are kept aside first, byte for byte loadable.
    REQUIRE(again->apply(session_action::ImportData{"x.json", data, ""}));
    CHECK(carry_out_effects(*again, t.dir(), {}));
    CHECK(again->progress().rounds_played == 0);
    CHECK(again->progress().text_step == 2);
    CHECK(load_progress(file_text(t.path / "progress.before-import-1.json"), "p")
              .progress.rounds_played == 9);
    CHECK(start_in(t)->progress().text_step == 2);
  }
  SECTION("a file too large is refused before it is read") {
    put_file(t.path / "import.json", std::string(2 * 1024 * 1024, ' '));
    auto in = read_import_file((t.path / "import.json").string());
    CHECK(in.text.empty());
    CHECK(in.read_error.find("too large") != std::string::npos);
  }
}
