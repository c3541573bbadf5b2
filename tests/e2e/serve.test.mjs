// scripts/serve.py on its own (no browser): the security headers, the file types the game needs,
// nothing served from outside its folder however the path is written, the compressed copies sent
// to browsers that accept them, and the caching headers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, webDir } from './game_driver.mjs';

const port = Number(process.env.AR_PORT || 8784);
const secret = 'SECRET-OUTSIDE-THE-SERVED-FOLDER';
let top;
let server;

before(async () => {
  top = await mkdtemp(path.join(tmpdir(), 'ar-serve-'));
  const site = path.join(top, 'site');
  await mkdir(path.join(site, 'empty-folder'), { recursive: true });
  await writeFile(path.join(top, 'secret.txt'), secret);
  await writeFile(path.join(site, 'index.html'),
    `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'"><title>t</title>`);
  await writeFile(path.join(site, 'game.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
  await writeFile(path.join(site, 'manifest.webmanifest'), '{}');
  await symlink(path.join(top, 'secret.txt'), path.join(site, 'link.txt'));
  // A script with its compressed copies, as build-wasm.sh makes them (written after the file).
  await writeFile(path.join(site, 'game.js'), script);
  await writeFile(path.join(site, 'game.js.br'), zlib.brotliCompressSync(script));
  await writeFile(path.join(site, 'game.js.gz'), zlib.gzipSync(script, { level: 9 }));
  // A copy older than its file (the file changed after it was made) must never be sent.
  await writeFile(path.join(site, 'changed.js'), script);
  await writeFile(path.join(site, 'changed.js.br'), zlib.brotliCompressSync('an older version'));
  const past = new Date(Date.now() - 3600e3);
  await utimes(path.join(site, 'changed.js.br'), past, past);
  // A compressed copy that is a link out of the folder is not sent either.
  await writeFile(path.join(top, 'secret.txt.gz'), zlib.gzipSync(secret));
  await writeFile(path.join(site, 'outside.txt'), 'inside');
  await symlink(path.join(top, 'secret.txt.gz'), path.join(site, 'outside.txt.gz'));
  await writeFile(path.join(site, 'game.0123abcd.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
  server = await startServer(port, site);
});
after(async () => {
  server?.kill();
  await rm(top, { recursive: true, force: true });
});

const script = 'console.log("Anti-Rumour");\n'.repeat(200);

// A raw request: the path goes out exactly as written (fetch would tidy up '..'); the body is
// kept as bytes in `bytes` and as text in `body`.
function get(rawPath, headers = {}, at = port) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: at, path: rawPath, method: 'GET', headers },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: res.statusCode, headers: res.headers, bytes, body: bytes.toString() });
        });
      });
    req.on('error', reject);
    req.end();
  });
}

test('every answer carries the page policy and the security headers', async () => {
  for (const p of ['/', '/game.wasm', '/missing']) {
    const { headers } = await get(p);
    assert.equal(headers['content-security-policy'],
      "default-src 'none'; script-src 'self'; frame-ancestors 'none'", p);
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['referrer-policy'], 'no-referrer');
    assert.equal(headers['x-frame-options'], 'DENY');
    assert.equal(headers['cross-origin-opener-policy'], 'same-origin');
    assert.equal(headers['cache-control'], 'no-cache');
  }
});

test('the types the game needs', async () => {
  assert.equal((await get('/')).headers['content-type'], 'text/html; charset=utf-8');
  assert.equal((await get('/game.wasm')).headers['content-type'], 'application/wasm');
  assert.equal((await get('/manifest.webmanifest')).headers['content-type'], 'application/manifest+json');
});

test('nothing outside the served folder, however the path is written', async () => {
  for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/..%2fsecret.txt',
    '/empty-folder/../../secret.txt', '/empty-folder/%2e%2e/%2e%2e/secret.txt', '/..\\secret.txt',
    '//../secret.txt', '/link.txt']) {
    const { status, body } = await get(p);
    assert.equal(status, 404, p);
    assert.ok(!body.includes(secret), `${p} leaked the file`);
  }
});

test('no folder listings', async () => {
  const { status, body } = await get('/empty-folder/');
  assert.equal(status, 404);
  assert.ok(!/Directory listing/i.test(body));
});

