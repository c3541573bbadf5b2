// Shared links and the browser's history in the web build (see page_links.h). The core parses and
// checks every link; the page's JavaScript (web/page_links.js, linked with --js-library) only
// hands strings over and calls history.pushState/replaceState.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "deep_link.h"
#include "local_text.h"
#include "page_links.h"

extern "C" {
void js_links_address(char* search, int search_size, char* hash, int hash_size, char* browser_lang);
int js_links_take_popped(char* hash, int size);
void js_links_record(const char* link, int replace);
}

namespace ar::platform::page_links {

namespace {

// Room for a link part a little longer than the core reads: a longer one is cut to this, which is
// still too long, and ignored as a whole rather than read in part.
constexpr size_t link_buffer = max_link_length + 8;

std::optional<DeepLink> to_open;  // the place to open at the next frame
std::string recorded;             // the link the current history entry names
DeepLink pack_link;               // ?pack=, read with its case (paths are case-sensitive)

DeepLink parsed(std::string_view search, std::string_view hash) {
  DeepLink link = parse_deep_link(search, hash);
  for (const auto& why : link.ignored) std::printf("antirumour: link ignored: %s\n", why.c_str());
  return link;
}

bool is_supported(const std::string& language) {
  const auto& langs = supported_languages();
  return std::find(langs.begin(), langs.end(), language) != langs.end();
}

}  // namespace

void read_address(RunOptions& options) {
  std::vector<char> search(link_buffer), hash(link_buffer);
  char browser[8] = {0};
  js_links_address(search.data(), static_cast<int>(search.size()), hash.data(),
                   static_cast<int>(hash.size()), browser);
  // People type addresses: ?lang=EU means ?lang=eu (the core reads names exactly).
  std::string query = search.data();
  std::transform(query.begin(), query.end(), query.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  // Read apart, so that what the fragment got wrong is told from what the query got wrong.
  DeepLink options_part = parsed(query, "");
  options.language = !options_part.language.empty() ? options_part.language
                     : is_supported(browser)        ? std::string(browser)
                                                    : std::string();
  options.seed = options_part.seed.value_or(0);
  pack_link = parse_deep_link(search.data(), "");
  to_open = parsed("", hash.data());
}

void load_linked_pack(Session& session, void (*fetch)(const char* path)) {
  if (!pack_link.pack_path.empty())
    fetch(pack_link.pack_path.c_str());
  else if (!pack_link.pack_refused.empty())
    session.apply(
        session_action::LoadPack{pack_link.pack_refused, "", pack_link.pack_refused_why, ""});
  pack_link = {};
}

bool follow_address(Session& session) {
  static char popped[link_buffer];  // asked every frame: kept, not allocated each time
  if (js_links_take_popped(popped, static_cast<int>(sizeof popped))) {
    DeepLink link = parsed("", popped);
    // Back to the first entry: the title screen's address has no fragment at all.
    if (!link.screen && link.ignored.empty()) link.screen = Screen::Title;
    to_open = std::move(link);
  }
  if (!to_open) return false;
  // A round starts from a link only if all of it was understood: one with a choice it got wrong
  // (count=50) stops at the setup screen, showing the choices it did understand.
  bool may_start = to_open->ignored.empty();
  bool changed = false;
  for (const auto& action : actions_for(*to_open, session))
    if (may_start || !std::holds_alternative<session_action::StartRound>(action))
      changed |= session.apply(action);
  to_open.reset();
  // The address names what is shown, which may differ from what it asked for (Back out of a round
  // shows its summary, a malformed link shows what was there): corrected in place, no new entry.
  recorded = link_for(session);
  js_links_record(recorded.c_str(), 1);
  return changed;
}

void record_screen(const Session& session) {
  std::string link = link_for(session);
  if (link == recorded) return;
  js_links_record(link.c_str(), 0);
  recorded = std::move(link);
}

}  // namespace ar::platform::page_links
