/**
 * @fileoverview The names the page and the game's code share, kept as they are when Closure
 * Compiler shortens the emscripten script (the web link's --closure 1, cmake/game.cmake). The page
 * (web/shell.html, web/boot.js) is not compiled with the script, and the end-to-end tests and the
 * benchmark read some of these from outside: a shortened name would be undefined for them.
 * tests/e2e/shared_names.test.mjs checks that every Module.<name> the page, the JS libraries, the
 * tests and the bench use is listed here.
 * @externs
 */

/** A stand-in: Closure keeps every property name listed on any extern object. */
var AntirumourShared = {};

// Set by the page, read by the script (web/shell.html, web/boot.js).
AntirumourShared.canvas;
AntirumourShared.onGameReady;
AntirumourShared.onGameError;
AntirumourShared.fileSize;
AntirumourShared.expectedLength;
AntirumourShared.download;
AntirumourShared.progressTally;
AntirumourShared.loadDeferredCode;
AntirumourShared.loadSplitModule;
AntirumourShared.instantiateWasm;
AntirumourShared.getPreloadedPackage;
AntirumourShared.savesDatabase;
AntirumourShared.savesDatabaseOpening;
AntirumourShared.savesDatabaseMark;
AntirumourShared.savesDatabaseNew;
AntirumourShared.savesMounted;

// Set by the script, read by the page or the tests (web/*.js libraries).
AntirumourShared.ccall;
AntirumourShared.calledRun;
AntirumourShared.savesDatabaseTakenOver;
AntirumourShared.savesReadSkipped;
AntirumourShared.savesStartedEarly;
AntirumourShared.releaseTextProxy;
AntirumourShared.arWakeWatched;
AntirumourShared.arKeepGlState;
AntirumourShared.arGlState;
AntirumourShared.arGlStateKept;
AntirumourShared.gameAudio;
AntirumourShared.gameBuffers;
AntirumourShared.benchFrameMs;
AntirumourShared.printErr;
AntirumourShared.asm;
AntirumourShared.HEAPU8;
AntirumourShared._malloc;
AntirumourShared._ar_wake;
AntirumourShared._ar_text_type;
AntirumourShared._ar_test_state;

// The browser's, missing from this Closure release's own externs (20220104).
AntirumourShared.replaceChildren;

/**
 * The browser's storage, which this Closure release's own externs (20220104) know only as a
 * property of window; web/saves.js names it as the global it is.
 * @type {Storage}
 */
var localStorage;
