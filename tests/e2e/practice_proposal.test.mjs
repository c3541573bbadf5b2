// "Propose a practice" in Chromium: from the practice browser, the form filled by typing on the
// page's keyboard, the year's problem shown under its field until it is right, and the saved
// entry downloaded as a file that is the JSON of one practice, as typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Game, servedGame } from './game_driver.mjs';

const session = servedGame(Number(process.env.AR_PORT || 8831));

// Taps a field and types once the game has drawn it focused: keys sent before that frame still
// reach the field focused before.
async function typeInto(game, id, text) {
  await game.click(id);
  await game.drawnRect(id);
  await game.page.keyboard.type(text);
}

test('a practice typed into the form downloads as a checked entry for practices.json', async () => {
  const game = await Game.open(session.context(), `${session.base}?lang=en`);
  await game.click('menu-practices');
  await game.waitFor((s) => s.screen === 'practices', 'the practice browser');
  await game.click('propose-practice');
  await game.waitFor((s) => s.screen === 'propose_practice', 'the proposal form');
  assert.ok(await game.find('propose-problem-title'), 'the empty title is a problem');
  let s = await game.state();
  assert.ok(s.proposal_problems.includes('title: the field "title" is missing'));

  await typeInto(game, 'propose-title', 'Rumour-free market');
  await typeInto(game, 'propose-cities', 'Getxo');
  await typeInto(game, 'propose-country', 'Spain');
  await typeInto(game, 'propose-years', '2019-2017');
  assert.ok(await game.find('propose-problem-years'), 'the year is a problem, under its field');
  s = await game.waitFor((t) => t.proposal_problems.some((p) => /^years: .*found "2019-2017"/.test(p)),
    'the backward years said');
  await game.click('propose-years');
  await game.drawnRect('propose-years');
  for (let i = 0; i < 4; i++) await game.page.keyboard.press('Backspace');
  await game.page.keyboard.type('2021');
  await game.click('propose-topics-anti_rumour');
  for (const lang of ['es', 'eu', 'en'])
    await typeInto(game, `propose-purpose-${lang}`, `Stall holders answer rumours (${lang})`);
  await typeInto(game, 'propose-url', 'https://example.org/market');
  // Checked as it is typed: nothing left to fix.
  await game.waitFor((t) => t.proposal_problems.length === 0, 'a form with no problem');

  const button = await game.find('propose-save');
  const [download] = await Promise.all([
    game.page.waitForEvent('download', { timeout: 15000 }),
    game.page.mouse.click(button.x + button.w / 2, button.y + button.h / 2),
  ]);
  assert.equal(download.suggestedFilename(), 'practice-proposal-getxo-rumour-free-market.json');
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'ar-proposal-')), 'entry.json');
  await download.saveAs(file);
  const entry = JSON.parse(await readFile(file, 'utf8'));
  assert.deepEqual(entry, {
    id: 'getxo-rumour-free-market',
    title: 'Rumour-free market',
    country: 'Spain',
    cities: ['Getxo'],
    years: '2019-2021',
    topics: ['anti_rumour'],
    purpose: {
      en: 'Stall holders answer rumours (en)',
      es: 'Stall holders answer rumours (es)',
      eu: 'Stall holders answer rumours (eu)',
    },
    url: 'https://example.org/market',
  });
  s = await game.waitFor((t) => t.proposal_saved, 'the line saying where the entry went');
  assert.equal(s.proposal_saved, 'practice-proposal-getxo-rumour-free-market.json');
  assert.ok(await game.find('propose-notice'));
});
