// The page's side of shared links and Back/Forward (game/platform/page_links_web.cpp). C++ parses
// and checks everything; this only hands the address over and writes the history. Linked with
// --js-library (cmake/game.cmake).
mergeInto(LibraryManager.library, {
  $pageLinks: { popped: null },  // the fragment Back or Forward went to, until the game takes it

  // Copies location.search and location.hash (cut to the buffers: C++ ignores a cut link whole)
  // and the browser's language (two letters, or nothing), and starts listening for Back/Forward.
  js_links_address__deps: ['$pageLinks'],
  js_links_address: function (search, searchSize, hash, hashSize, browserLang) {
    stringToUTF8(location.search, search, searchSize);
    stringToUTF8(location.hash, hash, hashSize);
    const lang = (navigator.language || '').slice(0, 2).toLowerCase();
    if (/^[a-z]{2}$/.test(lang)) stringToUTF8(lang, browserLang, 8);
    // Also fires for a fragment typed into the address bar: the game reads it on its next frame.
    window.addEventListener('popstate', function () { pageLinks.popped = location.hash; });
  },

  // 1 and the fragment when Back or Forward moved since the last call, else 0.
  js_links_take_popped__deps: ['$pageLinks'],
  js_links_take_popped: function (hash, size) {
    if (pageLinks.popped === null) return 0;
    stringToUTF8(pageLinks.popped, hash, size);
    pageLinks.popped = null;
    return 1;
  },

  // Names the screen shown in the address, keeping ?lang=…&seed=…: a new history entry, or
  // (replace) a correction of the current one.
  js_links_record__deps: ['$pageLinks'],
  js_links_record: function (link, replace) {
    // Back or Forward moved again since the game read the address (quick presses): this entry is
    // no longer the one the game followed. Write nothing; the game follows the newer one next frame.
    if (pageLinks.popped !== null) return;
    const fragment = UTF8ToString(link);
    // The title screen is the page's own address, with no "#".
    const url = location.pathname + location.search + (fragment === '#' ? '' : fragment);
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  },
});
