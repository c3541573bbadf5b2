// End-to-end: the page address may choose a language (?lang=xx) and an order (?seed=N); anything
// malformed is ignored, as if it were not there, and the game starts as usual.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Game, servedGame } from './game_driver.mjs';

const session = servedGame(Number(process.env.AR_PORT || 8768));
const base = session.base;

async function started(query) {
  const game = await Game.open(session.context(), `${base}${query}`);
  const s = await game.state();
  assert.equal(s.screen, 'title', `${query}: the game starts`);
  assert.deepEqual(game.errors, [], `${query}: no page errors`);
  await game.page.close();
  return s;
}

test('a well-formed address picks the language and the order', async () => {
  let s = await started('?lang=eu&seed=42');
  assert.equal(s.page_language, 'eu');
  assert.equal(s.language, 'eu');
  assert.equal(s.page_seed, '42');
  s = await started('?lang=ES&seed=999999999999999999');  // upper case; 18 digits fit 64 bits
  assert.equal(s.language, 'es');
  assert.equal(s.page_seed, '999999999999999999');
});

test('a malformed ?lang= is ignored: the browser language applies', async () => {
  const plain = await started('');
  for (const lang of ['e1', '<script>', '%3Cscript%3E', 'eus', 'e', 'eu-ES', '', ' eu', 'éu']) {
    const s = await started(`?lang=${lang}`);
    assert.equal(s.page_language, plain.page_language, `?lang=${lang}`);
    assert.equal(s.language, plain.language, `?lang=${lang}`);
  }
});

test('a malformed ?seed= is ignored: the order is left to chance', async () => {
  for (const seed of ['12ab', '1'.repeat(40), '1234567890123456789', '-5', '1e3', '0x10', '4 2', '']) {
    const s = await started(`?lang=en&seed=${encodeURIComponent(seed)}`);
    assert.equal(s.page_seed, '0', `?seed=${seed}`);
    assert.equal(s.language, 'en', `?seed=${seed}: the language still applies`);
  }
});
