// The scenario packs and practices (one file, antirumour.content: game/core/content_bundle.h), fetched
// once the title screen is on screen, so the first frame waits for none of them. Tries again when the
// network fails for a moment, as web/boot.js does for the game itself; says how far it got, and why
// it gave up. Linked with --js-library (cmake/game.cmake); run_web.cpp declares js_fetch_content.
// In a build split in two (scripts/split_code.mjs), the second part of the code is asked for at the
// same time, and the packs are handed over once it is in.
mergeInto(LibraryManager.library, {
  js_fetch_content__deps: ['malloc', 'free'],
  js_fetch_content: function (pathPtr) {
    const path = UTF8ToString(pathPtr);
    const delays = [500, 1000, 2000, 4000];
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    let shown = -1;
    const progress = (percent) => {
      percent = Math.max(0, Math.min(99, Math.floor(percent)));
      if (percent === shown) return;
      shown = percent;
      Module.ccall('ar_content_progress', null, ['number'], [percent]);
    };
    // Bytes read and expected per download: the packs and, in a split build, the code's second
    // part, which comes with them. The line moves once every expected length is known
    // (web/boot.js's expectedLength: the build's own sizes, as a compressed answer gives none).
    const counted = {};
    const count = (what, loaded, total) => {
      counted[what] = { loaded: loaded, total: total };
      const all = Object.values(counted);
      if (all.some((c) => !c.total)) return;
      const sum = (key) => all.reduce((n, c) => n + c[key], 0);
      progress((100 * sum('loaded')) / sum('total'));
    };
    const expectedLength = (response) => (Module.expectedLength ? Module.expectedLength(path, response)
      : Number(response.headers.get('Content-Length')) || 0);
    async function readAll(response) {
      const total = expectedLength(response);
      if (!response.body || !response.body.getReader) return new Uint8Array(await response.arrayBuffer());
      const reader = response.body.getReader();
      const chunks = [];
      let loaded = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loaded += value.length;
        count('packs', loaded, total && Math.max(total, loaded));
      }
      const bytes = new Uint8Array(loaded);
      let at = 0;
      for (const chunk of chunks) { bytes.set(chunk, at); at += chunk.length; }
      return bytes;
    }
    async function fetchWithRetries() {
      for (let attempt = 0; ; attempt++) {
        try {
          const response = await fetch(path, { credentials: 'same-origin' });
          if (!response.ok) {
            const error = new Error('HTTP ' + response.status);
            error.final = !(response.status >= 500 || response.status === 408 || response.status === 429);
            throw error;
          }
          return await readAll(response);
        } catch (error) {
          if (error.final || attempt >= delays.length) throw error;
          console.warn('antirumour: ' + path + ' failed (' + error.message + '), trying again');
          await sleep(delays[attempt]);
        }
      }
    }
    progress(0);
    count('packs', 0, Module.fileSize ? Module.fileSize(path) : 0);
#if SPLIT_MODULE
    // The rest of the game's code comes with the packs (web/boot.js), and reading them needs it.
    const code = Module.loadDeferredCode
      ? Module.loadDeferredCode((loaded, total) => { if (total) count('code', loaded, total); })
      : Promise.resolve();
    code.then(() => { if (counted.code) count('code', counted.code.total, counted.code.total); });
#else
    const code = Promise.resolve();
#endif
    const content = fetchWithRetries();
    content.catch(() => {});  // reported below, once the code is in
    code.then(() => content).then(function (bytes) {
      const ptr = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, ptr);
      Module.ccall('ar_content_arrived', null, ['number', 'number'], [ptr, bytes.length]);
      _free(ptr);
    }, function (error) {
      console.warn('antirumour: ' + path + ' could not be had', error);
      Module.ccall('ar_content_failed', null, ['string'], [path + ': ' + (error.message || String(error))]);
    });
  },
});
