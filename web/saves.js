// Saves in the browser: the folder /save lives in memory and is copied to IndexedDB (IDBFS) after
// each write. That copy is asynchronous (100 ms or more): a reload in between would lose the save.
// So each save is also kept in localStorage, which writes at once, until IndexedDB reports it has
// it; at the next start a copy still there is newer than the file and is put back over it
// (ar_restore_save checks it first; one it cannot read is kept aside like any bad save).
// Linked with --js-library (cmake/game.cmake); run_web.cpp declares these functions extern "C".
mergeInto(LibraryManager.library, {
  // cString (a string copied into the game's memory) is in web/device_files.js.
  $unsyncedSaves__deps: ['$FS', '$cString', 'free'],
  $unsyncedSaves: {
    prefix: 'antirumour.unsynced-save.',
    // While a first visit runs ahead of IndexedDB (js_mount_saves), the saves to copy wait here.
    held: null,
    // Nothing was ever saved in this browser: no database opened before (web/boot.js sets
    // Module.savesDatabaseMark in localStorage once it has), no quick copy left.
    neverSaved: function () {
      try {
        if (localStorage.getItem(Module.savesDatabaseMark) !== null) return false;
        return !Object.keys(localStorage).some((k) => k.startsWith(unsyncedSaves.prefix));
      } catch (e) {
        return false;  // no localStorage: wait for IndexedDB, as before
      }
    },
    // localStorage can be missing or refuse (private windows, a full quota): saves then go on as
    // before, to IndexedDB only.
    keep: function (name, text) {
      try { localStorage.setItem(unsyncedSaves.prefix + name, text); } catch (e) {
        console.warn('antirumour: no quick copy of the save', e);
      }
    },
    // Copies the folder to IndexedDB; then the copies of `saves` ({name, text}) can go, unless a
    // newer save of the same name has replaced them meanwhile (its own copy runs after).
    sync: function (saves) {
      if (unsyncedSaves.held) {  // the database is not known yet: copying could wipe what it holds
        unsyncedSaves.held.push(...saves);
        return;
      }
      FS.syncfs(false, function (err) {
        if (err) { console.warn('antirumour: save failed', err); return; }
        for (const save of saves) {
          const key = unsyncedSaves.prefix + save.name;
          try { if (localStorage.getItem(key) === save.text) localStorage.removeItem(key); } catch (e) { }
        }
      });
    },
    // The copies left by a page that went away before IndexedDB had them, put back in the folder.
    restore: function () {
      const restored = [];
      let keys = [];
      try { keys = Object.keys(localStorage); } catch (e) { return restored; }
      for (const key of keys) {
        if (!key.startsWith(unsyncedSaves.prefix)) continue;
        const name = key.slice(unsyncedSaves.prefix.length);
        if (!/^[a-z0-9-]{1,64}$/.test(name)) continue;
        const text = localStorage.getItem(key);
        if (text === null) continue;
        const namePtr = cString(name), textPtr = cString(text);
        const done = Module.ccall('ar_restore_save', 'number', ['number', 'number'], [namePtr, textPtr]);
        _free(namePtr);
        _free(textPtr);
        if (done) restored.push({ name: name, text: text });
      }
      return restored;
    },
  },

  js_mount_saves__deps: ['$FS', '$IDBFS', '$readSaves', '$startBeforeDatabase', '$unsyncedSaves'],
  js_mount_saves: function (dir) {
    const path = UTF8ToString(dir);
    FS.mkdir(path);
    FS.mount(IDBFS, {}, path);
    // boot.js may still be opening the database: the game's code can be in first. On a first
    // visit the game starts at once (startBeforeDatabase). Otherwise it waits for the open (a
    // second at most: another tab may hold the database back) rather than have IDBFS open a
    // second connection and read a store boot.js may just have made empty.
    if (!Module.savesDatabase && Module.savesDatabaseOpening && unsyncedSaves.neverSaved()) {
      startBeforeDatabase(path);
    } else if (!Module.savesDatabase && Module.savesDatabaseOpening) {
      let begun = false;
      const begin = function () {
        if (begun) return;
        begun = true;
        readSaves(path);
      };
      Module.savesDatabaseOpening.then(begin);
      setTimeout(begin, 1000);
    } else {
      readSaves(path);
    }
  },

  // The database web/boot.js opened while the game downloaded, handed to IDBFS if it is the one
  // IDBFS would open for `path` (else closed: IDBFS opens its own).
  $takeOverDatabase__deps: ['$IDBFS'],
  $takeOverDatabase: function (path) {
    const early = Module.savesDatabase;
    Module.savesMounted = true;
    Module.savesDatabase = null;
    Module.savesDatabaseTakenOver = !!early && early.name === path &&
      early.version === IDBFS.DB_VERSION && early.objectStoreNames.contains(IDBFS.DB_STORE_NAME);
    if (Module.savesDatabaseTakenOver) IDBFS.dbs[path] = early;
    else if (early) early.close();
  },

  // A first visit (nothing ever saved in this browser) starts without waiting for IndexedDB, which
  // can take 100-250 ms to make the database while the page loads. The game is told the (empty)
  // saves are in; copies to IndexedDB are held (each save also waits in localStorage, as always)
  // until the open answers. A database made just now is taken over and the held copies follow. One
  // that already existed may hold saves (made before the mark, or the mark was cleared): copying
  // the empty folder over it could wipe them, so the page loads again, marked, and reads them;
  // a save made meanwhile is put back from its quick copy.
  $startBeforeDatabase__deps: ['$takeOverDatabase', '$unsyncedSaves'],
  $startBeforeDatabase: function (path) {
    Module.savesStartedEarly = true;
    unsyncedSaves.held = [];
    Module.savesDatabaseOpening.then(function () {
      const held = unsyncedSaves.held;
      unsyncedSaves.held = null;
      if (Module.savesDatabaseNew !== true || !Module.savesDatabase) {
        let marked = false;  // the next load must wait for the database, or this would repeat
        try {
          localStorage.setItem(Module.savesDatabaseMark, '1');
          marked = localStorage.getItem(Module.savesDatabaseMark) !== null;
        } catch (e) { }
        if (marked) {
          console.warn('antirumour: this browser already had a saves database; loading again to read it');
          location.reload();
        } else {
          unsyncedSaves.held = held;  // never copied over it: the saves stay in localStorage
        }
        return;
      }
      takeOverDatabase(path);
      Module.savesReadSkipped = Module.savesDatabaseTakenOver;
      if (held.length) unsyncedSaves.sync(held);
    });
    Module.ccall('ar_saves_loaded', null, [], []);
  },

  // js_mount_saves's second half: the saves read from IndexedDB into the mounted folder, then the
  // game told (ar_saves_loaded).
  $readSaves__deps: ['$FS', '$takeOverDatabase', '$unsyncedSaves'],
  $readSaves: function (path) {
    takeOverDatabase(path);
    const loaded = function (err) {
      if (err) console.warn('antirumour: saved progress unavailable', err);
      const restored = unsyncedSaves.restore();
      Module.ccall('ar_saves_loaded', null, [], []);
      if (restored.length) unsyncedSaves.sync(restored);
    };
    // A database boot.js has just made holds no file: reading it would only make a first visit
    // wait (the read's callbacks queue behind the window and its WebGL context). The quick copies
    // are still put back. The first save's copy to IndexedDB then finds an empty store, as the
    // read would have.
    Module.savesReadSkipped = Module.savesDatabaseTakenOver && Module.savesDatabaseNew === true;
    if (Module.savesReadSkipped) loaded(null);
    else FS.syncfs(true, loaded);
  },

  // `delayMs` is 0 except in the end-to-end tests (ar_test_delay_save_sync): it holds the copy to
  // IndexedDB back so a test can reload inside the window.
  js_save_written__deps: ['$unsyncedSaves'],
  js_save_written: function (name, text, delayMs) {
    const save = { name: UTF8ToString(name), text: UTF8ToString(text) };
    unsyncedSaves.keep(save.name, save.text);
    if (delayMs > 0) setTimeout(function () { unsyncedSaves.sync([save]); }, delayMs);
    else unsyncedSaves.sync([save]);
  },
});
