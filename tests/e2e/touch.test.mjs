// End-to-end on touch screens: a tablet (768x1024 at 2 device px per CSS px) and a phone (390x844
// at 3), played with real touch events only (DevTools Input.dispatchTouchEvent), never the mouse
// or the wheel: long feedback pages are dragged up to their Next button, a drag never presses the
// button it starts on, and a fling glides on and then lets the page sleep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { servedTouchDevices, touchDevices } from './game_driver.mjs';

const session = servedTouchDevices(Number(process.env.AR_PORT || 8767));
const base = session.base;

// Plays the round to its summary by taps, dragging each feedback page to its Next button.
async function playByTouch(game, device, mode) {
  let longPages = 0;
  const scenarios = [];
  for (let guard = 0; guard < 10; guard++) {
    const s = await game.state();
    if (s.screen !== 'play') return { summary: s, longPages, scenarios };
    scenarios.push(s.scenario);
    await game.click(mode === 'verdict' ? `verdict-${s.verdict}` : `reply-${s.good_reply}`);
    await game.waitFor((t) => t.phase === 'feedback', 'the feedback');
    await game.page.waitForTimeout(200);
    if (!(await game.rect('next'))) longPages++;  // Next is below the screen: only a drag reaches it
    if (guard === 0) await game.screenshot(`touch-${device.name}-${mode}-feedback-top`);
    await game.swipeTo('next');
    assert.ok(await game.rect('next'), 'dragging the page brings Next on screen');
    const still = await game.state();
    assert.equal(still.phase, 'feedback', 'no drag pressed anything on the way');
    assert.equal(still.position, s.position);
    if (guard === 0) await game.screenshot(`touch-${device.name}-${mode}-feedback-next`);
    await game.click('next');
    await game.waitFor((t) => t.position !== s.position || t.screen !== 'play', 'the next rumour');
  }
  throw new Error('the round never ended');
}

for (const device of touchDevices) {
  const size = `${device.viewport.width}x${device.viewport.height}@${device.deviceScaleFactor}x`;

  for (const mode of ['verdict', 'reply']) {
    test(`${device.name} (${size}): a ${mode} round by taps and drags only`, async () => {
      const game = await session.open(device, `${base}?seed=42&lang=en`);
      assert.equal(await game.page.evaluate(() => window.devicePixelRatio), device.deviceScaleFactor);
      assert.equal(await game.page.evaluate(() => navigator.maxTouchPoints > 0), true);
      await game.screenshot(`touch-${device.name}-title`);
      await game.click('menu-play');
      await game.waitFor((s) => s.screen === 'setup', 'the setup screen');
      await game.click(`mode-${mode}`);
      // The reply round is played from one pack, chosen with its chip.
      if (mode === 'reply') await game.click('pack-universal');
      for (let i = 0; i < 3; i++) await game.click('count-fewer');  // 5 -> 2 rumours
      await game.click('start');
      const first = await game.waitFor((s) => s.screen === 'play' && s.mode === mode, 'the first rumour');
      assert.equal(first.count, 2);
      assert.deepEqual(first.packs, mode === 'reply' ? ['universal'] : []);
      await game.screenshot(`touch-${device.name}-${mode}-rumour`);
      const { summary, longPages, scenarios } = await playByTouch(game, device, mode);
      if (mode === 'reply') {
        const pack = JSON.parse(await readFile(new URL('../../content/packs/universal.json', import.meta.url)));
        const ids = pack.scenarios.map((sc) => sc.id);
        for (const id of scenarios) assert.ok(ids.includes(id), `${id} is not from the chosen pack`);
      }
      assert.equal(summary.screen, 'summary');
      assert.equal(summary.points, 20);
      assert.ok(longPages > 0, 'at least one feedback page was longer than the screen');
      await game.screenshot(`touch-${device.name}-${mode}-summary`);
      assert.deepEqual(game.errors, []);
      await game.page.context().close();
    });
  }

  test(`${device.name} (${size}): a drag that starts on a button does not press it; a tap does`, async () => {
    const game = await session.open(device, `${base}?seed=9&lang=es`);
    await game.click('menu-play');
    await game.click('start');
    const s = await game.waitFor((t) => t.screen === 'play', 'the first rumour');
    const r = await game.find(`verdict-${s.verdict}`);
    const on = { x: r.x + r.w / 2, y: r.y + r.h / 2 };
    const { height } = device.viewport;
    // Up, down, and away and back before lifting: never an answer.
    await game.drag(on, { x: on.x, y: Math.max(10, on.y - height / 4) });
    await game.drag(on, { x: on.x, y: Math.min(height - 10, on.y + 60) });
    await game.touch('touchStart', [on]);
    for (const dy of [20, 40, 60, 40, 20, 0]) {
      await game.page.waitForTimeout(20);
      await game.touch('touchMove', [{ x: on.x, y: on.y + dy }]);
    }
    await game.touch('touchEnd', []);
    await game.page.waitForTimeout(300);
    let t = await game.state();
    assert.equal(t.phase, 'answering', 'a drag is not an answer');
    assert.equal(t.points, 0);
    // A tap that wobbles 3 CSS px is still a tap.
    const again = await game.find(`verdict-${s.verdict}`);
    await game.tapAt(again.x + again.w / 2, again.y + again.h / 2, { x: 2, y: 3 });
    t = await game.waitFor((x) => x.phase === 'feedback', 'the answer from a tap');
    assert.equal(t.points, 10);
    await game.page.context().close();
  });

  test(`${device.name} (${size}): a fling glides on, stops, and the page goes idle`, async () => {
    // The practice browser: a long list of buttons, none of which a fling may open.
    const game = await session.open(device, `${base}?lang=en`);
    await game.click('menu-practices');
    await game.waitFor((t) => t.screen === 'practices', 'the practice browser');
    await game.page.waitForTimeout(300);
    const { width, height } = device.viewport;
    assert.equal((await game.state()).scroll, 0);
    // Fast and lifted while moving: a fling.
    const byFinger = height * 0.4;
    await game.drag({ x: width / 2, y: height * 0.8 }, { x: width / 2, y: height * 0.8 - byFinger },
      { steps: 4, stepMs: 16, holdMs: 0 });
    // How far it glides depends on the frame rate the browser gives the canvas (on a loaded test
    // machine a 2x canvas can get 3 frames a second, and then the finger's speed is measured over
    // one long frame); the glide itself, frame by frame, is proven in tests/ui/drag_scroll_test.cpp.
    // Here: the fling scrolls at least as far as the finger went, opens nothing, and then the page
    // stops drawing.
    const after = await game.waitFor((t) => !t.animating && t.scroll >= byFinger - 2,
      'the page to follow the finger and settle', 8000);
    if (after.scroll <= byFinger + 20)
      console.log(`# note: no glide seen past the finger (${after.scroll} px for ${byFinger}): slow frames`);
    assert.equal(after.screen, 'practices', 'the fling opened nothing');
    await game.screenshot(`touch-${device.name}-practices-after-fling`);
    // Idle again: a few settling frames, then none while nothing moves.
    let frames = after.frames;
    for (let quiet = 0, start = Date.now(); quiet < 1000; ) {
      assert.ok(Date.now() - start < 15000, 'the page stops drawing');
      await game.page.waitForTimeout(250);
      const now = (await game.state()).frames;
      quiet = now === frames ? quiet + 250 : 0;
      frames = now;
    }
    await game.page.context().close();
  });
}
