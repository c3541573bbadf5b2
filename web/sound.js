// The game's sounds in the browser (game/platform/sound_web.cpp): one Web Audio context, made only
// when the game asks for it, after the player's first tap or key (browsers start no sound before
// one). Linked with --js-library (cmake/game.cmake).
mergeInto(LibraryManager.library, {
  // Makes the context and returns its sample rate (the cues are made at it); 0: no Web Audio here.
  js_sound_open__deps: ['$autoResumeAudioContext'],
  js_sound_open: function () {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return 0;
    try {
      Module.gameAudio = new Context();
    } catch (e) {
      return 0;
    }
    // Made just after a tap; a browser that still holds it suspended lets it go at the next one.
    autoResumeAudioContext(Module.gameAudio);
    if (Module.gameAudio.state === 'suspended') Module.gameAudio.resume();
    return Module.gameAudio.sampleRate;
  },

  // Plays `count` mono samples (floats at the context's rate) in place of the sound still playing.
  js_sound_play: function (samples, count) {
    const audio = Module.gameAudio;
    if (!audio || count <= 0) return;
    const buffer = audio.createBuffer(1, count, audio.sampleRate);
    buffer.getChannelData(0).set(HEAPF32.subarray(samples >> 2, (samples >> 2) + count));
    if (Module.gameSound) Module.gameSound.stop();
    const source = audio.createBufferSource();
    source.buffer = buffer;
    source.connect(audio.destination);
    source.start();
    Module.gameSound = source;
  },
});
