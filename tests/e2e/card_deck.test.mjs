// The printable card deck in Chromium, as a teacher with a tablet would get it: About, "Print
// cards" under a pack tapped with the finger (768x1024 at 2), the .html it downloads checked card by
// card (every scenario of the pack on one front and one back, backs mirrored), then opened and
// printed to an A4 PDF, with screenshots of a page of fronts and a page of backs. No card's text may
// run past its card: a long fact gets smaller type, never a cut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { servedTouchDevices, touchDevices, shotDir, root } from './game_driver.mjs';

const session = servedTouchDevices(Number(process.env.AR_PORT || 8821));
const tablet = touchDevices.find((d) => d.name === 'tablet');
const perSheet = 8;  // 2 columns x 4 rows (game/core/card_deck.h)

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;').replace(/'/g, '&#39;');

async function pack(id) {
  return JSON.parse(await readFile(path.join(root, 'content/packs', `${id}.json`), 'utf8'));
}

async function openAbout(game) {
  await game.waitFor((s) => s.screen === 'title', 'the title screen');
  await game.click('menu-about');
  return game.waitFor((s) => s.screen === 'about', 'the About screen');
}

// Taps "Print cards" under pack `id` (dragging to it first) and returns the downloaded file's
// name and text.
async function printCards(game, id, dir) {
  const mark = `print-cards-${id}`;
  if (!(await game.rect(mark))) await game.swipeTo(mark);
  const button = await game.find(mark);
  const [download] = await Promise.all([
    game.page.waitForEvent('download', { timeout: 15000 }),
    game.tapAt(button.x + button.w / 2, button.y + button.h / 2),
  ]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), html: await readFile(file, 'utf8') };
}

// Every scenario once on a front (its rumour) and once on a back (its fact and source).
function checkDeck(html, p, lang) {
  const count = (s) => html.split(s).length - 1;
  assert.match(html, new RegExp(`<html lang="${lang}">`));
  assert.ok(!/<script|<link|src=|href=/i.test(html), 'self-contained: no script, no outside file');
  assert.match(html, /@page \{ size: A4;/);
  assert.equal(count('class="card front"'), p.scenarios.length);
  assert.equal(count('class="card back"'), p.scenarios.length);
  const sheets = Math.ceil(p.scenarios.length / perSheet);
  assert.equal(count('<section class="page fronts"'), sheets);
  assert.equal(count('<section class="page backs"'), sheets);
  for (const s of p.scenarios) {
    assert.equal(count(`data-scenario="${s.id}"`), 2, `${s.id}: one front, one back`);
    assert.equal(count(`>${escape(s.rumour[lang])}<`), 1, `${s.id}: its rumour on the front`);
    assert.equal(count(`>${escape(s.fact.text[lang])}<`), 1, `${s.id}: its fact on the back`);
    assert.ok(html.includes(escape(s.fact.source.url)), `${s.id}: its source's address`);
  }
}

// Opens the deck as a page of its own: no card's words past the card (the front's rumour stays
// above its footer), every back behind its front (mirrored column, same row).
async function openDeck(context, html) {
  const printed = await context.newPage();
  await printed.setViewportSize({ width: 800, height: 1130 });
  await printed.setContent(html);
  await printed.emulateMedia({ media: 'print' });
  const report = await printed.evaluate(() => {
    const out = { overflow: [], unmirrored: [] };
    for (const card of document.querySelectorAll('.card')) {
      const box = card.getBoundingClientRect();
      const foot = card.querySelector('.foot');
      const limit = foot ? foot.getBoundingClientRect().top : box.bottom;
      let bottom = 0, right = 0;
      for (const p of card.querySelectorAll('p')) {
        const r = p.getBoundingClientRect();
        bottom = Math.max(bottom, r.bottom);
        right = Math.max(right, r.right);
      }
      if (bottom > limit + 0.5 || right > box.right + 0.5)
        out.overflow.push(`${card.id}: text ends ${(bottom - limit).toFixed(1)}px below its room`);
    }
    for (const front of document.querySelectorAll('.card.front')) {
      const back = document.getElementById(front.id.replace('front-', 'back-'));
      const f = front.getBoundingClientRect(), b = back.getBoundingClientRect();
      const page = front.closest('.page').getBoundingClientRect();
      const bp = back.closest('.page').getBoundingClientRect();
      // Turned over the long edge: the back's left is where the front's right was, same height.
      const mirrored = Math.abs((b.left - bp.left) - (page.right - f.right)) < 1 &&
        Math.abs((b.top - bp.top) - (f.top - page.top)) < 1;
      if (!mirrored) out.unmirrored.push(front.id);
    }
    return out;
  });
  assert.deepEqual(report.overflow, [], 'every card holds its words');
  assert.deepEqual(report.unmirrored, [], 'every back sits behind its front');
  return printed;
}

test('tablet (768x1024@2): Print cards under a pack downloads its deck in Basque; A4 PDF', async () => {
  const game = await session.open(tablet, `${session.base}?seed=2&lang=eu`);
  await openAbout(game);
  const dir = await mkdtemp(path.join(tmpdir(), 'ar-cards-'));
  const { name, html } = await printCards(game, 'work-and-welfare', dir);
  assert.equal(name, 'antirumour-cards-work-and-welfare-eu.html');
  const p = await pack('work-and-welfare');
  checkDeck(html, p, 'eu');
  assert.ok(html.includes('Entzun dena:'), 'the label in Basque');
  // The pack's Basque is a machine draft: the deck says so.
  assert.ok(html.includes('class="draft"'), 'the draft notice');
  await game.waitFor((s) => s.screen === 'about', 'still on About');
  assert.ok(await game.find('cards-notice'), 'a line says where the cards went');
  await game.screenshot('cards-tablet-about');

  const printed = await openDeck(game.page.context(), html);
  const pdf = await printed.pdf({ format: 'A4', printBackground: true });
  await writeFile(path.join(shotDir, 'cards-work-and-welfare-eu.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 2 * Math.ceil(p.scenarios.length / perSheet), 'fronts and backs, sheet by sheet');
  await printed.emulateMedia({ media: 'screen' });
  await printed.locator('section.fronts').first()
    .screenshot({ path: path.join(shotDir, 'cards-front-page.png') });
  await printed.locator('section.backs').first()
    .screenshot({ path: path.join(shotDir, 'cards-back-page.png') });
  await printed.close();
});

test('tablet (768x1024@2): every shipped pack prints whole in Spanish, every card holding its words', async () => {
  const game = await session.open(tablet, `${session.base}?seed=4&lang=es`);
  await openAbout(game);
  const dir = await mkdtemp(path.join(tmpdir(), 'ar-cards-'));
  for (const id of ['universal', 'neighbourhood-life', 'work-and-welfare']) {
    const { name, html } = await printCards(game, id, dir);
    assert.equal(name, `antirumour-cards-${id}-es.html`);
    checkDeck(html, await pack(id), 'es');
    assert.ok(html.includes('Lo que se oye:'));
    const printed = await openDeck(game.page.context(), html);
    if (id === 'neighbourhood-life') {
      await printed.emulateMedia({ media: 'screen' });
      await printed.locator('section.backs').nth(1)
        .screenshot({ path: path.join(shotDir, 'cards-back-page-es.png') });
    }
    await printed.close();
  }
});
