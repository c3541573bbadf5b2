// What a device remembers between rounds, and how it survives a corrupt save.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "progress.h"
#include "round.h"
#include "test_library.h"

using namespace ar;
using ar::test::make_library;
using ar::test::numbered_pack;
using ar::test::wrong_verdict;

namespace {

// Plays a whole round: `right` answers right, the others wrong (in the order given).
void play(Round& r, RoundSettings s, const std::vector<bool>& right) {
  REQUIRE(r.apply(action::Start{s}));
  for (bool ok : right) {
    REQUIRE(r.phase() == Phase::Answering);
    const Scenario* sc = r.current();
    if (s.mode == Mode::Verdict) {
      REQUIRE(r.apply(action::PickVerdict{ok ? sc->verdict : wrong_verdict(*sc)}));
    } else {
      REQUIRE(r.apply(action::PickReply{
          ar::test::reply_index(*sc, ok ? ReplyQuality::Good : ReplyQuality::Poor)}));
    }
    REQUIRE(r.apply(action::Next{}));
  }
  if (r.phase() != Phase::Summary) REQUIRE(r.apply(action::Finish{}));
}

RoundSettings settings(int count, Mode mode = Mode::Verdict, bool practice = false,
                       uint64_t seed = 1) {
  RoundSettings s;
  s.rumour_count = count;
  s.mode = mode;
  s.practice = practice;
  s.seed = seed;
  return s;
}

bool is_fresh(const Progress& p) {
  return p.seen.empty() && p.best_score.empty() && p.rounds_played == 0;
}

}  // namespace

TEST_CASE("recording a round counts the rumours seen and the rounds played", "[progress]") {
  Library lib = make_library({numbered_pack("pack-a", 1, 6)});
  Progress progress;
  CHECK(progress.times_seen("rumour-1") == 0);

  Round first(lib, &progress);
  play(first, settings(3), {true, true, false});
  progress.record(first);
  CHECK(progress.rounds_played == 1);
  CHECK(progress.seen.size() == 3);
  for (const auto& a : first.answers()) CHECK(progress.times_seen(a.scenario->id) == 1);

  // The second round draws the three unseen rumours first, then one seen before.
  Round second(lib, &progress);
  play(second, settings(4, Mode::Verdict, false, 2), {true, true, true, true});
  progress.record(second);
  CHECK(progress.rounds_played == 2);
  CHECK(progress.seen.size() == 6);
  int total = 0;
  for (const auto& [id, n] : progress.seen) total += n;
  CHECK(total == 7);
  CHECK(progress.times_seen(second.answers()[3].scenario->id) == 2);

  // A round stopped early records only what was answered.
  Round third(lib, &progress);
  play(third, settings(5), {true});
  progress.record(third);
  CHECK(progress.rounds_played == 3);
  total = 0;
  for (const auto& [id, n] : progress.seen) total += n;
  CHECK(total == 8);
}

TEST_CASE("the best score per mode only ever improves", "[progress]") {
  Library lib = make_library({numbered_pack("pack-a", 1, 6)});
  Progress progress;
  auto round_scoring = [&](Mode mode, std::vector<bool> right) {
    Round r(lib, &progress);
    play(r, settings(static_cast<int>(right.size()), mode), right);
    progress.record(r);
    return r.protection_percent();
  };
  CHECK(round_scoring(Mode::Verdict, {true, false}) == 50);
  CHECK(progress.best_score.at("verdict") == 50);
  CHECK(progress.best_score.count("reply") == 0);

  CHECK(round_scoring(Mode::Verdict, {true, true, true, false}) == 75);
  CHECK(progress.best_score.at("verdict") == 75);

  CHECK(round_scoring(Mode::Verdict, {false, false}) == 0);
  CHECK(progress.best_score.at("verdict") == 75);  // a worse round does not lower it

  CHECK(round_scoring(Mode::Reply, {true, false, false, false}) == 25);
  CHECK(progress.best_score.at("reply") == 25);
  CHECK(progress.best_score.at("verdict") == 75);  // each mode keeps its own
  CHECK(progress.rounds_played == 4);
}