test('brotli to a browser that accepts it, with the type of the file it decodes to', async () => {
  const r = await get('/game.js', { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-encoding'], 'br');
  assert.equal(r.headers['content-type'], 'text/javascript');
  assert.equal(r.headers.vary, 'Accept-Encoding');
  assert.equal(Number(r.headers['content-length']), r.bytes.length);
  assert.ok(r.bytes.length < script.length / 10, `${r.bytes.length} bytes: compressed`);
  assert.equal(zlib.brotliDecompressSync(r.bytes).toString(), script);
});

test('gzip when brotli is not accepted; the plain file when nothing is', async () => {
  const gz = await get('/game.js', { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(zlib.gunzipSync(gz.bytes).toString(), script);
  for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0', 'compress']) {
    const r = await get('/game.js', accept ? { 'Accept-Encoding': accept } : {});
    assert.equal(r.headers['content-encoding'], undefined, String(accept));
    assert.equal(r.body, script, String(accept));
    assert.equal(r.headers['content-type'], 'text/javascript');
    assert.equal(r.headers.vary, 'Accept-Encoding');
  }
});

test('the browser\'s weights decide: q-values, "*", and br first when equal', async () => {
  const cases = [['br;q=0.5, gzip', 'gzip'], ['gzip;q=0.9, br', 'br'], ['*', 'br'],
    ['*;q=0.1, gzip;q=0.5', 'gzip'], ['br;q=0, *', 'gzip'], ['GZIP', 'gzip'], ['br;q=x', undefined]];
  for (const [accept, coding] of cases)
    assert.equal((await get('/game.js', { 'Accept-Encoding': accept })).headers['content-encoding'],
      coding, accept);
});

test('a stale or outside compressed copy is never sent', async () => {
  const stale = await get('/changed.js', { 'Accept-Encoding': 'br' });
  assert.equal(stale.headers['content-encoding'], undefined);
  assert.equal(stale.body, script);
  const outside = await get('/outside.txt', { 'Accept-Encoding': 'gzip' });
  assert.equal(outside.headers['content-encoding'], undefined);
  assert.equal(outside.body, 'inside');
});

test('caching: revalidated by ETag (one per encoding, 304 when unchanged); hashed names kept a year', async () => {
  const br = await get('/game.js', { 'Accept-Encoding': 'br' });
  const plain = await get('/game.js');
  assert.equal(br.headers['cache-control'], 'no-cache');
  assert.ok(br.headers.etag && plain.headers.etag && br.headers.etag !== plain.headers.etag);
  assert.ok(br.headers['last-modified']);
  const again = await get('/game.js', { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.bytes.length, 0);
  assert.equal(again.headers['content-security-policy'], "default-src 'none'; script-src 'self'; frame-ancestors 'none'");
  // The brotli tag does not stand for the plain bytes.
  assert.equal((await get('/game.js', { 'If-None-Match': br.headers.etag })).status, 200);
  for (const p of ['/', '/index.html', '/game.wasm'])
    assert.equal((await get(p)).headers['cache-control'], 'no-cache', p);
  assert.equal((await get('/game.0123abcd.wasm')).headers['cache-control'],
    'public, max-age=31536000, immutable');
});

// The real build: build-wasm.sh made a brotli and a gzip copy of every file the page needs.
test('the web build: every file the page needs travels compressed and decodes to itself', async () => {
  const buildPort = port + 1;
  const build = await startServer(buildPort, webDir);
  try {
    for (const file of ['index.html', 'boot.js', 'antirumour.js', 'antirumour.wasm',
      'antirumour.data', 'antirumour.content', 'service-worker.js', 'manifest.webmanifest', 'icon.svg']) {
      assert.ok(existsSync(path.join(webDir, `${file}.br`)), `${file}.br`);
      const original = await readFile(path.join(webDir, file));
      const r = await get(`/${file}`, { 'Accept-Encoding': 'gzip, deflate, br' }, buildPort);
      assert.equal(r.headers['content-encoding'], 'br', file);
      assert.ok(zlib.brotliDecompressSync(r.bytes).equals(original), `${file} decodes to itself`);
      const gz = await get(`/${file}`, { 'Accept-Encoding': 'gzip' }, buildPort);
      assert.ok(zlib.gunzipSync(gz.bytes).equals(original), `${file}.gz decodes to itself`);
    }
  } finally {
    build.kill();
  }
});
