// The kinds of reply: the mistakes well-meaning people make (a flat denial, a label, a pile of
// figures) load beside the others; a pack warns when two replies share one feedback text unless
// it is marked as shared; the summary counts the player's replies by kind.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "pack_loader.h"
#include "screen_text.h"
#include "test_library.h"
#include "test_session.h"
#include "test_year.h"

using namespace ar;
using ar::test::numbered_pack;
using nlohmann::json;

namespace {

json two_scenarios() {
  return json::parse(test::pack_json(numbered_pack("pack-a", 1, 2)));
}

std::vector<Problem> problems_of(const json& pack) {
  return load_pack(pack.dump(), "p.json", test::current_year).problems;
}

}  // namespace

TEST_CASE("denying, labelling and fact_dump are reply kinds a pack may use") {
  json pack = two_scenarios();
  pack["scenarios"][0]["replies"][1]["kind"] = "denying";
  pack["scenarios"][0]["replies"][2]["kind"] = "labelling";
  pack["scenarios"][1]["replies"][2]["kind"] = "fact_dump";
  PackLoadResult r = load_pack(pack.dump(), "p.json", test::current_year);
  REQUIRE(r.problems.empty());
  CHECK(r.pack->scenarios[0].replies[1].kind == ReplyKind::Denying);
  CHECK(r.pack->scenarios[0].replies[2].kind == ReplyKind::Labelling);
  CHECK(r.pack->scenarios[1].replies[2].kind == ReplyKind::FactDump);
}

TEST_CASE("a mistyped reply kind is explained, with the closest word") {
  json pack = two_scenarios();
  pack["scenarios"][0]["replies"][1]["kind"] = "fact_dumb";
  auto problems = problems_of(pack);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "$.scenarios[0].replies[1].kind");
  CHECK(problems[0].message.find("did you mean \"fact_dump\"?") != std::string::npos);
  CHECK(problems[0].message.find("denying, labelling, fact_dump") != std::string::npos);
}

TEST_CASE("two replies sharing a feedback text are a warning on the second, unless marked") {
  json pack = two_scenarios();
  pack["scenarios"][1]["replies"][2]["feedback"] = pack["scenarios"][0]["replies"][0]["feedback"];
  SECTION("not marked: one warning, naming the first") {
    PackLoadResult r = load_pack(pack.dump(), "p.json", test::current_year);
    REQUIRE(r.problems.size() == 1);
    const Problem& p = r.problems[0];
    CHECK(p.severity == Problem::Severity::Warning);
    CHECK(p.path == "$.scenarios[1].replies[2].feedback.en");
    CHECK(p.message.find("$.scenarios[0].replies[0].feedback.en") != std::string::npos);
    CHECK(p.message.find("\"shared_feedback\": true") != std::string::npos);
    CHECK(r.pack);  // a warning: the pack still plays
  }
  SECTION("marked as shared: no problem") {
    pack["scenarios"][1]["replies"][2]["shared_feedback"] = true;
    PackLoadResult r = load_pack(pack.dump(), "p.json", test::current_year);
    CHECK(r.problems.empty());
    CHECK(r.pack->scenarios[1].replies[2].shared_feedback);
  }
  SECTION("the mark must be true or false") {
    pack["scenarios"][1]["replies"][2]["shared_feedback"] = "yes";
    auto problems = problems_of(pack);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems[0].path == "$.scenarios[1].replies[2].shared_feedback");
  }
}

TEST_CASE("one language alone sharing a text is enough for the warning") {
  json pack = two_scenarios();
  pack["scenarios"][1]["replies"][0]["feedback"]["en"] =
      pack["scenarios"][0]["replies"][1]["feedback"]["en"];
  auto problems = problems_of(pack);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "$.scenarios[1].replies[0].feedback.en");
}

TEST_CASE("the summary counts the player's replies by kind", "[screen_text]") {
  json pack = two_scenarios();
  for (auto& reply : pack["scenarios"][0]["replies"]) reply["kind"] = "mocking";
  for (auto& reply : pack["scenarios"][1]["replies"]) reply["kind"] = "empathic_question";
  SessionContent content = test::session_content(numbered_pack("pack-a", 1, 2), "en", 7);
  content.packs[0].text = pack.dump();
  Session s(std::move(content));
  test::choose_round(s, Mode::Reply, 2);
  REQUIRE(s.apply(session_action::StartRound{}));
  CHECK(reply_kind_line(s).empty());
  while (s.round().phase() == Phase::Answering) {
    REQUIRE(s.apply(session_action::Game{action::PickReply{0}}));
    const Reply& r = s.round().current()->replies[0];
    std::string about = s.tr(std::string("reply_kind.") + to_string(r.kind) + ".about");
    auto lines = screen_text(s);
    CHECK(std::find(lines.begin(), lines.end(), about) != lines.end());  // what the kind does
    REQUIRE(s.apply(session_action::Game{action::Next{}}));
  }
  REQUIRE(s.screen() == Screen::Summary);
  CHECK(reply_kind_line(s) == "Empathic questions: 1 · Mocking: 1");
  auto lines = screen_text(s);
  CHECK(std::find(lines.begin(), lines.end(), "Empathic questions: 1 · Mocking: 1") != lines.end());
}
