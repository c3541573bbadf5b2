// End-to-end: after an answer the umbrella in the rain moves for a moment, then the page stops
// drawing frames and its main loop sleeps until the pointer or a key wakes it; with the browser's reduced motion it never moves. Screenshots of the feedback
// (right and wrong) and of the summary at a laptop, a tablet and a phone size are kept
// (build/wasm/screenshots/umbrella-*.png) for people to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { Game, servedBrowser, shotDir } from './game_driver.mjs';

const session = servedBrowser(Number(process.env.AR_UMBRELLA_PORT || 8812));
const base = `${session.base}?lang=en&seed=5`;

// A round of 5 - `fewer` rumours.
async function startRound(game, fewer = 2) {
  await game.click('menu-play');
  await game.waitFor((s) => s.screen === 'setup', 'the setup screen');
  await game.click('mode-verdict');
  for (let i = 0; i < fewer; i++) await game.click('count-fewer');
  await game.click('start');
  return game.waitFor((s) => s.screen === 'play' && s.phase === 'answering', 'the first rumour');
}

// Answers the rumour on screen, right or with a verdict that scores nothing.
async function answer(game, right) {
  const s = await game.state();
  // "true" scores nothing for any other verdict ("false" for a misleading rumour earns half).
  const wrong = s.verdict === 'true' ? 'false' : 'true';
  await game.click(`verdict-${right ? s.verdict : wrong}`);
  // The state is read at once, the picture's words come from the last frame drawn: wait for both.
  return game.waitFor((t) => t.phase === 'feedback' && t.position === s.position && t.umbrella_scene,
    'the feedback and its picture');
}

// Waits until the page has drawn no frame for `quietMs`; returns when the last frame was drawn.
async function waitUntilIdle(game, quietMs = 1000, timeout = 15000) {
  const start = Date.now();
  let { frames } = await game.state();
  let lastChange = Date.now();
  while (Date.now() - lastChange < quietMs) {
    assert.ok(Date.now() - start < timeout, 'the page stops drawing');
    await game.page.waitForTimeout(100);
    const now = (await game.state()).frames;
    if (now !== frames) lastChange = Date.now();
    frames = now;
  }
  return lastChange;
}

test('after an answer the picture moves for a moment, then the page stops drawing', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const game = await Game.open(context, base);
  await startRound(game);
  await waitUntilIdle(game, 500);
  mkdirSync(shotDir, { recursive: true });
  let s = await answer(game, true);
  const shown = Date.now();
  assert.equal(s.umbrella_scene, 'open, dry');
  assert.equal(s.animating, true, 'the picture moves');
  await game.page.screenshot({ path: `${shotDir}/umbrella-laptop-feedback-moving.png` });
  const lastFrame = await waitUntilIdle(game);
  const t = await game.state();
  assert.equal(t.animating, false);
  // The picture moves 1.2 s; a few settling frames follow (8, as after any input), then none.
  console.log(`${t.frames - s.frames} frames in ${lastFrame - shown} ms after the feedback showed`);
  assert.ok(lastFrame - shown < 2500, `frames went on ${lastFrame - shown} ms after the feedback`);
  s = t;
  const idle = s.frames;
  await game.page.waitForTimeout(1500);
  assert.equal((await game.state()).frames, idle, 'no frame while the player reads');
  // Not even a wake-up: the main loop is paused, so the browser's animation frames run no game
  // code until something happens (web/idle_wake.js).
  assert.equal((await game.state()).asleep, true, 'the main loop is paused while nobody touches the page');
  // The pointer moving over the page wakes it; so does a key.
  await game.page.mouse.move(400, 300);
  s = await game.waitFor((t) => t.frames > idle, 'a frame after the pointer moved', 5000);
  await waitUntilIdle(game, 500);
  const again = (await game.state()).frames;
  await game.page.keyboard.press('Shift');
  await game.waitFor((t) => t.frames > again, 'a frame after a key', 5000);
  await waitUntilIdle(game, 500);
  assert.equal((await game.state()).asleep, true, 'asleep again once nothing moves');
  assert.deepEqual(game.errors, []);
  await context.close();
});

