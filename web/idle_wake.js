// Waking the game after it went idle. When nothing has moved for a few frames the game pauses its
// main loop (game/platform/run_web.cpp), so the page does no work at all between the browser's
// animation frames. Anything that can change what the game shows wakes it: the player's pointer,
// finger, wheel or keys, a resize or turn of the device, the tab coming back, a new address.
// The listeners only wake the loop; SDL's own listeners still deliver the event, which the next
// frame reads. Calls from the page into the game (content arrived, a file loaded, text typed)
// wake it on the C++ side. Linked with --js-library (cmake/game.cmake).
mergeInto(LibraryManager.library, {
  js_watch_for_wake: function () {
    if (Module.arWakeWatched) return;  // once: the listeners stay for the page's life
    Module.arWakeWatched = true;
    var wake = function () { Module._ar_wake(); };
    ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'mousedown', 'mousemove', 'mouseup',
     'wheel', 'touchstart', 'touchmove', 'touchend', 'touchcancel', 'keydown', 'keyup', 'resize',
     'orientationchange', 'focus', 'visibilitychange', 'hashchange', 'popstate'].forEach(function (type) {
      window.addEventListener(type, wake, { capture: true, passive: true });
    });
  },
});
