// Shared helpers for the end-to-end tests: serve the web build, start Debian's headless Chromium
// through Playwright, and drive the game by the widget positions the game itself exports.
import { spawn } from 'node:child_process';
import { mkdirSync, existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const webDir = process.env.AR_WEB_DIR || path.join(root, 'build/wasm/web');
export const shotDir = process.env.AR_SHOT_DIR || path.join(root, 'build/wasm/screenshots');

// Flags that give WebGL2 through SwiftShader in a sandbox with no GPU and no network.
export const chromiumFlags = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
];

// Serves `dir` (the web build unless told) with scripts/serve.py.
export async function startServer(port, dir = webDir) {
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error(`no web build in ${dir}: run ./build-wasm.sh first`);
  const server = spawn('python3', [path.join(root, 'scripts/serve.py'), dir, String(port), '--quiet'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return server;
}

const launchOptions = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: chromiumFlags,
};

// There is no network here: pages outside the game (a fact's source, "Read more") get a stub,
// so a test can check which address a new tab was opened on.
async function stubOutside(context) {
  await context.route((url) => url.hostname !== '127.0.0.1', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>source</title>' }));
  return context;
}

// A fresh browser profile; `options` adds Playwright context options (e.g. serviceWorkers).
export async function startBrowser(options = {}) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'ar-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir,
    { ...launchOptions, viewport: { width: 1280, height: 800 }, ...options });
  return stubOutside(context);
}

// For a test file: serves the build on `port` and starts the browser before its tests, and stops
// both after them. Returns { base, context() } for the tests to use.
export function servedGame(port) {
  const session = { base: `http://127.0.0.1:${port}/`, server: null, browser: null };
  before(async () => {
    session.server = await startServer(port);
    session.browser = await startBrowser();
  });
  after(async () => {
    await session.browser?.close();
    session.server?.kill();
  });
  session.context = () => session.browser;
  return session;
}

// Like servedGame, for tests that each open their own context (a pixel ratio, reduced motion):
// returns { base, browser } with the browser started and no context.
export function servedBrowser(port) {
  const session = { base: `http://127.0.0.1:${port}/`, server: null, browser: null };
  before(async () => {
    session.server = await startServer(port);
    session.browser = await chromium.launch(launchOptions);
  });
  after(async () => {
    await session.browser?.close();
    session.server?.kill();
  });
  return session;
}

// Touch devices for servedTouchDevices(): a portrait tablet and a phone, each at its pixel ratio.
export const touchDevices = [
  { name: 'tablet', viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2 },
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
];

// Like servedGame, for a touch screen: session.open(device, url) opens the game in a fresh
// context that has touch, a mobile viewport and the device's pixel ratio, driven by the finger.
export function servedTouchDevices(port) {
  const session = servedBrowser(port);
  session.open = async (device, url) => {
    const context = await stubOutside(await session.browser.newContext({
      viewport: device.viewport, deviceScaleFactor: device.deviceScaleFactor,
      hasTouch: true, isMobile: true,
    }));
    return Game.open(context, url, null, { finger: true });
  };
  return session;
}

export class Game {
  // `finger`: click() taps and scroll() drags with real touch events, never the mouse or wheel.
  constructor(page, { finger = false } = {}) { this.page = page; this.finger = finger; }

  static async open(context, url, viewport, options) {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    const game = new Game(page, options);
    game.errors = errors;
    await game.waitFor((s) => s.ready && s.frames > 2, 'the first frames');
    return game;
  }

  async state() {
    return this.page.evaluate(() => {
      if (typeof Module === 'undefined' || !Module.calledRun) return { ready: false };
      if (!Module._ar_test_state) throw new Error('no test hooks in this build: ./build-wasm.sh --test-hooks');
      return JSON.parse(Module.ccall('ar_test_state', 'string', [], []));
    });
  }

  // Polls the game's state until `predicate` holds (the game runs on its own frames).
  async waitFor(predicate, what, timeout = 20000) {
    const start = Date.now();
    let s;
    while (Date.now() - start < timeout) {
      s = await this.state();
      if (predicate(s)) return s;
      await this.page.waitForTimeout(50);
    }
    throw new Error(`timed out waiting for ${what}; last state ${JSON.stringify(s)}`);
  }

  async rect(id) {
    const text = await this.page.evaluate((name) => Module.ccall('ar_test_item_rect', 'string', ['string'], [name]), id);
    return text ? JSON.parse(text) : null;
  }

