// Starts the game: downloads its data (.data) and code (.wasm), trying again when the network
// fails for a moment, compiles the code as soon as it is in, and runs the emscripten script (asked
// for at the same time, so it waits in the cache) once the data is in. If a file cannot be had,
// the page says so in Spanish, Basque and English and offers a button to try again, instead of
// "Loading…" forever.
// Also registers the service worker that keeps the game for offline play (secure pages only).
// Runs after shell.html's inline script, which defines Module, fail(), pageMessage() and the
// loading screen.
(function () {
  'use strict';
  if (typeof WebAssembly !== 'object') return;  // shell.html has said so already
  const DELAYS_MS = [500, 1000, 2000, 4000];  // waits before each new try of a failed download
  // The page's messages, in three languages (shell.html's pageMessage, content/ui-strings.json).
  const COULD_NOT_DOWNLOAD = pageMessage('page.could_not_download');
  const COULD_NOT_START = pageMessage('page.could_not_start');
  const UPDATED = pageMessage('page.updated');
  const NO_WEBGL2 = pageMessage('page.no_webgl2');

  // A browser with WebGL turned off has no WebGL classes at all. Emscripten 3.1.6 then throws while
  // creating the context (`instanceof WebGLRenderingContext`, before the game can report it), and
  // the page would say "Loading…" for ever (seen in WebKitGTK, tests/webkit/). Say so now, and
  // download nothing. Where the class exists but no context can be made, the game says it itself.
  if (typeof WebGL2RenderingContext === 'undefined') {
    fail(NO_WEBGL2);
    return;
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const progress = document.getElementById('progress');
  const template = document.getElementById('game-script');
  const script = template.content.querySelector('script').getAttribute('src');
  const base = script.replace(/\.js$/, '');

  // The size of each file as read here, from the build (shell.html's meta, scripts/web_finish.py).
  const fileSizes = {};
  const sizesMeta = document.querySelector('meta[name="antirumour-file-sizes"]');
  for (const pair of (sizesMeta ? sizesMeta.content : '').split(/\s+/)) {
    const [name, bytes] = pair.split(':');
    if (name && Number(bytes) > 0) fileSizes[name] = Number(bytes);
  }
  // How many bytes a download will give: the build's figure, else Content-Length when the answer
  // is not compressed (a compressed one counts the bytes sent, not those read); 0 if unknown.
  Module.fileSize = (file) => fileSizes[file.split('/').pop()] || 0;  // 0: not known
  Module.expectedLength = (file, response) => {
    const known = Module.fileSize(file);
    if (known) return known;
    if (response.headers.get('Content-Encoding')) return 0;
    return Number(response.headers.get('Content-Length')) || 0;
  };

  // The progress of several downloads as one figure: progressTally(onPercent) gives a
  // count(what, loaded, expected) to call as each goes; onPercent is told the sum as a percentage,
  // or null while an expected length is unknown. web/content_fetch.js counts the packs and the
  // code's second part with one.
  Module.progressTally = (onPercent) => {
    const counted = {};
    return (what, loaded, total) => {
      counted[what] = { loaded, total };
      const all = Object.values(counted);
      if (all.some((c) => !c.total)) return onPercent(null);
      const sum = (key) => all.reduce((n, c) => n + c[key], 0);
      return onPercent(100 * sum('loaded') / sum('total'));
    };
  };
  // The loading screen's bar: no figure while a length is unknown.
  const showProgress = Module.progressTally((percent) => {
    if (percent === null) progress.removeAttribute('value');
    else progress.value = Math.min(99, percent);
  });

  // The whole body as one ArrayBuffer of exactly its length, reporting progress as it comes
  // (onProgress(loaded, expected), expected 0 when unknown).
  async function readBody(file, response, onProgress) {
    const total = Module.expectedLength(file, response);
    if (!response.body || !response.body.getReader) {
      const buffer = await response.arrayBuffer();
      onProgress(buffer.byteLength, buffer.byteLength);
      return buffer;
    }
    const reader = response.body.getReader();
    const chunks = [];
    let loaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      onProgress(loaded, total && Math.max(total, loaded));
    }
    const bytes = new Uint8Array(loaded);
    let at = 0;
    for (const chunk of chunks) { bytes.set(chunk, at); at += chunk.length; }
    return bytes.buffer;
  }

  // The whole file, trying again after a failure worth another try: no answer at all, a cut
  // download, or a busy/failing server. A missing file (404) or a refusal (403) stays missing:
  // say so at once. The error given up with names the file. Progress goes to the loading
  // screen's bar unless told otherwise. web/content_fetch.js downloads the packs with it.
  async function download(file, onProgress = (loaded, total) => showProgress(file, loaded, total)) {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(file, { credentials: 'same-origin' });
        if (!response.ok) {
          const error = new Error(`HTTP ${response.status}`);
          error.final = !(response.status >= 500 || response.status === 408 || response.status === 429);
          throw error;
        }
        return await readBody(file, response, onProgress);
      } catch (error) {
        if (error.final || attempt >= DELAYS_MS.length)
          throw new Error(`${file}: ${error.message}`, { cause: error });
        console.warn(`antirumour: ${file} failed (${error.message}), trying again`);
        onProgress(0, 0);
        await sleep(DELAYS_MS[attempt]);
      }
    }
  }

  Module.download = download;

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const element = document.createElement('script');
      element.src = src;
      element.async = true;
      element.onload = resolve;
      element.onerror = () => { element.remove(); reject(new Error(`${src}: could not be loaded`)); };
      document.body.appendChild(element);
    });
  }

  async function loadScriptWithRetries(src) {
    for (let attempt = 0; ; attempt++) {
      try { return await loadScript(src); } catch (error) {
        if (attempt >= DELAYS_MS.length) throw error;
        console.warn(`antirumour: ${error.message}, trying again`);
        await sleep(DELAYS_MS[attempt]);
      }
    }
  }

  // The saves' IndexedDB is opened while the game downloads, not after it starts: that open took
  // about 100 ms of the first frame's wait. web/saves.js (js_mount_saves) takes the database over
  // once it is open (waiting for it if the game's code is in first) and made as Emscripten's IDBFS
  // makes it for /save (same name, version, store and index); otherwise IDBFS opens its own, as
  // before, and reports any failure. Once it is open, a mark in localStorage says this browser has
  // the database: without it (a first visit) the game starts without waiting for the open.
  const SAVES = { name: '/save', version: 21, store: 'FILE_DATA', mark: 'antirumour.saves-database' };
  function openSaves() {
    let request;
    try { request = indexedDB.open(SAVES.name, SAVES.version); } catch (e) { return; }
    // The game can start before IndexedDB answers: web/saves.js then waits for this.
    let settle;
    Module.savesDatabaseOpening = new Promise((resolve) => { settle = resolve; });
    Module.savesDatabaseMark = SAVES.mark;  // web/saves.js reads and sets the same mark
    request.onupgradeneeded = (event) => {
      const db = request.result;
      // Made just now (there was no database): nothing is saved yet, so the game need not wait
      // for IDBFS to read it (web/saves.js).
      Module.savesDatabaseNew = event.oldVersion === 0;
      const store = db.objectStoreNames.contains(SAVES.store)
        ? request.transaction.objectStore(SAVES.store) : db.createObjectStore(SAVES.store);
      if (!store.indexNames.contains('timestamp')) store.createIndex('timestamp', 'timestamp', { unique: false });
    };
    request.onsuccess = () => {
      try { localStorage.setItem(SAVES.mark, '1'); } catch (e) { }
      if (Module.savesMounted) request.result.close();  // too late: IDBFS has its own
      else Module.savesDatabase = request.result;
      settle();
    };
    request.onerror = (event) => {
      event.preventDefault();  // IDBFS tries again and says why
      settle();
    };
  }

  async function start() {
    openSaves();
    // The code, the data and the script were asked for by the page's <link rel="preload">s
    // (shell.html): the downloads below are answered from those. The code is compiled as soon as
    // it is in. The script runs once the data is in (it asks for the data as it starts), while the
    // code may still travel: it waits for the code in instantiateWasm, so its own start (12-20 ms
    // in headless Chromium, more on a tablet) is no longer added after the code's download.
    let codeFailed = false;
    const code = download(`${base}.wasm`);
    code.catch(() => { codeFailed = true; });  // reported by start()'s caller, below
    const compiled = code.then((bytes) => WebAssembly.compile(bytes));
    compiled.catch(() => {});  // reported when the script asks for it, below
    const data = await download(`${base}.data`);
    // The emscripten script asks for its data package by name while it starts: hand it over once.
    let preloaded = data;
    Module.getPreloadedPackage = () => { const bytes = preloaded; preloaded = null; return bytes; };
    Module.instantiateWasm = (imports, receive) => {
      compiled.then((module) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)))
        .catch((error) => {
          if (codeFailed) return;  // a download that failed: said as such by start()'s caller
          console.error('antirumour: the game code could not start', error);
          fail(COULD_NOT_START);
        });
      return {};  // the exports arrive later, through receive()
    };
    await Promise.all([loadScriptWithRetries(script), code]);
  }

  // The code the title screen does not need (antirumour.deferred.wasm: the build splits the code
  // by what a load up to the title calls, scripts/split_code.mjs) is fetched and compiled with the
  // packs, which wait for it (web/content_fetch.js), so the title comes sooner. Emscripten's glue
  // calls Module.loadSplitModule when a function of that part is first needed: usually the part
  // is compiled by then and is only instantiated. Before that (a tap during the download), it is
  // compiled from the bytes at hand, or asked for with a synchronous request, the only kind a
  // call from the code can wait for.
  const deferredFile = `${base}.deferred.wasm`;
  let deferredBytes = null;
  let deferredModule = null;
  let deferredLoading = null;
  let deferredInstantiated = false;
  let deferredProgress = null;
  let deferredCounted = [0, Module.fileSize(deferredFile)];  // bytes read, expected (0: unknown)
  const countDeferred = (loaded, total) => {
    deferredCounted = [loaded, total];
    if (deferredProgress) deferredProgress(loaded, total);
  };
  // onProgress(loaded, expected): the download's progress, for the title's line (the packs'
  // progress counts this part too, web/content_fetch.js). The last one given is told, at once
  // of how far it is.
  Module.loadDeferredCode = (onProgress) => {
    if (deferredInstantiated) return Promise.resolve();  // already had on the spot
    if (onProgress) {
      deferredProgress = onProgress;
      onProgress(...deferredCounted);
    }
    if (!deferredLoading) {
      deferredLoading = download(deferredFile, countDeferred)
        .then((bytes) => { deferredBytes = bytes; return WebAssembly.compile(bytes); })
        .then((module) => { if (!deferredInstantiated) deferredModule = module; deferredBytes = null; });
      deferredLoading.catch((error) => console.warn('antirumour: the rest of the code will be asked for when needed', error));
    }
    return deferredLoading.catch(() => {});  // the packs go on: the code is asked for again when called
  };
  function downloadNow(file) {
    const request = new XMLHttpRequest();
    request.open('GET', file, false);
    request.overrideMimeType('text/plain; charset=x-user-defined');  // bytes, not text
    request.send(null);
    if (request.status !== 200) throw new Error(`${file}: HTTP ${request.status}`);
    const text = request.responseText;
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
    return bytes;
  }
  Module.loadSplitModule = (file, imports) => {
    if (deferredInstantiated) return;
    try {
      const module = deferredModule || new WebAssembly.Module(deferredBytes || downloadNow(deferredFile));
      new WebAssembly.Instance(module, imports);  // fills the shared table with the real functions
      deferredInstantiated = true;
      deferredModule = deferredBytes = null;
    } catch (error) {
      console.error('antirumour: the rest of the code could not be had', error);
      // A part that does not fit the first one comes from a newer build, put on the server
      // since this page was loaded: the page must load again, both parts together.
      fail(error instanceof WebAssembly.LinkError ? UPDATED : COULD_NOT_DOWNLOAD);
      throw error;
    }
  };

  // Offline copy and installation: only where service workers exist, on https or localhost.
  // Over plain http on a LAN there is none, and the game is downloaded each time.
  if ('serviceWorker' in navigator && window.isSecureContext) {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('service-worker.js').catch((error) =>
        console.warn('antirumour: no offline copy', error));
    });
  }

  // On the first start, ask the browser to keep saved progress even when the device runs short of
  // space (Chromium decides by itself, Firefox may ask the player: so only once).
  const previousReady = Module.onGameReady;
  Module.onGameReady = () => {
    started = true;
    if (previousReady) previousReady();
    try {
      if (!navigator.storage || !navigator.storage.persist || localStorage.getItem('antirumour.persist')) return;
      localStorage.setItem('antirumour.persist', 'asked');
      navigator.storage.persisted()
        .then((persisted) => persisted || navigator.storage.persist())
        .catch(() => {});
    } catch (error) { /* storage blocked: nothing to keep */ }
  };

  // An error nobody caught before the first frame (a damaged build, a browser quirk) would leave
  // "Loading…" on screen for ever: say the game could not start, with the retry button. After the
  // first frame the game reports its own troubles (onGameError), but a crash of its code (a
  // WebAssembly trap, or Emscripten's abort, which throws one) stops the main loop and would
  // leave a still picture that no longer answers: say the game stopped, with the same button.
  // (Progress is saved after each round, so a reload loses at most the round being played.)
  let started = false;
  const failed = (error) => {
    if (!started) {
      console.error('antirumour: the game could not start', error);
      fail(COULD_NOT_START);
    } else if (error instanceof WebAssembly.RuntimeError) {
      console.error('antirumour: the game stopped', error);
      fail(pageMessage('page.stopped'));
    }
  };
  window.addEventListener('error', (event) => failed(event.error || event.message));
  window.addEventListener('unhandledrejection', (event) => failed(event.reason));

  start().catch((error) => {
    console.error('antirumour: download failed', error);
    fail(COULD_NOT_DOWNLOAD);
  });
})();
