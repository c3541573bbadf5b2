// The page's own words (loading, retry, and what went wrong before or outside the game) come
// from content/ui-strings.json's "page." strings, with the other interface strings and their
// review marks, in Spanish, Basque and English: the page speaks before the game knows the
// player's language. A lost graphics context and a crash of the game's code after the title are
// said in those words, with the button to try again, not left as a still picture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Game, root, servedBrowser, touchDevices } from './game_driver.mjs';

const port = Number(process.env.AR_PORT || 8841);
const session = servedBrowser(port);
const [tablet, phone] = touchDevices;

const strings = JSON.parse(readFileSync(path.join(root, 'content/ui-strings.json'), 'utf8'));
const inEveryLanguage = (key, separator) => {
  const text = strings.strings[key];
  assert.ok(text, `${key} in content/ui-strings.json`);
  return strings.languages.map((language) => text[language]).join(separator);
};

async function openTouch(device, url) {
  const context = await session.browser.newContext({
    viewport: device.viewport, deviceScaleFactor: device.deviceScaleFactor, hasTouch: true, isMobile: true,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  const game = new Game(page, { finger: true });
  game.errors = errors;
  return { context, page, game };
}

async function shownFailure(page) {
  await page.locator('#retry').waitFor({ state: 'visible', timeout: 20000 });
  return page.locator('#status').innerText();
}

test('the page\'s words are the interface strings\' "page." ones, in every language', async () => {
  const { context, page, game } = await openTouch(tablet, `${session.base}?lang=eu`);
  try {
    await game.waitFor((t) => t.started, 'the title');
    const messages = await page.evaluate(() =>
      JSON.parse(document.querySelector('meta[name="antirumour-page-messages"]').content));
    const keys = Object.keys(strings.strings).filter((k) => k.startsWith('page.'));
    assert.ok(keys.length >= 10, `${keys.length} page strings`);
    assert.deepEqual(Object.keys(messages).sort(), keys.sort());
    for (const key of keys) assert.equal(messages[key], inEveryLanguage(key, '\n'), key);
    // The loading screen's words and the retry button, written into the page by the build.
    const html = await (await page.request.get(session.base)).text();
    assert.ok(html.includes(`<div id="status">${inEveryLanguage('page.loading', ' · ')}</div>`));
    assert.ok(html.includes(`>${inEveryLanguage('page.retry', ' · ')}</button>`));
    assert.ok(!html.includes('@AR_'), 'no placeholder left in the page');
  } finally {
    await context.close();
  }
});

test('tablet: a lost graphics context is said in three languages, and Try again brings the game back', async () => {
  const { context, page, game } = await openTouch(tablet, `${session.base}?lang=es`);
  try {
    await game.waitFor((t) => t.ready && t.frames > 2, 'the title');
    // What a tablet's graphics reset does to the page: the canvas loses its WebGL context.
    await page.evaluate(() => document.getElementById('canvas').getContext('webgl2')
      .getExtension('WEBGL_lose_context').loseContext());
    assert.equal(await shownFailure(page), inEveryLanguage('page.graphics_lost', '\n'));
    await game.screenshot('page-graphics-lost-tablet');
    await Promise.all([page.waitForEvent('load'), page.locator('#retry').tap()]);  // the page loads again
    const again = new Game(page, { finger: true });
    const s = await again.waitFor((t) => t.ready && t.frames > 2, 'the game again');
    assert.equal(s.screen, 'title');
    assert.equal(await page.locator('#loading').isVisible(), false);
  } finally {
    await context.close();
  }
});

test('phone: a crash of the game\'s code after the title is said, not left as a still picture', async () => {
  const { context, page, game } = await openTouch(phone, `${session.base}?lang=eu`);
  try {
    await game.waitFor((t) => t.ready && t.frames > 2, 'the title');
    // A bug in the game's code reading outside its memory: a WebAssembly trap, thrown outside any
    // caller that could catch it, as one in the main loop is.
    await page.evaluate(() => setTimeout(() => Module._ar_text_type(0x7fff0000)));
    assert.equal(await shownFailure(page), inEveryLanguage('page.stopped', '\n'));
    assert.ok(game.errors.some((e) => /memory access out of bounds/.test(e)), game.errors.join('\n'));
    await game.screenshot('page-stopped-phone');
  } finally {
    await context.close();
  }
});