TEST_CASE("practice rounds count as seen but never as a best score", "[progress]") {
  Library lib = make_library({numbered_pack("pack-a", 1, 4)});
  Progress progress;
  Round practice(lib, &progress);
  play(practice, settings(3, Mode::Verdict, true), {true, true, true});
  progress.record(practice);
  CHECK(progress.rounds_played == 1);
  CHECK(progress.seen.size() == 3);
  CHECK(progress.best_score.empty());

  Round scored(lib, &progress);
  play(scored, settings(2), {true, false});
  progress.record(scored);
  REQUIRE(progress.best_score.count("verdict") == 1);
  CHECK(progress.best_score.at("verdict") == 50);

  Round practice_again(lib, &progress);
  play(practice_again, settings(2, Mode::Verdict, true), {true, true});
  progress.record(practice_again);
  CHECK(progress.best_score.at("verdict") == 50);
  CHECK(progress.best_score.count("reply") == 0);
  CHECK(progress.rounds_played == 3);
}

TEST_CASE("a saved progress loads back the same", "[progress]") {
  Progress p;
  SECTION("with content") {
    p.seen = {{"jobs-they-dont-work", 3}, {"rumour-2", 1}, {"health-queues", 12}};
    p.best_score = {{"verdict", 80}, {"reply", 100}};
    p.rounds_played = 17;
    p.high_contrast = true;
    p.reduced_motion = false;  // chosen off: not the same as never chosen
    p.techniques_explained = true;
  }
  SECTION("fresh") {}
  std::string text = save_progress(p);
  CHECK_FALSE(text.empty());
  ProgressLoadResult loaded;
  REQUIRE_NOTHROW(loaded = load_progress(text, "progress.json"));
  for (const auto& problem : loaded.problems) FAIL_CHECK(format_problem(problem));
  CHECK(loaded.progress.seen == p.seen);
  CHECK(loaded.progress.best_score == p.best_score);
  CHECK(loaded.progress.rounds_played == p.rounds_played);
  CHECK(loaded.progress.high_contrast == p.high_contrast);
  CHECK(loaded.progress.reduced_motion == p.reduced_motion);
  CHECK(loaded.progress.techniques_explained == p.techniques_explained);
  // And saving again gives the same text.
  CHECK(save_progress(loaded.progress) == text);
}

TEST_CASE("a progress recorded from rounds survives a save and a load", "[progress]") {
  Library lib = make_library({numbered_pack("pack-a", 1, 5)});
  Progress progress;
  Round r(lib, &progress);
  play(r, settings(4, Mode::Reply), {true, true, true, false});
  progress.record(r);
  auto loaded = load_progress(save_progress(progress), "progress.json");
  CHECK(loaded.problems.empty());
  CHECK(loaded.progress.seen == progress.seen);
  CHECK(loaded.progress.best_score == std::map<std::string, int>{{"reply", 75}});
  CHECK(loaded.progress.rounds_played == 1);
}

