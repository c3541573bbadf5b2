#pragma once
// The page address and the browser's history, for the web build (page_links_web.cpp): a shared
// link opens its place in the game, the address follows the screens, and Back/Forward move
// between them. The links themselves are the core's (deep_link.h).
#include "platform.h"
#include "session.h"

namespace ar::platform::page_links {

// At start-up: the address's language and seed into `options` (the browser's language when the
// address names none), and its place kept for the session.
void read_address(RunOptions& options);

// Once the session started: the pack the address's ?pack= named. A path on the page's own address
// is handed to `fetch` (the page fetches it and loads it like a picked file); any other value is
// refused, and the game says why on its About screen.
void load_linked_pack(Session& session, void (*fetch)(const char* path));

// Each frame, before drawing: opens the place the address named at start-up, or the one Back or
// Forward went to. True when the session changed.
bool follow_address(Session& session);

// Each frame, after the player's action: a new screen gets a new history entry.
void record_screen(const Session& session);

}  // namespace ar::platform::page_links
