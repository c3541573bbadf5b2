// Offline and installable: the service worker keeps the whole build, the game starts with no
// network, and a new build replaces the old cache. Each test has its own browser profile (the
// worker and its cache belong to the profile) and its own server, so it can stop and swap it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Game, startBrowser, startServer, webDir } from './game_driver.mjs';

const port = Number(process.env.AR_PORT || 8782);
const base = `http://127.0.0.1:${port}/`;
// The code's second part too, in a build split in two (scripts/split_code.mjs, the default).
const buildFiles = ['index.html', 'boot.js', 'antirumour.js', 'antirumour.wasm', 'antirumour.data',
  'antirumour.content', 'manifest.webmanifest', 'icon.svg',
  ...(existsSync(path.join(webDir, 'antirumour.deferred.wasm')) ? ['antirumour.deferred.wasm'] : [])];

async function stop(server) {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill();
  await exited;
}

async function builtVersion(dir = webDir) {
  const worker = await readFile(path.join(dir, 'service-worker.js'), 'utf8');
  return worker.match(/const VERSION = '([^']+)'/)[1];
}

// Waits for the worker to be active and controlling the page; returns the caches and their files.
async function offlineCopy(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const result = { controlled: !!navigator.serviceWorker.controller, caches: {} };
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      result.caches[key] = (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
    }
    return result;
  });
}

test('the manifest names the game, its icon and standalone display', async () => {
  const manifest = JSON.parse(await readFile(path.join(webDir, 'manifest.webmanifest'), 'utf8'));
  assert.match(manifest.name, /Anti-Rumour/);
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.theme_color && manifest.start_url);
  assert.ok(manifest.icons.some((i) => i.src === 'icon.svg' && i.purpose.includes('any')));
  const html = await readFile(path.join(webDir, 'index.html'), 'utf8');
  assert.match(html, /<link rel="manifest" href="manifest.webmanifest">/);
});

test('installable, and after one visit the game starts with the network off (service worker cache)', async () => {
  const server = await startServer(port);
  const context = await startBrowser();
  try {
    const first = await Game.open(context, `${base}?lang=eu&seed=3`);
    const copy = await offlineCopy(first.page);
    const version = await builtVersion();
    assert.equal(copy.controlled, true, 'the worker controls the page');
    assert.deepEqual(Object.keys(copy.caches), [`antirumour-${version}`]);
    assert.deepEqual(copy.caches[`antirumour-${version}`], [...buildFiles].sort());
    // Chromium's own verdict: the manifest parses and the page can be installed as an app.
    const cdp = await context.newCDPSession(first.page);
    assert.deepEqual((await cdp.send('Page.getAppManifest')).errors, []);
    assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);
    await cdp.detach();

    await context.setOffline(true);
    const fromWorker = {};
    first.page.on('response', (r) => { fromWorker[new URL(r.url()).pathname] = r.fromServiceWorker(); });
    await first.page.reload();
    const game = new Game(first.page);
    const s = await game.waitFor((t) => t.ready && t.frames > 2, 'the game, offline');
    assert.equal(s.screen, 'title');
    assert.equal(s.language, 'eu', '?lang= still reaches the game through the cached page');
    assert.equal(s.problems, 0);
    assert.ok(s.scenarios >= 80 && s.practices >= 150, 'the packs and practices came offline too');
    assert.ok(await game.canvasColours() > 20, 'the canvas shows a drawn screen');
    for (const file of ['/', '/antirumour.wasm', '/antirumour.data', '/antirumour.js', '/antirumour.content'])
      assert.equal(fromWorker[file], true, `${file} came from the service worker`);
    await game.screenshot('offline-title');
    await context.setOffline(false);
  } finally {
    await context.close();
    await stop(server);
  }
});

test('a new build replaces the old cache', async () => {
  const copy = await mkdtemp(path.join(tmpdir(), 'ar-newbuild-'));
  let server = await startServer(port);
  const context = await startBrowser();
  try {
    const game = await Game.open(context, `${base}?lang=en`);
    const before = await offlineCopy(game.page);
    const old = `antirumour-${await builtVersion()}`;
    assert.deepEqual(Object.keys(before.caches), [old]);

    // The same build with another version in its worker: what a rebuild looks like to the browser.
    await cp(webDir, copy, { recursive: true });
    const worker = path.join(copy, 'service-worker.js');
    await writeFile(worker, (await readFile(worker, 'utf8')).replace(/const VERSION = '[^']+'/,
      "const VERSION = 'next-build'"));
    await stop(server);
    server = await startServer(port, copy);

    await game.page.reload();  // a navigation: the browser checks for a new worker
    const caches = await game.page.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        const keys = await caches.keys();
        if (keys.includes('antirumour-next-build') && keys.length === 1) return keys;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return caches.keys();
    });
    assert.deepEqual(caches, ['antirumour-next-build'], `${old} was deleted`);
    const after = await offlineCopy(game.page);
    assert.deepEqual(after.caches['antirumour-next-build'], [...buildFiles].sort());

    await game.page.reload();
    const s = await new Game(game.page).waitFor((t) => t.ready && t.frames > 2, 'the new build');
    assert.equal(s.screen, 'title');
  } finally {
    await context.close();
    await stop(server);
    await rm(copy, { recursive: true, force: true });
  }
});