TEST_CASE("a corrupt save is reported, located, and replaced by a fresh start", "[progress]") {
  const std::string good =
      R"({"format": 1, "seen": {"rumour-1": 2}, "best_score": {"verdict": 70}, "rounds_played": 3})";
  struct Case {
    const char* what;
    std::string text;
    const char* path;  // where the problem should point, "" when it is about the syntax
  };
  const std::vector<Case> cases{
      {"not JSON", "this is not a saved game", ""},
      {"truncated", good.substr(0, good.size() / 2), ""},
      {"truncated save",
       save_progress(Progress{{{"rumour-1", 2}}, {{"verdict", 70}}, 3}).substr(0, 30), ""},
      {"a list instead of an object", "[1, 2, 3]", "$"},
      {"seen is a list", R"({"format": 1, "seen": ["rumour-1"], "rounds_played": 1})", "$.seen"},
      {"a count is text", R"({"format": 1, "seen": {"rumour-1": "two"}})", "$.seen"},
      {"a count is a fraction", R"({"format": 1, "seen": {"rumour-1": 1.5}})", "$.seen"},
      {"rounds played is text", R"({"format": 1, "rounds_played": "many"})", "$.rounds_played"},
      {"best score is a number", R"({"format": 1, "best_score": 80})", "$.best_score"},
      {"format is text", R"({"format": "1"})", "$.format"},
      {"high contrast is text", R"({"format": 1, "high_contrast": "yes"})", "$.high_contrast"},
      {"reduced motion is a number", R"({"format": 1, "reduced_motion": 1})", "$.reduced_motion"},
      {"techniques explained is text", R"({"format": 1, "techniques_explained": "yes"})",
       "$.techniques_explained"},
      {"negative seen count", R"({"format": 1, "seen": {"rumour-1": -1}})", "$.seen"},
      {"negative rounds played", R"({"format": 1, "rounds_played": -4})", "$.rounds_played"},
      {"best score over 100", R"({"format": 1, "best_score": {"verdict": 101}})", "$.best_score"},
      {"format 2", R"({"format": 2, "seen": {}, "best_score": {}, "rounds_played": 0})",
       "$.format"},
      {"no format", R"({"seen": {"rumour-1": 1}, "rounds_played": 1})", "$"},
      {"format 99", R"({"format": 99, "kind": "progress"})", "$.format"},
      {"format 0", R"({"format": 0})", "$.format"},
      {"another kind", R"({"format": 1, "kind": "draft", "rounds_played": 1})", "$.kind"},
      {"kind is a number", R"({"format": 1, "kind": 1})", "$.kind"},
      {"empty file", "", ""},
      {"only spaces", "  \n\t ", ""},
      {"null", "null", "$"},
      {"too deep", R"({"format": 1, "seen": {"a": [[[[[[[[[[[[1]]]]]]]]]]]}})", ""},
  };
  for (const auto& c : cases) {
    INFO(c.what << ": " << c.text);
    ProgressLoadResult r;
    REQUIRE_NOTHROW(r = load_progress(c.text, "saves/progress.json"));
    REQUIRE_FALSE(r.problems.empty());
    const Problem& p = r.problems.front();
    INFO(format_problem(p));
    CHECK(p.file == "saves/progress.json");
    CHECK_FALSE(p.message.empty());
    CHECK(p.severity == Problem::Severity::Error);
    bool whole_file = c.text.find_first_not_of(" \n\t") == std::string::npos;
    if (!whole_file) CHECK(p.line >= 1);
    if (*c.path) {
      CHECK(p.path.rfind(c.path, 0) == 0);
    }
    CHECK(is_fresh(r.progress));
  }
}

TEST_CASE("the good save used by the corrupt-save test does load", "[progress]") {
  // Guards the test above: its cases fail because of what was broken, not because of the rest.
  auto r = load_progress(
      R"({"format": 1, "seen": {"rumour-1": 2}, "best_score": {"verdict": 70}, "rounds_played": 3})",
      "saves/progress.json");
  CHECK(r.problems.empty());
  CHECK(r.progress.times_seen("rumour-1") == 2);
  CHECK(r.progress.best_score.at("verdict") == 70);
  CHECK(r.progress.rounds_played == 3);
  CHECK_FALSE(r.progress.techniques_explained);  // a save from before the page: not seen yet
  auto minimal = load_progress(R"({"format": 1})", "saves/progress.json");
  CHECK(minimal.problems.empty());
  CHECK(is_fresh(minimal.progress));
}

TEST_CASE("a save carries its format and kind; one from a newer version says so", "[progress]") {
  auto j = nlohmann::json::parse(save_progress(Progress{}));
  CHECK(j.at("format") == 1);
  CHECK(j.at("kind") == "progress");
  // Files written before kinds existed have none, and still load (the good save above has none).
  auto newer =
      load_progress(R"({"format": 2, "kind": "progress", "seen": {"a-b": "2"}})", "p.json");
  REQUIRE(newer.problems.size() == 1);  // only the format: the rest is not guessed at
  CHECK(newer.problems[0].message ==
        "this save was written by a newer version of the game (save format 2; this version reads "
        "up to format 1)");
  auto draft = load_progress(R"({"format": 1, "kind": "draft"})", "p.json");
  REQUIRE(draft.problems.size() == 1);
  CHECK(draft.problems[0].message == "this is not a progress save: its kind is the text \"draft\"");
}
