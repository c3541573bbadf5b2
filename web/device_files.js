// Exporting and importing what the device holds (docs/save-format.md, "Device data"): a download
// of the file the game writes, and a file picker whose file goes to the game (ar_import_data).
// The same picker loads a trainer's own pack (.json or .csv: ar_load_pack), and so does a pack's
// file dropped anywhere on the page.
// Browsers open a picker only while a tap or click is being handled, so the page opens it from
// its own pointerup when the tap lands on "Load from a file" (the game says where that button is).
// Linked with --js-library (cmake/game.cmake); run_web.cpp declares these functions extern "C".
mergeInto(LibraryManager.library, {
  // A copy of a JavaScript string in the game's memory, as C text; the caller frees it.
  $cString__deps: ['malloc'],
  $cString: function (text) {
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
  },

  $deviceFiles__deps: ['$cString', 'malloc', 'free'],
  $deviceFiles: {
    maxBytes: 0,
    maxPackBytes: 0,
    openedAt: -1e9,
    // `pack`: the file is a pack for this device, not the device's data.
    open: function (pack) {
      deviceFiles.openedAt = Date.now();
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = pack ? '.json,.csv,application/json,text/csv' : '.json,application/json';
      input.style.display = 'none';
      input.addEventListener('cancel', function () { input.remove(); });
      input.addEventListener('change', function () {
        const file = input.files && input.files[0];
        input.remove();
        if (!file) return;
        if (pack) deviceFiles.handPack(file);
        else deviceFiles.read(file, deviceFiles.maxBytes, function (bytes) {
          deviceFiles.hand(file.name, bytes, file.size);
        });
      });
      document.body.appendChild(input);
      input.click();
    },
    // Never more than the limit (plus one byte) into memory: the game reports a larger file.
    read: function (file, maxBytes, then) {
      file.slice(0, maxBytes + 1).arrayBuffer().then(function (buffer) {
        then(new Uint8Array(buffer));
      }, function () { then(null); });
    },
    // A pack's file (picked, dropped or fetched), with its own date: a spreadsheet's last check.
    handPack: function (file) {
      const day = new Date(file.lastModified || Date.now());
      const pad = function (n) { return String(n).padStart(2, '0'); };
      const date = day.getFullYear() + '-' + pad(day.getMonth() + 1) + '-' + pad(day.getDate());
      deviceFiles.read(file, deviceFiles.maxPackBytes, function (bytes) {
        deviceFiles.handBytes('ar_load_pack', file.name, bytes, file.size, date);
      });
    },
    // The bytes as they are (a NUL or bad UTF-8 is the game's to report), with their length.
    hand: function (name, bytes, fullSize) {
      deviceFiles.handBytes('ar_import_data', name, bytes, fullSize, null);
    },
    handBytes: function (to, name, bytes, fullSize, date) {
      const namePtr = cString(name);
      const datePtr = date === null ? 0 : cString(date);
      let data = 0;
      if (bytes) {
        data = _malloc(bytes.length + 1);
        HEAPU8.set(bytes, data);
        HEAPU8[data + bytes.length] = 0;
      }
      if (datePtr) {
        Module.ccall(to, null, ['number', 'number', 'number', 'number', 'number'],
          [namePtr, data, bytes ? bytes.length : 0, fullSize, datePtr]);
        _free(datePtr);
      } else {
        Module.ccall(to, null, ['number', 'number', 'number', 'number'],
          [namePtr, data, bytes ? bytes.length : 0, fullSize]);
      }
      if (data) _free(data);
      _free(namePtr);
    },
  },

  js_device_files_setup__deps: ['$deviceFiles'],
  js_device_files_setup: function (maxBytes, maxPackBytes) {
    deviceFiles.maxBytes = maxBytes;
    deviceFiles.maxPackBytes = maxPackBytes;
    Module.canvas.addEventListener('pointerup', function (e) {
      if (!Module.calledRun) return;
      const ratio = window.devicePixelRatio || 1;
      const at = [e.clientX * ratio, e.clientY * ratio];
      if (Module.ccall('ar_import_button_at', 'number', ['number', 'number'], at))
        deviceFiles.open(false);
      else if (Module.ccall('ar_pack_button_at', 'number', ['number', 'number'], at))
        deviceFiles.open(true);
    });
    // A pack's file dropped anywhere on the page: loaded like one picked with "Load a pack".
    window.addEventListener('dragover', function (e) { e.preventDefault(); });
    window.addEventListener('drop', function (e) {
      e.preventDefault();
      const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
      if (file && Module.calledRun) deviceFiles.handPack(file);
    });
  },

  // The game's button was used (a tap already opened the picker; a key press did not).
  js_choose_import_file__deps: ['$deviceFiles'],
  js_choose_import_file: function () {
    if (Date.now() - deviceFiles.openedAt > 2000) deviceFiles.open(false);
  },
  js_choose_pack_file__deps: ['$deviceFiles'],
  js_choose_pack_file: function () {
    if (Date.now() - deviceFiles.openedAt > 2000) deviceFiles.open(true);
  },

  // ?pack=<path>: the C++ side checked it is a path on this page's own address; the address is
  // still resolved here and anything that leaves the origin is refused, never fetched.
  js_fetch_pack__deps: ['$deviceFiles'],
  js_fetch_pack: function (pathPtr) {
    const path = UTF8ToString(pathPtr);
    const name = path.split('/').pop();
    const url = new URL(path, location.href);
    const fail = function () { deviceFiles.handBytes('ar_load_pack', name, null, 0, ''); };
    if (url.origin !== location.origin) { fail(); return; }
    fetch(url.href, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      const modified = Date.parse(response.headers.get('last-modified') || '');
      return response.blob().then(function (blob) {
        deviceFiles.handPack(new File([blob], name, { lastModified: modified || Date.now() }));
      });
    }).catch(fail);
  },

  js_download_file: function (name, text, type) {
    const blob = new Blob([UTF8ToString(text)], { type: UTF8ToString(type) });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(name);
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  },
});
