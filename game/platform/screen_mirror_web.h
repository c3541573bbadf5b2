#pragma once
// The browser's screen-reader mirror: after each drawn frame, the screen's text goes to the page
// (web/screen_mirror.js) when it changed, never otherwise.
#include "session.h"

namespace ar::platform {

void mirror_screen(const Session& session);

}  // namespace ar::platform
