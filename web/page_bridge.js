// The page's side of the game: reading the address, saves in IndexedDB, the text proxy and the
// loading screen. Linked with --js-library (cmake/game.cmake), so it is plain JavaScript that no
// C++ formatter touches; run_web.cpp declares these functions extern "C".
mergeInto(LibraryManager.library, {
  // Fills `lang` (8 bytes) and `seed` (24 bytes) from ?lang=xx&seed=N. A link may choose a language
  // or an order and nothing more: anything malformed is ignored, as if it were not there.
  js_page_options: function (lang, seed) {
    const params = new URLSearchParams(window.location.search);
    let wanted = (params.get('lang') || '').toLowerCase();
    if (!/^[a-z]{2}$/.test(wanted)) wanted = (navigator.language || '').slice(0, 2).toLowerCase();
    if (/^[a-z]{2}$/.test(wanted)) stringToUTF8(wanted, lang, 8);
    const order = params.get('seed') || '';
    if (/^[0-9]{1,18}$/.test(order)) stringToUTF8(order, seed, 24);  // 18 digits fit in 64 bits
  },

  // The player's device settings, as bits: 1 more contrast (or a forced-colours mode), 2 less motion.
  js_device_preferences: function () {
    const asks = (query) => window.matchMedia && window.matchMedia(query).matches;
    return (asks('(prefers-contrast: more)') || asks('(forced-colors: active)') ? 1 : 0) |
           (asks('(prefers-reduced-motion: reduce)') ? 2 : 0);
  },

  js_mount_saves__deps: ['$FS', '$IDBFS'],
  js_mount_saves: function (dir) {
    const path = UTF8ToString(dir);
    FS.mkdir(path);
    FS.mount(IDBFS, {}, path);
    FS.syncfs(true, function (err) {
      if (err) console.warn('antirumour: saved progress unavailable', err);
      Module.ccall('ar_saves_loaded', null, [], []);
    });
  },

  js_flush_saves__deps: ['$FS'],
  js_flush_saves: function () {
    FS.syncfs(false, function (err) {
      if (err) console.warn('antirumour: save failed', err);
    });
  },

  js_release_text_proxy: function () {
    if (Module.releaseTextProxy) Module.releaseTextProxy();
  },

  js_game_ready: function () {
    if (Module.onGameReady) Module.onGameReady();
  },

  js_game_error: function (text) {
    if (Module.onGameError) Module.onGameError(UTF8ToString(text));
  },
});
