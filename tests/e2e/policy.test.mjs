// The page policy: the game runs under its Content-Security-Policy with no violation at all, the
// policy allows no remote origin and no inline code but its own, and injected code is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Game, servedGame } from './game_driver.mjs';

const session = servedGame(Number(process.env.AR_PORT || 8783));
const base = session.base;

// Reads a policy "a b; c d" as { a: [b], c: [d] }.
function directives(policy) {
  const out = {};
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    out[name] = values;
  }
  return out;
}

test('the page sends a strict policy as a header and as a meta tag', async () => {
  const response = await fetch(base);
  const header = directives(response.headers.get('content-security-policy'));
  assert.deepEqual(header['frame-ancestors'], ["'none'"]);
  assert.deepEqual(header['default-src'], ["'none'"]);
  assert.deepEqual(header['base-uri'], ["'none'"]);
  const scripts = header['script-src'];
  assert.ok(scripts.includes("'self'") && scripts.includes("'wasm-unsafe-eval'"));
  for (const value of Object.values(header).flat()) {
    assert.ok(!/^'unsafe-(inline|eval)'$/.test(value), `no ${value}`);
    assert.ok(!/^(https?:|\*|data:|blob:)/.test(value), `no remote or broad source ${value}`);
  }
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(response.headers.get('x-frame-options'), 'DENY');
  assert.equal(response.headers.get('cross-origin-opener-policy'), 'same-origin');
  const html = await response.text();
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(meta, 'the page carries the policy itself (for static hosts that set no headers)');
  assert.ok(!meta[1].includes('@AR_'), 'every placeholder was filled in at build time');
  assert.equal(meta[1] + "; frame-ancestors 'none'", response.headers.get('content-security-policy'));
});

test('the game plays under the policy with no violation', async () => {
  const page = await session.context().newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${base}?seed=42&lang=en`);
  const game = new Game(page);
  await game.waitFor((s) => s.ready && s.frames > 2, 'the first frames');
  assert.ok(await game.canvasColours() > 20, 'the canvas shows a drawn screen');
  await game.click('menu-play');
  await game.waitFor((s) => s.screen === 'setup', 'the setup screen');
  await game.click('start');
  const s = await game.waitFor((t) => t.screen === 'play', 'a rumour');
  await game.click(`verdict-${s.verdict}`);
  await game.waitFor((t) => t.phase === 'feedback', 'the feedback');
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);

  // The policy is in force: a script added to the page by someone else does not run.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return window.__injected === true;
  });
  assert.equal(ran, false, 'an injected inline script is refused');
  const violations = await page.evaluate(() => window.__violations);
  assert.ok(violations.some((v) => v.startsWith('script-src')), violations.join('\n'));
  await page.close();
});
