// The same screens at device pixel ratio 1, 2 and 3, on a portrait tablet and on a phone: every
// marked widget stays where it is in CSS px (within max(2 px, 1 %)), and the screenshots are kept
// (build/wasm/screenshots/dpr-<size>@<ratio>-*.png) for people to check the text is sharp.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { Game, startServer, chromiumFlags } from './game_driver.mjs';

const port = Number(process.env.AR_DPR_PORT || 8771);
const base = `http://127.0.0.1:${port}/`;
let server;
let browser;
before(async () => {
  server = await startServer(port);
  // Not one persistent context as elsewhere: deviceScaleFactor is set per context.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: chromiumFlags,
  });
});
after(async () => {
  await browser?.close();
  server?.kill();
});

// The widgets compared on each screen; one missing at every ratio (below the fold) is fine.
const marks = {
  title: ['lang-es', 'lang-eu', 'lang-en', 'menu-play', 'menu-practices', 'menu-about'],
  setup: ['back', 'lang-en', 'mode-verdict', 'mode-reply', 'count-fewer', 'count-more', 'topic-all',
    'topic-health', 'difficulty-all', 'practice-toggle', 'start'],
  rumour: ['back', 'rumour-text', 'verdict-true', 'verdict-false', 'verdict-misleading',
    'verdict-not_enough_data'],
  feedback: ['back', 'feedback-result', 'source-link', 'next'],
  practices: ['back', 'search', 'ptopic-all', 'ptopic-crime'],
};

// Plays title → setup → a rumour → its feedback → practices; returns each screen's rects.
async function walkThrough(size, ratio) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height }, deviceScaleFactor: ratio,
  });
  try {
    const game = await Game.open(context, `${base}?seed=5&lang=en`);
    const canvas = await game.page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { width: c.width, css: c.getBoundingClientRect().width, dpr: window.devicePixelRatio };
    });
    assert.equal(canvas.dpr, ratio);
    assert.equal(canvas.width, Math.floor(canvas.css * ratio), 'the canvas has every device pixel');
    const seen = {};
    let n = 0;
    const keep = async (screen, settled) => {
      await game.find(settled);
      const rects = {};
      for (const id of marks[screen]) rects[id] = await game.rect(id);
      seen[screen] = rects;
      n += 1;
      await game.screenshot(`dpr-${size.width}x${size.height}@${ratio}-${n}-${screen}`);
    };
    await keep('title', 'menu-play');
    await game.click('menu-play');
    await game.waitFor((s) => s.screen === 'setup', 'the setup screen');
    await keep('setup', 'mode-verdict');
    await game.click('start');
    let s = await game.waitFor((t) => t.screen === 'play', 'a round');
    await keep('rumour', 'rumour-text');
    await game.click(s.verdict === 'false' ? 'verdict-true' : 'verdict-false');
    s = await game.waitFor((t) => t.phase === 'feedback', 'the feedback');
    await keep('feedback', 'feedback-result');
    await game.click('back');  // leaving the round half-way: its summary first, then home
    await game.waitFor((t) => t.screen === 'summary', 'the summary of the round left');
    await game.click('home');
    await game.waitFor((t) => t.screen === 'title', 'the title');
    await game.click('menu-practices');
    await game.waitFor((t) => t.screen === 'practices', 'the practices');
    await keep('practices', 'ptopic-all');
    assert.deepEqual(game.errors, []);
    return seen;
  } finally {
    await context.close();
  }
}

const near = (a, b) => Math.abs(a - b) <= Math.max(2, 0.01 * Math.max(Math.abs(a), Math.abs(b)));

for (const size of [{ width: 768, height: 1024 }, { width: 390, height: 844 }]) {
  test(`the same layout at pixel ratio 1, 2 and 3 on ${size.width}x${size.height}`, async () => {
    const at1 = await walkThrough(size, 1);
    for (const ratio of [2, 3]) {
      const other = await walkThrough(size, ratio);
      for (const [screen, rects] of Object.entries(at1)) {
        for (const [id, a] of Object.entries(rects)) {
          const b = other[screen][id];
          const where = `${id} on ${screen} at ratio ${ratio}: ${JSON.stringify(b)}, ` +
            `at ratio 1: ${JSON.stringify(a)}`;
          assert.equal(b === null, a === null, `shown at one ratio only: ${where}`);
          if (!a) continue;
          for (const k of ['x', 'y', 'w', 'h']) assert.ok(near(a[k], b[k]), `${k} moved: ${where}`);
        }
      }
    }
  });
}

// The window is made at the page's size times the ratio: a canvas resized after its WebGL
// context exists reallocates the context's buffers before the first frame (run_web.cpp).
test('the canvas gets its size before its WebGL context and keeps it, at ratios 1, 2 and 3', async () => {
  for (const ratio of [1, 2, 3]) {
    const context = await browser.newContext({
      viewport: { width: 768, height: 1024 }, deviceScaleFactor: ratio, hasTouch: true, isMobile: true,
    });
    try {
      await context.addInitScript(() => {
        window.canvasSizes = [];
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (...args) {
          if (this.id === 'canvas') window.canvasSizes.push(`context ${this.width}x${this.height}`);
          return getContext.apply(this, args);
        };
        for (const side of ['width', 'height']) {
          const d = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, side);
          Object.defineProperty(HTMLCanvasElement.prototype, side, {
            get() { return d.get.call(this); },
            set(v) {
              if (this.id === 'canvas' && d.get.call(this) !== v) window.canvasSizes.push(`${side} ${v}`);
              d.set.call(this, v);
            },
          });
        }
      });
      const page = await context.newPage();
      await page.goto(`${base}?lang=en`);
      const game = new Game(page);
      await game.waitFor((s) => s.ready && s.frames > 2, 'the title');
      const sizes = await page.evaluate(() => window.canvasSizes);
      const made = sizes.findIndex((s) => s.startsWith('context'));
      assert.ok(made > 0, sizes.join(', '));
      assert.equal(sizes[made], `context ${768 * ratio}x${1024 * ratio}`, sizes.join(', '));
      assert.deepEqual(sizes.slice(made + 1), [], `resized after the context was made: ${sizes.join(', ')}`);
    } finally {
      await context.close();
    }
  }
});
