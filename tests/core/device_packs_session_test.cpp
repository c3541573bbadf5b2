// The packs a device loads itself, in the session: beside the shipped packs in every mode, saved
// after each change, read back at the start, removed; a broken or clashing pack changes nothing.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "test_session.h"

using namespace ar;
namespace act = ar::session_action;

namespace {

std::string own_pack(const std::string& id, const std::string& version, int first) {
  nlohmann::json j = nlohmann::json::parse(test::pack_json(test::numbered_pack(id, first, 3)));
  j["pack"]["version"] = version;
  return j.dump(2);
}

// A session on the synthetic pack "test-pack" (rumours 1-10), optionally with saved packs.
SessionContent content(std::optional<std::string> saved_packs = std::nullopt) {
  SessionContent c = test::session_content(test::numbered_pack("test-pack", 1, 10), "en", 3);
  c.saved_packs = std::move(saved_packs);
  return c;
}

}  // namespace

TEST_CASE("a loaded pack joins the library, is saved, and plays in every mode", "[device_packs]") {
  Session s(content());
  REQUIRE(s.apply(act::LoadPack{"my-town.json", own_pack("my-town", "1.0.0", 900), "", ""}));
  CHECK(s.pack_notice().kind == PackNotice::Kind::Added);
  CHECK(s.pack_notice().version == "1.0.0");
  CHECK(s.screen() == Screen::About);
  CHECK(s.has_pack("my-town"));
  CHECK(s.is_device_pack("my-town"));
  CHECK_FALSE(s.is_device_pack("test-pack"));
  CHECK(s.library().find(test::scenario_id(900)));
  SessionEffects e = s.take_effects();
  REQUIRE(e.packs_to_save);

  for (Mode mode : {Mode::Verdict, Mode::Reply}) {
    test::choose_round(s, mode, 3);
    SetupChoices c = s.setup();
    c.packs = {"my-town"};
    REQUIRE(s.apply(act::ChangeSetup{c}));
    REQUIRE(s.apply(act::StartRound{}));
    REQUIRE(s.round().current());
    CHECK(s.round().current()->pack_id == "my-town");
    REQUIRE(s.apply(act::GoTo{Screen::Title}));
  }

  SECTION("read back at the next start") {
    Session again(content(*e.packs_to_save));
    CHECK(again.is_device_pack("my-town"));
    CHECK(again.library().find(test::scenario_id(900)));
    CHECK_FALSE(again.saved_packs_damaged());
    CHECK(again.problems().empty());
  }
  SECTION("replaced by a newer version of the same id") {
    REQUIRE(s.apply(act::LoadPack{"my-town-2.json", own_pack("my-town", "1.1.0", 900), "", ""}));
    CHECK(s.pack_notice().kind == PackNotice::Kind::Replaced);
    CHECK(s.pack_notice().replaced_version == "1.0.0");
    CHECK(s.pack_notice().version == "1.1.0");
    CHECK(s.device_packs().packs().size() == 1);
  }
  SECTION("removed: gone from the library, the setup and the save") {
    SetupChoices c = s.setup();
    c.packs = {"my-town"};
    REQUIRE(s.apply(act::ChangeSetup{c}));
    REQUIRE(s.apply(act::RemovePack{"my-town"}));
    CHECK(s.pack_notice().kind == PackNotice::Kind::Removed);
    CHECK_FALSE(s.has_pack("my-town"));
    CHECK(s.setup().packs.empty());
    CHECK_FALSE(s.library().find(test::scenario_id(900)));
    SessionEffects removed = s.take_effects();
    REQUIRE(removed.packs_to_save);
    CHECK(load_pack_store(*removed.packs_to_save, "x").store.packs().empty());
    CHECK_FALSE(s.apply(act::RemovePack{"test-pack"}));  // never a shipped pack
  }
}

