// The packs and practices come after the title (issue 14): the first frame waits for none of
// them. Held back, the title is drawn at once with a line saying how far they are, and a tap on
// Play waits; a file that cannot be had says so on the title with "Try again"; a deep link waits
// for them instead of being lost. By finger on a tablet (ratio 2) and a phone (ratio 3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Game, servedBrowser, touchDevices } from './game_driver.mjs';

const port = Number(process.env.AR_PORT || 8815);
const session = servedBrowser(port);
const [tablet, phone] = touchDevices;

async function openHeld(device, url, route) {
  // No service worker: once it controls the page, its requests never reach page.route.
  const context = await session.browser.newContext({
    viewport: device.viewport, deviceScaleFactor: device.deviceScaleFactor, hasTouch: true, isMobile: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The handler gets the page: the title, and with it the request, can come before goto returns.
  await page.route('**/antirumour.content', (r) => route(r, page));
  await page.goto(url);
  const game = new Game(page, { finger: true });
  game.errors = errors;
  return { context, page, game };
}

test('tablet: the title comes first, Play waits for the rumours, then plays', async () => {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  let askedAfterFirstFrame = null;
  const { context, page, game } = await openHeld(tablet, `${session.base}?lang=en`, async (route, page) => {
    // Asked for only once the title is on screen: the first frame waited for none of it.
    askedAfterFirstFrame = await page.evaluate(() =>
      JSON.parse(Module.ccall('ar_test_state', 'string', [], [])).started === true);
    await released;
    await route.continue();
  });
  try {
    const s = await game.waitFor((t) => t.started && t.frames > 2, 'the title before the content');
    assert.equal(s.ready, false);
    assert.equal(s.screen, 'title');
    assert.equal(s.scenarios, 0);
    // The route's own look at the game can answer after the title's first frames.
    for (const start = Date.now(); askedAfterFirstFrame === null && Date.now() - start < 5000;) {
      await page.waitForTimeout(20);
    }
    assert.equal(askedAfterFirstFrame, true, 'the content was asked for after the first frame');
    const line = await game.find('content-loading');
    assert.ok(line.w > 0);
    assert.ok(await game.canvasColours() > 20, 'the title is drawn, not a blank canvas');
    await game.screenshot('content-loading-tablet');
    await game.click('menu-play');
    await page.waitForTimeout(300);
    assert.equal((await game.state()).screen, 'title', 'Play waits for the rumours');

    release();
    const ready = await game.waitFor((t) => t.ready, 'the content');
    assert.ok(ready.scenarios >= 80, `${ready.scenarios} rumours`);
    assert.ok(ready.practices >= 150, `${ready.practices} practices`);
    assert.equal(ready.problems, 0);
    assert.equal(await game.rect('content-loading'), null, 'the line goes once they are in');
    await game.click('menu-play');
    await game.waitFor((t) => t.screen === 'setup', 'the setup screen');
    assert.deepEqual(game.errors, []);
  } finally {
    await context.close();
  }
});

test('phone: a content file that cannot be had is said on the title, and Try again gets it', async () => {
  let asked = 0;
  const { context, game } = await openHeld(phone, `${session.base}?lang=en`, (route) =>
    asked++ === 0 ? route.fulfill({ status: 404, body: 'gone' }) : route.continue());
  try {
    const s = await game.waitFor((t) => t.content_failure !== undefined && t.content_failure !== '',
      'the failure on the title');
    assert.match(s.content_failure, /antirumour\.content: HTTP 404/);
    assert.equal(s.ready, false);
    const said = await game.find('content-failed');
    assert.ok(said.y + said.h <= phone.viewport.height, 'the message is on the first screen');
    await game.screenshot('content-failed-phone');
    await game.click('content-retry');
    const ready = await game.waitFor((t) => t.ready, 'the content after Try again');
    assert.equal(asked, 2, 'a 404 is not tried again by itself; the tap asks once more');
    assert.ok(ready.scenarios >= 80);
    assert.equal(ready.content_failure, '');
  } finally {
    await context.close();
  }
});

test('a deep link to a practice waits for the practices instead of being lost', async () => {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const { context, game } = await openHeld(tablet, `${session.base}?lang=en#practices`, async (route) => {
    await released;
    await route.continue();
  });
  try {
    await game.waitFor((t) => t.started && t.frames > 2, 'the title');
    assert.equal((await game.state()).screen, 'title');
    release();
    const s = await game.waitFor((t) => t.ready && t.screen === 'practices', 'the practice browser');
    assert.ok(s.shown_practices >= 150);
  } finally {
    await context.close();
  }
});
