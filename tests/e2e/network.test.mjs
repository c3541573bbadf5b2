// A network that fails: a download cut once is tried again and the game starts; a file that
// cannot be had gives a message in Spanish, Basque and English with a button to try again.
// Service workers are blocked here, so every request reaches the network (and page.route).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Game, startBrowser, startServer, webDir } from './game_driver.mjs';

const port = Number(process.env.AR_PORT || 8781);
const base = `http://127.0.0.1:${port}/`;
let server;
let context;

before(async () => {
  server = await startServer(port);
  context = await startBrowser({ serviceWorkers: 'block' });
});
after(async () => {
  await context?.close();
  server?.kill();
});

async function expectFailureScreen(page) {
  const retry = page.locator('#retry');
  await retry.waitFor({ state: 'visible', timeout: 30000 });
  const text = await page.locator('#status').innerText();
  assert.match(text, /No se ha podido descargar el juego/);
  assert.match(text, /Ezin izan da jokoa deskargatu/);
  assert.match(text, /The game could not be downloaded/);
  assert.match(await retry.innerText(), /Reintentar · Berriro saiatu · Try again/);
  assert.equal(await page.locator('#progress').isVisible(), false, 'no full progress bar left behind');
  return retry;
}

// The page asks for the code, data, script and boot.js as it is read (shell.html's preloads), and
// boot.js's own downloads are answered from those: each file travels once.
test('the code, data, script and boot.js are asked for as the page is read, and travel once', async () => {
  const page = await context.newPage();
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  const warnings = [];
  page.on('console', (m) => warnings.push(m.text()));
  await page.goto(`${base}?lang=en`);
  await new Game(page).waitFor((t) => t.ready && t.frames > 2, 'the game');
  const timings = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => ({ file: new URL(e.name).pathname.slice(1), start: e.startTime, end: e.responseEnd, by: e.initiatorType })));
  const boot = timings.find((t) => t.file === 'boot.js');
  assert.ok(boot, 'boot.js was loaded');
  // boot.js too comes by its preload link, not by its script tag at the end of the body.
  assert.equal(asked.filter((p) => p === '/boot.js').length, 1, `boot.js asked for once: ${asked.join(' ')}`);
  assert.equal(boot.by, 'link', 'boot.js asked for by its preload link');
  for (const file of ['antirumour.wasm', 'antirumour.data', 'antirumour.js']) {
    assert.equal(asked.filter((p) => p === `/${file}`).length, 1, `${file} asked for once: ${asked.join(' ')}`);
    const t = timings.find((e) => e.file === file);
    assert.ok(t && t.start < boot.end, `${file} asked for at ${t?.start} ms, before boot.js was in (${boot.end} ms)`);
  }
  // Chromium warns about a preload nobody used (a mismatch would also show as a second request).
  await page.waitForTimeout(3500);
  assert.ok(!warnings.some((w) => /preload/i.test(w)), warnings.join('\n'));
  await page.close();
});

test('the data download cut once: tried again, the game starts', async () => {
  const page = await context.newPage();
  const requests = [];
  let cut = 0;
  await page.route('**/antirumour.data', (route) => {
    requests.push(route.request().url());
    if (cut++ === 0) return route.abort('connectionreset');
    return route.continue();
  });
  const warnings = [];
  page.on('console', (m) => warnings.push(m.text()));
  await page.goto(`${base}?lang=en`);
  const game = new Game(page);
  const s = await game.waitFor((t) => t.ready && t.frames > 2, 'the game after a retry');
  assert.equal(s.screen, 'title');
  assert.equal(s.problems, 0);
  assert.equal(requests.length, 2, 'one failed request, one that worked');
  assert.ok(warnings.some((w) => /antirumour\.data failed.*trying again/.test(w)), warnings.join('\n'));
  await page.close();
});

test('the code download cut once: tried again, the game starts', async () => {
  const page = await context.newPage();
  let cut = 0;
  await page.route('**/antirumour.wasm', (route) =>
    cut++ === 0 ? route.abort('failed') : route.continue());
  await page.route('**/antirumour.js', (route) =>
    cut++ === 1 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue());
  await page.goto(`${base}?lang=en`);
  const s = await new Game(page).waitFor((t) => t.ready && t.frames > 2, 'the game after retries');
  assert.equal(s.screen, 'title');
  await page.close();
});