TEST_CASE("a broken or clashing pack is refused with its report and nothing changes",
          "[device_packs]") {
  Session s(content());
  SECTION("a broken pack: located problems") {
    std::string text = own_pack("my-town", "1.0.0", 900);
    text.replace(text.find("\"false\""), 7, "\"maybe\"");
    REQUIRE(s.apply(act::LoadPack{"my-town.json", text, "", ""}));
    CHECK(s.pack_notice().kind == PackNotice::Kind::Refused);
    REQUIRE_FALSE(s.pack_notice().problems.empty());
    CHECK(s.pack_notice().problems[0].line > 0);
    CHECK(s.pack_notice().problems[0].path.find("verdict") != std::string::npos);
  }
  SECTION("a shipped pack's id") {
    REQUIRE(s.apply(act::LoadPack{"mine.json", own_pack("test-pack", "9.0.0", 900), "", ""}));
    CHECK(s.pack_notice().kind == PackNotice::Kind::Refused);
  }
  SECTION("a scenario id a shipped pack already uses") {
    REQUIRE(s.apply(act::LoadPack{"mine.json", own_pack("my-town", "1.0.0", 1), "", ""}));
    CHECK(s.pack_notice().kind == PackNotice::Kind::Refused);
    REQUIRE_FALSE(s.pack_notice().problems.empty());
    CHECK(s.pack_notice().problems.back().message.find("already used") != std::string::npos);
  }
  CHECK(s.device_packs().packs().empty());
  CHECK_FALSE(s.has_pack("my-town"));
  CHECK(s.library().packs().size() == 1);
  CHECK(s.problems().empty());
  CHECK_FALSE(s.take_effects().packs_to_save);
}

TEST_CASE("a damaged packs save is reported; the packs read are saved again", "[device_packs]") {
  PackStore store;
  REQUIRE(store.add(own_pack("my-town", "1.0.0", 900), "a.json", test::current_year, {}).added);
  REQUIRE(store.add(own_pack("other", "1.0.0", 950), "b.json", test::current_year, {}).added);
  nlohmann::json saved = nlohmann::json::parse(store.save());
  saved["packs"][1]["id"] = nullptr;
  Session s(content(saved.dump(1)));
  CHECK(s.saved_packs_damaged());
  CHECK(s.is_device_pack("my-town"));
  CHECK_FALSE(s.has_pack("other"));
  REQUIRE_FALSE(s.problems().empty());
  CHECK(s.problems()[0].path == "$.packs[1].id");
  SessionEffects e = s.take_effects();
  REQUIRE(e.packs_to_save);
  CHECK(load_pack_store(*e.packs_to_save, "x").store.packs().size() == 1);
}

TEST_CASE("a pack dropped during a round is refused and still said when About opens",
          "[device_packs]") {
  Session s(content());
  test::choose_round(s, Mode::Verdict, 3);
  REQUIRE(s.apply(act::StartRound{}));
  REQUIRE(s.round_under_way());
  REQUIRE(s.apply(act::LoadPack{"my-town.json", own_pack("my-town", "1.0.0", 900), "", ""}));
  CHECK(s.screen() == Screen::Play);  // the round goes on
  CHECK_FALSE(s.has_pack("my-town"));
  CHECK(s.pack_notice().kind == PackNotice::Kind::Refused);
  s.apply(act::GoTo{Screen::About});
  REQUIRE(s.screen() == Screen::About);
  CHECK(s.pack_notice().kind == PackNotice::Kind::Refused);  // what to do is still there
  REQUIRE_FALSE(s.pack_notice().problems.empty());
  CHECK(s.pack_notice().problems[0].message.find("finish the round") != std::string::npos);
  // Seen: leaving About clears it, and the pack loads now that no round is under way.
  s.apply(act::GoTo{Screen::Title});
  CHECK(s.pack_notice().kind == PackNotice::Kind::None);
  REQUIRE(s.apply(act::LoadPack{"my-town.json", own_pack("my-town", "1.0.0", 900), "", ""}));
  CHECK(s.has_pack("my-town"));
}
