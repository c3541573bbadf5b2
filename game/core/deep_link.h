#pragma once
// Links a facilitator can share: "?lang=eu&seed=42" and a place in the game after the "#":
// "?pack=packs/my-town.json" also loads a pack from the page's own address (never another site).
//   #practices                      the practice browser
//   #practice/<id>                  one practice
//   #setup, #about                  those screens
//   #play?mode=reply&count=5&topics=jobs,health&difficulty=easy,hard&practice=1
//                                   a round with these choices (any of them may be left out)
// The browser's Back and Forward move between screens through the same links (link_for).
// A link comes from anyone: anything malformed is ignored and listed, never acted on, never a
// crash.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "session.h"

namespace ar {

struct DeepLink {
  std::string language;  // empty: not given
  std::optional<uint64_t> seed;
  std::optional<Screen> screen;         // Title, Setup, Play, Practices, PracticeDetail, About
  std::string practice_id;              // with PracticeDetail
  std::optional<SetupChoices> choices;  // with Play: the round to start
  std::vector<std::string> ignored;     // what was not understood, in words, for the console
  // ?pack=: a path on the page's own address to load a pack from, or (refused) the value given
  // and why it was not followed, for the game to say.
  std::string pack_path, pack_refused, pack_refused_why;
};

// A path on the page's own address that a link may load a pack from: letters, digits, '.', '_',
// '-' and '/', ending in .json or .csv; never another site ("//host", "https:"), never "..".
bool is_own_pack_path(std::string_view path);

// The longest link part read; anything longer is ignored as a whole.
inline constexpr size_t max_link_length = 2048;

// `search` is the address's query ("?lang=eu&seed=3", the "?" optional), `hash` its fragment
// ("#play?mode=reply", the "#" optional).
DeepLink parse_deep_link(std::string_view search, std::string_view hash);

// The fragment (with "#") for what the session shows, so the browser's history can follow it.
std::string link_for(const Session& session);

// What the session should do to show the link's place (after its language and seed were used at
// start-up). A round under way is resumed rather than replaced when the link asks for play.
std::vector<SessionAction> actions_for(const DeepLink& link, const Session& session);

}  // namespace ar
