// The page's side of the game: the device's settings, the text proxy and the loading screen (the
// address: web/page_links.js; saves: web/saves.js; exporting and importing the device's data:
// web/device_files.js). Linked with --js-library (cmake/game.cmake), so it is plain JavaScript that
// no C++ formatter touches; run_web.cpp declares these functions extern "C".
mergeInto(LibraryManager.library, {
  // The player's device settings, as bits: 1 more contrast (or a forced-colours mode), 2 less motion.
  js_device_preferences: function () {
    const asks = (query) => window.matchMedia && window.matchMedia(query).matches;
    return (asks('(prefers-contrast: more)') || asks('(forced-colors: active)') ? 1 : 0) |
           (asks('(prefers-reduced-motion: reduce)') ? 2 : 0);
  },

  js_release_text_proxy: function () {
    if (Module.releaseTextProxy) Module.releaseTextProxy();
  },

  js_game_ready: function () {
    if (Module.onGameReady) Module.onGameReady();
  },

  // Where the time before the title went (run_web.cpp's js_mark_phase calls): a User Timing mark named
  // "ar:" + the phase, read by ./bench.sh (bench/bench.mjs). It stays in the page.
  js_mark_phase: function (name) {
    if (window.performance && performance.mark) performance.mark('ar:' + UTF8ToString(name));
  },

  // The key of a page message (content/ui-strings.json's "page." strings): the page says it in
  // every language, as the game's own strings may not be read yet.
  js_game_error: function (messageKey) {
    if (Module.onGameError) Module.onGameError(UTF8ToString(messageKey));
  },
});
