// The web build's code in two parts (scripts/split_code.mjs): the title screen needs nothing from
// the second part, which comes with the packs; a tap that needs it before it is in still works;
// a second part that cannot be had is said, not a frozen page. On a tablet (ratio 2, by finger),
// a phone (ratio 3) and a desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import path from 'node:path';
import { Game, servedBrowser, touchDevices, webDir } from './game_driver.mjs';

const port = Number(process.env.AR_PORT || 8822);
const session = servedBrowser(port);
const [tablet, phone] = touchDevices;
const desktop = { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

// A page whose calls into the second part before it was in are noted with their time: Emscripten's
// glue says "placeholder function called: N" through Module.printErr, which is console.warn.
async function openNoting(device, url, route) {
  const touch = device !== desktop;
  const context = await session.browser.newContext({
    viewport: device.viewport, deviceScaleFactor: device.deviceScaleFactor, hasTouch: touch, isMobile: touch,
    serviceWorkers: 'block',  // page.route sees every request
  });
  await context.addInitScript(() => {
    const warn = console.warn;
    window.secondPartCalls = [];
    console.warn = (...args) => {
      if (String(args[0]).startsWith('placeholder function called')) window.secondPartCalls.push(performance.now());
      warn.apply(console, args);
    };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (route) await page.route('**/antirumour.deferred.wasm', route);
  await page.goto(url);
  const game = new Game(page, { finger: touch });
  game.errors = errors;
  return { context, page, game };
}

// When the title's first frame was drawn, the first call into the second part, and when the second
// part was asked for (ms from the start of the page).
async function timeline(page) {
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('ar:title')[0];
    const asked = performance.getEntriesByType('resource').find((r) => r.name.endsWith('antirumour.deferred.wasm'));
    return { title: mark ? mark.startTime : null, firstCall: window.secondPartCalls[0] ?? null,
      asked: asked ? asked.startTime : null };
  });
}

for (const device of [tablet, phone, desktop]) {
  test(`${device.name}: the title needs nothing from the code's second part, which comes after it`, async () => {
    const { context, page, game } = await openNoting(device, `${session.base}?lang=eu`);
    try {
      const ready = await game.waitFor((t) => t.ready && t.frames > 2, 'the packs');
      assert.ok(ready.scenarios >= 80, `${ready.scenarios} rumours`);
      const t = await timeline(page);
      assert.ok(t.title !== null, 'the title was drawn');
      assert.ok(t.asked !== null && t.asked > t.title, `the second part asked for after the title (${JSON.stringify(t)})`);
      assert.ok(t.firstCall !== null && t.firstCall > t.title,
        `the first call into the second part comes after the title (${JSON.stringify(t)})`);
      assert.deepEqual(game.errors, []);
    } finally {
      await context.close();
    }
  });
}

test('tablet: a returning player\'s saved progress is read without the second part', async () => {
  const { context, page, game } = await openNoting(tablet, `${session.base}?seed=7&lang=es`);
  try {
    await game.waitFor((t) => t.ready, 'the packs');
    await game.click('menu-play');
    for (let i = 0; i < 4; i++) await game.click('count-fewer');  // 1 rumour
    await game.click('start');
    const s = await game.waitFor((t) => t.screen === 'play', 'the rumour');
    await game.click(`verdict-${s.verdict}`);
    await game.waitFor((t) => t.phase === 'feedback', 'the feedback');
    await game.click('next');
    await game.waitFor((t) => t.screen === 'summary', 'the summary');
    await page.waitForTimeout(500);  // IndexedDB writes are asynchronous
    await page.goto(`${session.base}?seed=7&lang=es`);
    const again = new Game(page, { finger: true });
    const t1 = await again.waitFor((x) => x.ready && x.frames > 2, 'the reloaded game');
    assert.equal(t1.rounds_played, 1, 'the progress was read');
    const t = await timeline(page);
    assert.ok(t.firstCall !== null && t.firstCall > t.title, `nothing from the second part before the title (${JSON.stringify(t)})`);
  } finally {
    await context.close();
  }
});

test('phone: a tap that needs the second part before it is in still works', async () => {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  let asked = 0;
  const { context, page, game } = await openNoting(phone, `${session.base}?lang=en`, async (route) => {
    // The download with the packs is held back; the request made on the spot goes through.
    if (asked++ === 0) await released;
    await route.continue();
  });
  try {
    await game.waitFor((t) => t.started && t.frames > 2, 'the title');
    assert.equal((await game.state()).ready, false, 'the packs wait for the second part');
    // High contrast can be chosen while the packs are on their way; the choice is kept with the
    // progress, by code of the second part.
    await game.click('high-contrast');
    await game.waitFor((t) => t.high_contrast, 'high contrast');
    assert.equal(asked, 2, 'the second part was asked for again, on the spot');
    assert.ok(await game.canvasColours() > 20, 'the title is drawn');
    release();
    const ready = await game.waitFor((t) => t.ready, 'the packs');
    assert.ok(ready.practices >= 150, `${ready.practices} practices`);
    assert.deepEqual(game.errors, []);
  } finally {
    release();
    await context.close();
  }
});

test('tablet: a second part that cannot be had is said, with the button to try again', async () => {
  const { context, page } = await openNoting(tablet, `${session.base}?lang=en`,
    (route) => route.fulfill({ status: 404, body: 'gone' }));
  try {
    await page.locator('#status').waitFor({ state: 'visible', timeout: 30000 });
    await page.waitForFunction(() => /could not be downloaded/.test(document.getElementById('status').textContent),
      null, { timeout: 30000 });
    assert.ok(await page.locator('#retry').isVisible(), 'the button to try again');
  } finally {
    await context.close();
  }
});

test('desktop: a second part from a newer build is said, with the button to try again', async () => {
  // A module that wants a function the first part does not have: what a part of another build is.
  const other = Buffer.from([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0,
    2, 14, 1, 7, ...Buffer.from('primary'), 2, ...Buffer.from('zz'), 0, 0]);
  const { context, page } = await openNoting(desktop, `${session.base}?lang=en`,
    (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: other }));
  try {
    await page.waitForFunction(() => /was updated while it loaded/.test(document.getElementById('status').textContent),
      null, { timeout: 30000 });
    assert.ok(await page.locator('#retry').isVisible(), 'the button to try again');
  } finally {
    await context.close();
  }
});

