// End-to-end: sound (issue 16). Nothing plays and no audio device is opened before the player's
// first tap (the browser's autoplay rule); after it the page's Web Audio context runs and each
// event's cue is played (a tap, then "right" for a right answer); with sound turned off (kept over
// a reload) nothing is played at all; a finger's tap on a tablet counts as the first touch too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Game, servedBrowser, touchDevices } from './game_driver.mjs';

const session = servedBrowser(Number(process.env.AR_SOUND_PORT || 8814));
const base = `${session.base}?lang=en&seed=5`;

// The state of the page's AudioContext (web/sound.js keeps it in Module.gameAudio; "none": not made).
const audioContext = (game) =>
  game.page.evaluate(() => (typeof Module !== 'undefined' && Module.gameAudio?.state) || 'none');

async function startRound(game) {
  await game.click('menu-play');
  await game.waitFor((s) => s.screen === 'setup', 'the setup screen');
  await game.click('mode-verdict');
  await game.click('start');
  return game.waitFor((s) => s.screen === 'play' && s.phase === 'answering', 'the first rumour');
}

test('no sound and no audio device before the first tap; after it, a tap and a right answer', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Counts the sounds stopped early: a new cue must play over the last, never cut it off.
  await context.addInitScript(() => {
    window.soundsCut = 0;
    const stop = AudioScheduledSourceNode.prototype.stop;
    AudioScheduledSourceNode.prototype.stop = function (...args) { window.soundsCut++; return stop.apply(this, args); };
  });
  const game = await Game.open(context, base);
  // Frames go by, the pointer moves over the page: still no device, nothing played.
  await game.page.mouse.move(200, 200);
  await game.page.mouse.move(400, 300);
  let s = await game.waitFor((t) => t.frames > 10, 'some frames');
  assert.equal(s.sound_on, true, 'sound is on in solo play');
  assert.equal(s.sound_touched, false);
  assert.equal(s.audio_open, false, 'no audio device before the first tap');
  assert.deepEqual(s.cues, []);
  assert.equal(await audioContext(game), 'none', 'no AudioContext before the first tap');

  s = await startRound(game);
  assert.equal(s.sound_touched, true);
  assert.equal(s.audio_open, true, 'the device opens at the first tap');
  assert.equal(s.cues[0], 'tap');
  assert.ok(s.cues.every((c) => c === 'tap'), `only taps so far: ${s.cues}`);
  // The Web Audio context runs: the tap was the gesture the browser waits for.
  const start = Date.now();
  while ((await audioContext(game)) !== 'running' && Date.now() - start < 10000)
    await game.page.waitForTimeout(100);
  assert.equal(await audioContext(game), 'running');

  await game.click(`verdict-${s.verdict}`);
  s = await game.waitFor((t) => t.phase === 'feedback', 'the feedback');
  assert.equal(s.cues.at(-1), 'right');
  await game.click('next');
  s = await game.waitFor((t) => t.phase === 'answering' && t.position === 1, 'the next rumour');
  assert.equal(s.cues.at(-1), 'tap');
  // One AudioBuffer per cue, made once and played again; no cue cut off by the next.
  const page = await game.page.evaluate(() => ({
    buffers: Object.keys(Module.gameBuffers || {}).length, cut: window.soundsCut }));
  assert.equal(page.buffers, new Set(s.cues).size, `one buffer per cue heard: ${s.cues}`);
  assert.ok(s.cues.length > page.buffers, 'some cue played twice');
  assert.equal(page.cut, 0, 'no sound stopped early');
  assert.deepEqual(game.errors, []);
  await context.close();
});

test('with sound turned off nothing plays, and the choice is kept over a reload', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  let game = await Game.open(context, base);
  await game.click('sound');
  let s = await game.waitFor((t) => t.sound_on === false, 'sound off');
  assert.deepEqual(s.cues, [], 'turning sound off makes no sound');
  await game.page.waitForTimeout(1500);  // the progress reaches IndexedDB
  await game.page.reload();
  game = new Game(game.page);
  game.errors = [];
  game.page.on('pageerror', (e) => game.errors.push(String(e)));
  s = await game.waitFor((t) => t.ready && t.frames > 2, 'the game again');
  assert.equal(s.sound_on, false, 'still off after a reload');
  s = await startRound(game);
  await game.click(`verdict-${s.verdict}`);
  s = await game.waitFor((t) => t.phase === 'feedback', 'the feedback');
  assert.equal(s.sound_touched, true);
  assert.deepEqual(s.cues, [], 'nothing played');
  assert.equal(s.audio_open, false, 'no device opened while sound is off');
  assert.equal(await audioContext(game), 'none');
  // Turned on again: the tap that does it is heard.
  await game.click('sound');
  s = await game.waitFor((t) => t.sound_on === true, 'sound on');
  assert.equal(s.audio_open, true);
  assert.deepEqual(s.cues, ['tap']);
  assert.deepEqual(game.errors, []);
  await context.close();
});

test('on a tablet, a finger\'s first tap opens the sound', async () => {
  const device = touchDevices[0];
  const context = await session.browser.newContext({
    viewport: device.viewport, deviceScaleFactor: device.deviceScaleFactor, hasTouch: true, isMobile: true,
  });
  const game = await Game.open(context, base, null, { finger: true });
  let s = await game.state();
  assert.equal(s.audio_open, false);
  await game.click('menu-play');
  s = await game.waitFor((t) => t.screen === 'setup', 'the setup screen');
  assert.equal(s.audio_open, true);
  assert.deepEqual(s.cues, ['tap']);
  assert.deepEqual(game.errors, []);
  await context.close();
});
