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

// A fresh browser profile; `options` adds Playwright context options (e.g. serviceWorkers).
export async function startBrowser(options = {}) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'ar-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: chromiumFlags,
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  // There is no network here: pages outside the game (a fact's source, "Read more") get a stub,
  // so a test can check which address a new tab was opened on.
  await context.route((url) => url.hostname !== '127.0.0.1', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>source</title>' }));
  return context;
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

export class Game {
  constructor(page) { this.page = page; }

  static async open(context, url, viewport) {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    const game = new Game(page);
    game.errors = errors;
    await game.waitFor((s) => s.ready && s.frames > 2, 'the first frames');
    return game;
  }

  async state() {
    return this.page.evaluate(() =>
      typeof Module !== 'undefined' && Module.calledRun
        ? JSON.parse(Module.ccall('ar_test_state', 'string', [], []))
        : { ready: false });
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

  // Where the widget is now, once the layout has settled (two equal reads a frame apart).
  async find(id, timeout = 10000) {
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

  // Scrolls the page with the mouse wheel over the left margin until `id` is drawn.
  async scroll(id) {
    const box = this.page.viewportSize();
    await this.page.mouse.move(3, box.height / 2);
    for (const dir of [1, -1]) {
      for (let i = 0; i < 40; i++) {
        if (await this.rect(id)) return;
        await this.page.mouse.wheel(0, dir * 120);
        await this.page.waitForTimeout(60);
      }
    }
  }

  async click(id) {
    const r = await this.find(id);
    await this.page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
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
      const seen = new Set();
      for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    }, png.toString('base64'));
  }
}
