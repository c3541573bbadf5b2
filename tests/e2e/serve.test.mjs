// scripts/serve.py on its own (no browser): the security headers, the file types the game needs,
// and nothing served from outside its folder however the path is written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from './game_driver.mjs';

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
  server = await startServer(port, site);
});
after(async () => {
  server?.kill();
  await rm(top, { recursive: true, force: true });
});

// A raw request: the path goes out exactly as written (fetch would tidy up '..').
function get(rawPath) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
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
