// End-to-end: a browser set to more contrast or less motion gets them from the first frame; the
// player can still choose otherwise on the title screen, and the choice is kept for the next visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Game, chromiumFlags, shotDir, startServer } from './game_driver.mjs';

const port = Number(process.env.AR_PORT || 8805);
const base = `http://127.0.0.1:${port}/?lang=en`;

async function withBrowser(fn) {
  const server = await startServer(port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: chromiumFlags,
  });
  try {
    await fn(browser);
  } finally {
    await browser.close();
    server.kill();
  }
}

// The colour of the page's background where nothing is drawn on it (the left margin).
async function pageColour(game) {
  const shot = await game.page.screenshot({ clip: { x: 2, y: 300, width: 1, height: 1 } });
  const { data } = await game.page.evaluate(async (bytes) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(1, 1);
    const c = canvas.getContext('2d');
    c.drawImage(image, 0, 0);
    return { data: Array.from(c.getImageData(0, 0, 1, 1).data) };
  }, Array.from(shot));
  return data.slice(0, 3);
}

test('the browser asks for more contrast and less motion: the game follows, and the player may not', async () => {
  await withBrowser(async (browser) => {
    const context = await browser.newContext({
      viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2,
      contrast: 'more', reducedMotion: 'reduce',
    });
    let game = await Game.open(context, base);
    let s = await game.state();
    assert.equal(s.high_contrast, true);
    assert.equal(s.reduced_motion, true);
    await game.waitFor((x) => x.frames > 4, 'a few frames in the new palette');
    assert.deepEqual(await pageColour(game), [255, 255, 255], 'high contrast: a white page');
    mkdirSync(shotDir, { recursive: true });
    await game.page.screenshot({ path: path.join(shotDir, 'look-high-contrast-tablet.png') });

    await game.click('high-contrast');  // the player turns it off
    s = await game.waitFor((x) => !x.high_contrast, 'high contrast off');
    assert.equal(s.reduced_motion, true, 'the other setting is untouched');
    await game.waitFor((x) => x.frames > s.frames + 2, 'frames in the normal palette');
    assert.notDeepEqual(await pageColour(game), [255, 255, 255], 'the normal page is not white');

    // The next visit, same device: the player's choice is kept.
    await game.page.waitForTimeout(500);  // the save reaches IndexedDB
    await game.page.close();
    game = await Game.open(context, base);
    s = await game.state();
    assert.equal(s.high_contrast, false, 'the choice outlives the visit');
    assert.deepEqual(game.errors, []);
    await context.close();
  });
});

test('a browser with no such wishes gets the normal look, and high contrast is one tap away', async () => {
  await withBrowser(async (browser) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const game = await Game.open(context, base);
    let s = await game.state();
    assert.equal(s.high_contrast, false);
    assert.equal(s.reduced_motion, false);
    await game.click('high-contrast');
    s = await game.waitFor((x) => x.high_contrast, 'high contrast on');
    await game.waitFor((x) => x.frames > s.frames + 2, 'frames in the high-contrast palette');
    assert.deepEqual(await pageColour(game), [255, 255, 255]);
    await game.page.screenshot({ path: path.join(shotDir, 'look-high-contrast-desktop.png') });
    await context.close();
  });
});