test('with the browser\'s reduced motion the picture stands still from the first frame', async () => {
  // With more contrast too: the picture and the neighbour in the high-contrast palette.
  const context = await session.browser.newContext({
    viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', contrast: 'more',
  });
  const game = await Game.open(context, base);
  let s = await startRound(game);
  assert.equal(s.reduced_motion, true);
  assert.equal(s.high_contrast, true);
  await waitUntilIdle(game, 500);
  await game.screenshot('umbrella-high-contrast-rumour');
  s = await answer(game, false);
  assert.equal(s.umbrella_scene, 'folded, torn 2, wet');
  await game.screenshot('umbrella-high-contrast-feedback-wrong');
  // Never animating: poll while the answer's own settling frames are drawn.
  for (let i = 0; i < 10; i++) {
    assert.equal((await game.state()).animating, false);
    await game.page.waitForTimeout(50);
  }
  await waitUntilIdle(game, 1000, 5000);
  await context.close();
});

test('five right answers in a row bring the sun out, in the picture and in words, on a tablet', async () => {
  const context = await session.browser.newContext({
    viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true,
  });
  const game = await Game.open(context, base, null, { finger: true });  // taps, not clicks
  await startRound(game, 0);
  for (let n = 1; n <= 5; n++) {
    const s = await answer(game, true);
    if (n < 5) {
      assert.equal(s.umbrella_scene, 'open, dry', `answer ${n}`);
      assert.equal(s.streak_cheer, '', `no cheer after ${n} in a row`);
      await game.click('next');
      await game.waitFor((t) => t.phase === 'answering' && t.position === n, `rumour ${n + 1}`);
    }
  }
  let s = await game.waitFor((t) => t.streak_cheer !== '', 'the cheer');
  assert.equal(s.umbrella_scene, 'open, dry, sun');
  assert.match(s.streak_cheer, /^5 in a row!/);
  assert.equal(s.animating, true, 'the sun rises');
  await game.screenshot('umbrella-tablet-streak-moving');
  s = await game.waitFor((t) => !t.animating, 'the picture to stand still', 10000);
  await waitUntilIdle(game, 500);
  assert.equal((await game.state()).umbrella_scene, 'open, dry, sun', 'the still keeps the sun');
  await game.screenshot('umbrella-tablet-streak');
  assert.deepEqual(game.errors, []);
  await context.close();
});

const sizes = [
  { name: 'laptop', viewport: { width: 1280, height: 800 }, ratio: 1, answers: [true, false, true] },
  { name: 'tablet', viewport: { width: 768, height: 1024 }, ratio: 2, answers: [true, false, false] },
  { name: 'phone', viewport: { width: 390, height: 844 }, ratio: 3, answers: [false, true, false] },
];

for (const size of sizes) {
  test(`the feedback and the summary show the umbrella on a ${size.name}`, async () => {
    const context = await session.browser.newContext({ viewport: size.viewport, deviceScaleFactor: size.ratio });
    const game = await Game.open(context, base);
    await startRound(game);
    for (let i = 0; i < size.answers.length; i++) {
      const right = size.answers[i];
      const s = await answer(game, right);
      assert.equal(s.umbrella_scene, right ? 'open, dry' : 'folded, torn 2, wet');
      await game.waitFor((t) => !t.animating, 'the picture to stand still', 10000);
      if (i < 2) await game.screenshot(`umbrella-${size.name}-feedback-${right ? 'right' : 'wrong'}`);
      await game.click('next');
      if (i < 2) await game.waitFor((t) => t.phase === 'answering', 'the next rumour');
    }
    const s = await game.waitFor((t) => t.screen === 'summary' && t.umbrella_scene, 'the summary');
    assert.equal(s.umbrella_scene, s.protected ? 'open, dry' : 'folded, torn 3, wet');
    await game.waitFor((t) => !t.animating, 'the picture to stand still', 10000);
    await game.screenshot(`umbrella-${size.name}-summary-${s.protected ? 'protected' : 'flooded'}`);
    assert.deepEqual(game.errors, []);
    await context.close();
  });
}
