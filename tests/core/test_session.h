#pragma once
// What a session starts from in the core tests: synthetic packs, the shipped interface strings and
// practices (read once per test binary), a fixed seed and year.
#include <catch2/catch.hpp>
#include <string>

#include "session.h"
#include "test_files.h"
#include "test_library.h"
#include "test_year.h"

namespace ar::test {

inline SessionContent session_content(const PackSpec& pack, const std::string& language,
                                      uint64_t seed) {
  static const std::string strings = read_file(AR_CONTENT "/ui-strings.json");
  static const std::string practices = read_file(AR_CONTENT "/practices.json");
  SessionContent c;
  c.packs.push_back({"packs/test.json", pack_json(pack)});
  c.ui_strings = strings;
  c.practices = practices;
  c.language = language;
  c.seed = seed;
  c.current_year = current_year;
  return c;
}

// Goes to the setup screen and chooses a round of `count` rumours in `mode` there.
inline void choose_round(Session& s, Mode mode, int count) {
  REQUIRE(s.apply(session_action::GoTo{Screen::Setup}));
  SetupChoices c = s.setup();
  c.mode = mode;
  c.rumour_count = count;
  REQUIRE(s.apply(session_action::ChangeSetup{c}));
}

}  // namespace ar::test