  // Where the widget is on screen once the frames after the current state are drawn, without
  // scrolling (null if it is not there): the state hook reads the game at once, the marks come from
  // the last drawn frame.
  async drawnRect(id) {
    const { frames } = await this.state();
    await this.waitFor((s) => s.frames >= frames + 2, 'two more frames');
    return this.rect(id);
  }

  // Where the widget is now, once the layout has settled (two equal reads a frame apart).
  async find(id, timeout = 30000) {  // long: a loaded machine draws a tablet page slowly
    const start = Date.now();
    let last = null;
    while (Date.now() - start < timeout) {
      const r = await this.rect(id);
      if (r && last && r.x === last.x && r.y === last.y) return r;
      if (!r) await this.scroll(id);
      last = r;
      await this.page.waitForTimeout(60);
    }
    throw new Error(`widget "${id}" never showed on screen`);
  }

  // Scrolls the page until `id` is drawn: with the mouse wheel over the left margin, or (finger)
  // by dragging the page.
  async scroll(id) {
    if (this.finger) return this.swipeTo(id);
    const box = this.page.viewportSize();
    await this.page.mouse.move(3, box.height / 2);
    // Back up twice as far as down: the widget may be above where the page was.
    for (const [dir, steps] of [[1, 40], [-1, 80]]) {
      for (let i = 0; i < steps; i++) {
        if (await this.rect(id)) return;
        await this.page.mouse.wheel(0, dir * 120);
        await this.page.waitForTimeout(60);
      }
    }
  }

  // `timeout`: how long to look for the widget (find()'s default unless given).
  async click(id, timeout) {
    const r = await this.find(id, timeout);
    if (this.finger) return this.tapAt(r.x + r.w / 2, r.y + r.h / 2);
    await this.page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  }

  // --- real touch input, through the DevTools protocol (CSS pixels of the page)
  async touch(type, points) {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    await this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  }

  // A finger down and up, moving by `wobble` CSS px in between (fingers are never quite still).
  async tapAt(x, y, wobble = { x: 0, y: 0 }) {
    await this.touch('touchStart', [{ x, y }]);
    await this.page.waitForTimeout(40);
    if (wobble.x || wobble.y) {
      await this.touch('touchMove', [{ x: x + wobble.x, y: y + wobble.y }]);
      await this.page.waitForTimeout(40);
    }
    await this.touch('touchEnd', []);
  }

  // A finger drag in `steps` moves, `stepMs` apart; it stays still `holdMs` before it lifts (0: a
  // fling, and the page glides on). Still means for a frame or more: headless Chromium draws a
  // high-density canvas at a few frames a second here.
  async drag(from, to, { steps = 12, stepMs = 20, holdMs = 800 } = {}) {
    await this.touch('touchStart', [from]);
    for (let i = 1; i <= steps; i++) {
      await this.page.waitForTimeout(stepMs);
      const t = i / steps;
      await this.touch('touchMove', [{ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }]);
    }
    if (holdMs) await this.page.waitForTimeout(holdMs);
    await this.touch('touchEnd', []);
  }

  // Drags the page up (then down) by half a screen at a time until `id` is drawn.
  async swipeTo(id) {
    const { width, height } = this.page.viewportSize();
    const low = { x: width / 2, y: height * 0.75 }, high = { x: width / 2, y: height * 0.3 };
    for (const [from, to, steps] of [[low, high, 15], [high, low, 30]]) {
      for (let i = 0; i < steps; i++) {
        if (await this.rect(id)) return;
        await this.drag(from, to);
        await this.page.waitForTimeout(100);
      }
    }
  }

  async screenshot(name) {
    mkdirSync(shotDir, { recursive: true });
    const file = path.join(shotDir, `${name}.png`);
    await this.page.waitForTimeout(150);
    await this.page.screenshot({ path: file });
    return file;
  }

  // How many distinct colours the canvas shows: a blank canvas has one or two.
  async canvasColours() {
    return Object.keys(await this.canvasHistogram()).length;
  }

  // How often each colour (0xRRGGBB) shows on the canvas, in a sample of every 7th pixel.
  async canvasHistogram() {
    const png = await this.page.locator('#canvas').screenshot();
    return this.page.evaluate(async (b64) => {
      // Decoded from a Blob, not loaded from a data: address, which the page's policy refuses.
      const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = {};
      for (let i = 0; i < data.length; i += 4 * 7) {
        const rgb = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        seen[rgb] = (seen[rgb] || 0) + 1;
      }
      return seen;
    }, png.toString('base64'));
  }
}