// The script starts once the data is in, while the code still travels (boot.js): its own start
// is not added after the code's download. The code is held back here until the script has run;
// a page that waited for the code before running the script would never get there.
async function holdCodeUntilScriptRuns(page, answer) {
  await page.route('**/antirumour.wasm', async (route) => {
    const until = Date.now() + 20000;
    let ran = false;
    while (!ran && Date.now() < until) {
      ran = await page.evaluate(() => typeof window.Module?.ccall === 'function').catch(() => false);
      if (!ran) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    page.scriptRanFirst = ran;
    return answer(route);
  });
}

test('the game script runs while the code still downloads, and the game starts when it is in', async () => {
  const page = await context.newPage();
  await holdCodeUntilScriptRuns(page, (route) => route.continue());
  await page.goto(`${base}?lang=en`);
  const s = await new Game(page).waitFor((t) => t.ready && t.frames > 2, 'the game');
  assert.equal(page.scriptRanFirst, true, 'the script ran before the code was answered');
  assert.equal(s.screen, 'title');
  assert.equal(s.problems, 0);
  await page.close();
});

test('the code missing after the script has started: "could not download", not "could not start"', async () => {
  const page = await context.newPage();
  await holdCodeUntilScriptRuns(page, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(`${base}?lang=en`);
  await expectFailureScreen(page);
  assert.equal(page.scriptRanFirst, true, 'the script ran before the code was answered');
  await page.waitForTimeout(500);  // nothing later replaces the message
  assert.match(await page.locator('#status').innerText(), /The game could not be downloaded/);
  await page.close();
});

// A connection that breaks halfway through the code (the body stops, the socket closes): page.route
// can only answer whole bodies, so a proxy in front of the server cuts the first .wasm answer.
test('the code download broken off halfway: tried again, the game starts', async () => {
  let wasmAnswers = 0;
  const proxy = http.createServer((req, res) => {
    const upstream = http.request({ host: '127.0.0.1', port, path: req.url, method: req.method,
      headers: { ...req.headers, 'accept-encoding': 'identity' } }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      if (!req.url.startsWith('/antirumour.wasm') || wasmAnswers++ > 0) return answer.pipe(res);
      let sent = 0;
      const half = Number(answer.headers['content-length']) / 2;
      answer.on('data', (chunk) => {
        if (sent >= half) return;
        sent += chunk.length;
        res.write(chunk);
        if (sent >= half) setTimeout(() => res.socket.destroy(), 50);
      });
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => warnings.push(m.text()));
  try {
    await page.goto(`http://127.0.0.1:${proxy.address().port}/?lang=en`);
    const s = await new Game(page).waitFor((t) => t.ready && t.frames > 2, 'the game after a retry');
    assert.equal(s.screen, 'title');
    assert.equal(wasmAnswers, 2, 'one broken answer, one whole');
    assert.ok(warnings.some((w) => /antirumour\.wasm failed.*trying again/.test(w)), warnings.join('\n'));
  } finally {
    await page.close();
    proxy.closeAllConnections();
    proxy.close();
  }
});

test('a compressed code download half in: the bar shows how far it is, not full at once', async () => {
  // serve.py sends the brotli copy with its compressed length; the page reads more bytes than
  // that. The build's own sizes (web_finish.py) let the bar say how far the download really is.
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  let encoding = null;
  const proxy = http.createServer((req, res) => {
    const upstream = http.request({ host: '127.0.0.1', port, path: req.url, method: req.method,
      headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      if (!req.url.startsWith('/antirumour.wasm')) return answer.pipe(res);
      encoding = answer.headers['content-encoding'] ?? null;
      const body = [];
      answer.on('data', (chunk) => body.push(chunk));
      answer.on('end', async () => {
        const whole = Buffer.concat(body);
        res.write(whole.subarray(0, whole.length >> 1));
        await released;
        res.end(whole.subarray(whole.length >> 1));
      });
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${proxy.address().port}/?lang=en`);
    await page.waitForFunction(() => document.getElementById('progress').hasAttribute('value') &&
      document.getElementById('progress').value > 0, null, { timeout: 30000 });
    await page.waitForTimeout(500);  // what half the code gives has been read
    assert.equal(encoding, 'br', 'the code travels compressed');
    const value = await page.evaluate(() => document.getElementById('progress').value);
    assert.ok(value > 5 && value < 95, `the bar at ${value} % with half the code in`);
    release();
    const s = await new Game(page).waitFor((t) => t.ready && t.frames > 2, 'the game');
    assert.equal(s.screen, 'title');
  } finally {
    release();
    await page.close();
    proxy.closeAllConnections();
    proxy.close();
  }
});

test('a build without its .data file: a message in three languages and a retry button', async () => {
  const copy = await mkdtemp(path.join(tmpdir(), 'ar-nodata-'));
  await cp(webDir, copy, { recursive: true });
  await rm(path.join(copy, 'antirumour.data'));
  const otherPort = port + 100;
  const broken = await startServer(otherPort, copy);
  try {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${otherPort}/?lang=en`);
    await expectFailureScreen(page);
    assert.ok(Date.now() - started < 5000, 'a missing file (404) is not tried again for long');
    await new Game(page).screenshot('download-failed');
    await page.close();
  } finally {
    broken.kill();
    await rm(copy, { recursive: true, force: true });
  }
});

test('the network stays down: the message, then the retry button starts the game', async () => {
  const page = await context.newPage();
  const down = (route) => route.abort('internetdisconnected');
  await page.route('**/antirumour.data', down);
  await page.goto(`${base}?lang=es`);
  const retry = await expectFailureScreen(page);
  // The network comes back; the button reloads the page.
  await page.unroute('**/antirumour.data', down);
  await Promise.all([page.waitForNavigation(), retry.click()]);
  const s = await new Game(page).waitFor((t) => t.ready && t.frames > 2, 'the game after the button');
  assert.equal(s.screen, 'title');
  assert.equal(await page.locator('#loading').isVisible(), false);
  await page.close();
});

test('a game script that throws while it starts: "could not start" in three languages, not "Loading…"', async () => {
  const page = await context.newPage();
  await page.route('**/antirumour.js', (route) => route.fulfill({
    status: 200, contentType: 'text/javascript', body: 'throw new Error("a damaged build");',
  }));
  await page.goto(`${base}?lang=en`);
  const retry = page.locator('#retry');
  await retry.waitFor({ state: 'visible', timeout: 30000 });
  const text = await page.locator('#status').innerText();
  assert.match(text, /no ha podido arrancar el juego/);
  assert.match(text, /ezin izan du jokoa abiarazi/);
  assert.match(text, /could not start the game/);
  assert.equal(await page.locator('#progress').isVisible(), false);
  await page.close();
});
