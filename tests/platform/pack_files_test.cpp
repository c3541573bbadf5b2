// The desktop's own packs at start: --pack files first, then the save folder's packs/ folder (by
// name), each kept on the device as "Load a pack" keeps it, a broken one reported and left out.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "session_host.h"
#include "temp_folder.h"

using namespace ar;
using namespace ar::platform;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<Session> start_in(const test::TempFolder& saves) {
  return start_session({AR_CONTENT, saves.dir(), "en", 1, {}});
}

bool holds(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("packs given and packs in the packs folder load at start and stay on the device",
          "[pack_files]") {
  test::TempFolder saves;
  const fs::path folder = saves.path / packs_folder_name;
  fs::create_directories(folder);
  fs::copy_file(std::string(AR_CONTENT) + "/scenario-template.csv", folder / "b-my-town.csv");
  fs::copy_file(std::string(AR_FIXTURES) + "/broken/wrong-types.json", folder / "a-broken.json");
  std::ofstream(folder / "notes.txt") << "not a pack";
  const std::string given = std::string(AR_FIXTURES) + "/content-folder/packs/mini-pack.json";

  const auto files = pack_files_to_load(saves.dir(), {given});
  REQUIRE(files.size() == 3);  // the given one first, then the folder's by name, no .txt
  CHECK(files[0] == given);
  CHECK(fs::path(files[1]).filename() == "a-broken.json");
  CHECK(fs::path(files[2]).filename() == "b-my-town.csv");

  auto session = start_in(saves);
  const auto lines = load_packs_at_start(*session, saves.dir(), files);
  REQUIRE(lines.size() >= 4);
  CHECK(lines.front() == given + ": pack mini-pack " +
                             session->device_packs().find("mini-pack")->version + " loaded");
  // The broken file: its problems located (file:line:column), then what came of it.
  CHECK(holds(lines[1], "a-broken.json:"));
  const std::string broken_end = files[1] + ": not loaded; the packs on this device are unchanged";
  CHECK(std::find(lines.begin(), lines.end(), broken_end) != lines.end());
  CHECK(holds(lines.back(), "b-my-town.csv: pack b-my-town "));
  CHECK(holds(lines.back(), " loaded"));
  CHECK(session->screen() == Screen::Title);  // loading at start changes no screen
  CHECK(session->is_device_pack("mini-pack"));
  CHECK(session->is_device_pack("b-my-town"));
  CHECK(session->device_packs().packs().size() == 2);
  // A spreadsheet names no licence: the pack says none was stated, never one we picked.
  CHECK(holds(session->device_packs().find("b-my-town")->text, "\"licence\": \"-\""));
  CHECK(fs::exists(saves.path / "packs.json"));

  // The next start: the same files change nothing, and the kept packs are there before them.
  auto again = start_in(saves);
  CHECK(again->is_device_pack("mini-pack"));
  const auto second = load_packs_at_start(*again, saves.dir(), files);
  CHECK(second.front() == given + ": pack mini-pack " +
                              again->device_packs().find("mini-pack")->version +
                              " already on this device");
  CHECK(holds(second.back(), "b-my-town.csv: pack b-my-town "));
  CHECK(holds(second.back(), " already on this device"));
  CHECK(again->pack_notice().kind == PackNotice::Kind::Unchanged);
}

TEST_CASE("a missing packs folder and a missing --pack file are said, nothing else changes",
          "[pack_files]") {
  test::TempFolder saves;
  const std::string missing = (saves.path / "no-such-pack.json").string();
  const auto files = pack_files_to_load(saves.dir(), {missing});
  REQUIRE(files == std::vector<std::string>{missing});
  auto session = start_in(saves);
  const auto lines = load_packs_at_start(*session, saves.dir(), files);
  REQUIRE(lines.size() == 2);
  CHECK(holds(lines[0], "no-such-pack.json: cannot read this file"));
  CHECK(lines[1] == missing + ": not loaded; the packs on this device are unchanged");
  CHECK(session->device_packs().packs().empty());
  CHECK_FALSE(fs::exists(saves.path / "packs.json"));
}
