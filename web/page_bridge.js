// The page's side of the game: reading the address, the text proxy and the loading screen (saves:
// web/saves.js; exporting and importing the device's data: web/device_files.js). Linked with
// --js-library (cmake/game.cmake), so it is plain JavaScript that no C++ formatter touches;
// run_web.cpp declares these functions extern "C".
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
