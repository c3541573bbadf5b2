#include "screen_mirror_web.h"

#include <nlohmann/json.hpp>

#include "screen_mirror.h"

// web/screen_mirror.js (linked with --js-library): writes the text into the page's mirror.
extern "C" void js_screen_mirror(const char* json);

namespace ar::platform {

void mirror_screen(const Session& session) {
  static ui::ScreenMirror mirror;
  auto text = mirror.update(session);
  if (!text) return;
  nlohmann::json j = {{"lang", text->language}, {"label", text->label},
                      {"lines", text->lines},   {"keys", text->keys},
                      {"focus", text->focus},   {"announce", text->announce}};
  // Content text is UTF-8 checked when loaded; replace anything odd rather than throw.
  js_screen_mirror(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

}  // namespace ar::platform
