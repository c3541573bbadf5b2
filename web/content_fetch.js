// The scenario packs and practices (one file, antirumour.content: game/core/content_bundle.h), fetched
// once the title screen is on screen, so the first frame waits for none of them. Downloaded as
// web/boot.js downloads the game itself (Module.download: trying again when the network fails for
// a moment); says how far it got, and why it gave up. Linked with --js-library (cmake/game.cmake);
// run_web.cpp declares js_fetch_content.
// In a build split in two (scripts/split_code.mjs), the second part of the code is asked for at the
// same time, and the packs are handed over once it is in.
mergeInto(LibraryManager.library, {
  js_fetch_content__deps: ['malloc', 'free'],
  js_fetch_content: function (pathPtr) {
    const path = UTF8ToString(pathPtr);
    let shown = -1;
    const progress = (percent) => {
      percent = Math.max(0, Math.min(99, Math.floor(percent)));
      if (percent === shown) return;
      shown = percent;
      Module.ccall('ar_content_progress', null, ['number'], [percent]);
    };
    // The packs and, in a split build, the code's second part, which comes with them, counted as
    // one: the line moves once every expected length is known (the build's own sizes,
    // web/boot.js's expectedLength, as a compressed answer gives none) and holds while one is not.
    const count = Module.progressTally((percent) => { if (percent !== null) progress(percent); });
    progress(0);
    count('packs', 0, Module.fileSize(path));
#if SPLIT_MODULE
    // The rest of the game's code comes with the packs (web/boot.js), and reading them needs it.
    let codeTotal = 0;
    const code = Module.loadDeferredCode((loaded, total) => {
      if (!total) return;
      codeTotal = total;
      count('code', loaded, total);
    });
    code.then(() => { if (codeTotal) count('code', codeTotal, codeTotal); });
#else
    const code = Promise.resolve();
#endif
    const content = Module.download(path, (loaded, total) => count('packs', loaded, total));
    content.catch(() => {});  // reported below, once the code is in
    code.then(() => content).then(function (buffer) {
      const bytes = new Uint8Array(buffer);
      const ptr = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, ptr);
      Module.ccall('ar_content_arrived', null, ['number', 'number'], [ptr, bytes.length]);
      _free(ptr);
    }, function (error) {
      console.warn('antirumour: ' + path + ' could not be had', error);
      Module.ccall('ar_content_failed', null, ['string'], [error.message || String(error)]);
    });
  },
});
