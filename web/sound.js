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

  // Plays cue number `cue`: `count` mono samples (floats at the context's rate), copied into an
  // AudioBuffer the first time only and kept, one per cue. Each play is its own source, so cues
  // overlap: a new one sounds over the last instead of cutting it off.
  js_sound_play: function (cue, samples, count) {
    const audio = Module.gameAudio;
    if (!audio || count <= 0) return;
    Module.gameBuffers = Module.gameBuffers || {};
    let buffer = Module.gameBuffers[cue];
    if (!buffer) {
      buffer = audio.createBuffer(1, count, audio.sampleRate);
      buffer.getChannelData(0).set(HEAPF32.subarray(samples >> 2, (samples >> 2) + count));
      Module.gameBuffers[cue] = buffer;
    }
    const source = audio.createBufferSource();
    source.buffer = buffer;
    source.connect(audio.destination);
    source.start();
  },
});