test('tablet: the title\'s loading line counts the second part of the code, not only the packs', async () => {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const { context, page, game } = await openNoting(tablet, `${session.base}?lang=en`, async (route) => {
    await released;  // the second part is held back; the packs come whole
    await route.continue();
  });
  try {
    await game.waitFor((t) => t.started && t.frames > 2, 'the title');
    const bytes = (name) => statSync(path.join(webDir, name)).size;
    // The page knows each file's size from the build: the server sends them compressed, with
    // the compressed length.
    const listed = await page.evaluate(() => document.querySelector('meta[name="antirumour-file-sizes"]').content);
    for (const name of ['antirumour.wasm', 'antirumour.data', 'antirumour.deferred.wasm', 'antirumour.content']) {
      assert.ok(listed.split(' ').includes(`${name}:${bytes(name)}`), `${name} in "${listed}"`);
    }
    await page.waitForFunction(() => performance.getEntriesByType('resource')
      .some((e) => e.name.endsWith('/antirumour.content') && e.responseEnd > 0), null, { timeout: 30000 });
    const packs = bytes('antirumour.content');
    const expected = Math.floor((100 * packs) / (packs + bytes('antirumour.deferred.wasm')));
    assert.ok(expected > 20 && expected < 90, `${expected} %`);
    const s = await game.waitFor((t) => t.content_percent === expected, `the line at ${expected} %`);
    assert.equal(s.ready, false, 'the packs wait for the code');
    await page.waitForTimeout(300);
    assert.equal((await game.state()).content_percent, expected, 'the line stays while the second part is held');
    await game.screenshot('content-loading-second-part-tablet');
    release();
    await game.waitFor((t) => t.ready, 'the packs');
    assert.deepEqual(game.errors, []);
  } finally {
    release();
    await context.close();
  }
});
