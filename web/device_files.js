// Exporting and importing what the device holds (docs/save-format.md, "Device data"): a download
// of the file the game writes, and a file picker whose file goes to the game (ar_import_data).
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
    openedAt: -1e9,
    open: function () {
      deviceFiles.openedAt = Date.now();
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.style.display = 'none';
      input.addEventListener('cancel', function () { input.remove(); });
      input.addEventListener('change', function () {
        const file = input.files && input.files[0];
        input.remove();
        if (!file) return;
        // Never more than the limit (plus one byte) into memory: the game reports a larger file.
        file.slice(0, deviceFiles.maxBytes + 1).arrayBuffer().then(function (buffer) {
          deviceFiles.hand(file.name, new Uint8Array(buffer), file.size);
        }, function () { deviceFiles.hand(file.name, null, file.size); });
      });
      document.body.appendChild(input);
      input.click();
    },
    // The bytes as they are (a NUL or bad UTF-8 is the game's to report), with their length.
    hand: function (name, bytes, fullSize) {
      const namePtr = cString(name);
      let data = 0;
      if (bytes) {
        data = _malloc(bytes.length + 1);
        HEAPU8.set(bytes, data);
        HEAPU8[data + bytes.length] = 0;
      }
      Module.ccall('ar_import_data', null, ['number', 'number', 'number', 'number'],
        [namePtr, data, bytes ? bytes.length : 0, fullSize]);
      if (data) _free(data);
      _free(namePtr);
    },
  },

  js_device_files_setup__deps: ['$deviceFiles'],
  js_device_files_setup: function (maxBytes) {
    deviceFiles.maxBytes = maxBytes;
    Module.canvas.addEventListener('pointerup', function (e) {
      if (!Module.calledRun) return;
      const ratio = window.devicePixelRatio || 1;
      if (Module.ccall('ar_import_button_at', 'number', ['number', 'number'], [e.clientX * ratio, e.clientY * ratio]))
        deviceFiles.open();
    });
  },

  // The game's button was used (a tap already opened the picker; a key press did not).
  js_choose_import_file__deps: ['$deviceFiles'],
  js_choose_import_file: function () {
    if (Date.now() - deviceFiles.openedAt > 2000) deviceFiles.open();
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
