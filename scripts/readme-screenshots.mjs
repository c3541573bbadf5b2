// The README's gallery: the main screens at three sizes, written to docs/screenshots/<screen>-<size>.png.
// Builds nothing: it takes a web build made with `./build-wasm.sh --test-hooks` (it drives the game
// through the same ar_test_* hooks as tests/e2e/) and, unless given --url, serves build/wasm/web
// itself with scripts/serve.py.
//
//   NODE_PATH=/usr/share/nodejs node scripts/readme-screenshots.mjs
//   node scripts/readme-screenshots.mjs --url http://127.0.0.1:8080/   (a build already served)
//   node scripts/readme-screenshots.mjs --size 390x844                 (one size only)
//
// Taken with scale 'css' (one file pixel per CSS pixel) so the files stay small (the whole set
// of 30 pictures about 2.9 MB); the game itself draws at the device's pixel ratio.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Game, chromiumFlags, root, startServer } from '../tests/e2e/game_driver.mjs';

// Playwright from the end-to-end tests' own node_modules (installed by scripts/install-deps.sh).
const { chromium } = createRequire(path.join(root, 'tests/e2e/package.json'))('playwright-core');

const sizes = [
  { name: '1280x800', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, touch: false },
  { name: '768x1024', viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2, touch: true },
  { name: '390x844', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, touch: true },
];

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const outDir = option('--out') || path.join(root, 'docs/screenshots');
const port = Number(option('--port') || 8836);
const only = option('--size');

// Waits for the picture to stand still (the umbrella scene moves for 1.2 s after an answer) and
// for two more frames, then saves the page.
async function shoot(game, screen, size) {
  await game.page.waitForTimeout(1500);
  const { frames } = await game.state();
  await game.waitFor((s) => s.frames >= frames + 2, 'two more frames').catch(() => {});
  const file = path.join(outDir, `${screen}-${size.name}.png`);
  await game.page.screenshot({ path: file, scale: 'css' });
  console.log(`${path.relative(root, file)}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
}

// Leaves the screen by the button `id` (home, back) and waits for the title.
async function backToTitle(game, id) {
  await game.click(id);
  await game.waitFor((t) => t.screen === 'title', 'the title');
}

async function shootSize(browser, base, size) {
  const context = await browser.newContext({
    viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor,
    hasTouch: size.touch, isMobile: size.touch,
  });
  try {
    const game = await Game.open(context, `${base}?seed=5&lang=en`, null, { finger: size.touch });
    await shoot(game, 'title', size);

    await game.click('menu-play');
    await game.waitFor((s) => s.screen === 'setup', 'the setup screen');
    await shoot(game, 'setup', size);
    for (let i = 0; i < 4; i++) await game.click('count-fewer');  // one rumour
    await game.click('start');
    let s = await game.waitFor((t) => t.screen === 'play' && t.phase !== 'feedback', 'a rumour');
    await shoot(game, 'rumour', size);
    await game.click(`verdict-${s.verdict}`);
    await game.waitFor((t) => t.phase === 'feedback', 'the feedback');
    await shoot(game, 'feedback', size);
    await game.click('next');
    await game.waitFor((t) => t.screen === 'summary', 'the summary');
    await shoot(game, 'summary', size);
    await backToTitle(game, 'home');

    await game.click('menu-play');
    await game.click('mode-reply');
    await game.click('start');
    s = await game.waitFor((t) => t.screen === 'play' && t.mode === 'reply', 'a reply round');
    await shoot(game, 'reply', size);  // the neighbour's words and the replies to choose from
    await backToTitle(game, 'back');  // a round left before any answer is dropped

    await game.click('menu-practices');
    await game.waitFor((t) => t.screen === 'practices', 'the practice browser');
    await shoot(game, 'practices', size);
    await backToTitle(game, 'back');

    await game.click('menu-about');
    await game.waitFor((t) => t.screen === 'about', 'the About screen');
    await shoot(game, 'about', size);
    await backToTitle(game, 'back');

    await game.click('menu-workshop');
    await game.waitFor((t) => t.screen === 'workshop', 'the workshop');
    await shoot(game, 'workshop', size);
    if (game.errors.length) throw new Error(`page errors: ${game.errors.join('; ')}`);

    // The pack editor, as a facilitator opens it by its link (the page's own address + #editor).
    const editor = await Game.open(context, `${base}?seed=5&lang=en#editor`, null, { finger: size.touch });
    await editor.waitFor((t) => t.screen === 'editor' && t.draft, 'the pack editor');
    await shoot(editor, 'editor', size);
    if (editor.errors.length) throw new Error(`page errors: ${editor.errors.join('; ')}`);
  } finally {
    await context.close();
  }
}

const url = option('--url');
const server = url ? null : await startServer(port);
const base = url || `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: chromiumFlags,
});
try {
  mkdirSync(outDir, { recursive: true });
  for (const size of sizes) if (!only || only === size.name) await shootSize(browser, base, size);
  const total = readdirSync(outDir).filter((f) => f.endsWith('.png'))
    .reduce((sum, f) => sum + statSync(path.join(outDir, f)).size, 0);
  console.log(`total ${(total / 1024).toFixed(0)} KB in ${path.relative(root, outDir)}/`);
} finally {
  await browser.close();
  server?.kill();
}
