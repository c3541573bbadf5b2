// The screen-reader mirror (game/platform/screen_mirror_web.cpp): the canvas is a picture, so the
// page also holds what the screen says as text, in a labelled region, and a polite live region
// announces what changed. Called only when the text changed. textContent only: content text is
// never parsed as HTML.
mergeInto(LibraryManager.library, {
  js_screen_mirror: function (json) {
    // The game's JSON: its names in quotes, which Closure Compiler (the web link's --closure 1)
    // keeps, where it would shorten text.lines and read nothing.
    const text = JSON.parse(UTF8ToString(json));
    const region = document.getElementById('screen-mirror');
    if (!region) return;
    document.documentElement.lang = text['lang'];  // the voice pronounces the game's language
    region.setAttribute('aria-label', text['label']);
    const paragraph = (line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    };
    document.getElementById('screen-mirror-lines').replaceChildren(...text['lines'].map(paragraph));
    document.getElementById('screen-mirror-keys').textContent = text['keys'];
    document.getElementById('screen-mirror-focus').textContent = text['focus'];
    if (text['announce'].length)
      document.getElementById('screen-mirror-live').textContent = text['announce'].join('\n');
  },
});
