// A trainer's own pack in the browser, on a tablet (768x1024 at 2 device px per CSS px, touch):
// "Load a pack" with the page's file picker, one of its rumours played (its fact says it was not
// checked by the game's authors), still there after a reload (IndexedDB); a spreadsheet dropped on
// the page; ?pack= from the page's own address (another site refused); a broken pack's report
// with line:column and the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { root, servedTouchDevices, touchDevices, webDir } from './game_driver.mjs';

const session = servedTouchDevices(Number(process.env.AR_PORT || 8900));
const base = session.base;
const tablet = touchDevices.find((d) => d.name === 'tablet');

// A shipped scenario pack under a new id, title and scenario ids: a pack a trainer could write.
async function ownPack(id, title) {
  const pack = JSON.parse(await readFile(path.join(root, 'content/packs/universal.json'), 'utf8'));
  pack.pack.id = id;
  for (const lang of Object.keys(pack.pack.title)) pack.pack.title[lang] = title;
  for (const s of pack.scenarios) s.id = `${id}-${s.id}`;
  return JSON.stringify(pack, null, 2);
}

async function openAbout(game) {
  await game.waitFor((s) => s.screen === 'title', 'the title screen');
  await game.click('menu-about');
  return game.waitFor((s) => s.screen === 'about', 'the About screen');
}

// Taps "Load a pack" and gives the picker the file.
async function pickPack(game, name, text) {
  const r = await game.find('own-pack-load');
  const chosen = game.page.waitForEvent('filechooser', { timeout: 10000 });
  await game.page.waitForTimeout(300);  // Playwright catches pickers once it asked the browser to
  await game.tapAt(r.x + r.w / 2, r.y + r.h / 2);
  await (await chosen).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('tablet: a pack loaded by the picker plays, says it is not checked, and stays after a reload', async () => {
  const game = await session.open(tablet, `${base}?seed=5&lang=en`);
  const before = await openAbout(game);
  assert.deepEqual(before.device_packs, []);
  const text = await ownPack('my-town', 'My town');
  await pickPack(game, 'my-town.json', text);
  const added = await game.waitFor((s) => s.pack_notice === 'added', 'the pack loaded');
  assert.deepEqual(added.device_packs, ['my-town']);
  // Every rumour of the pack joins the game (as many as the universal pack it is copied from).
  assert.equal(added.scenarios, before.scenarios + JSON.parse(text).scenarios.length);
  await game.find('own-pack-notice');
  await game.screenshot('own-pack-added');
  await game.find('own-pack-remove-my-town');
  await game.screenshot('own-pack-listed');

  // A reload keeps it (IndexedDB): the page opens again on the setup screen, where its chip is.
  await game.page.waitForTimeout(1500);  // the save reaches IndexedDB
  await game.page.goto(`${base}?seed=5&lang=en#setup`);
  const reloaded = await game.waitFor((s) => s.ready && s.screen === 'setup', 'the setup screen after a reload');
  assert.deepEqual(reloaded.device_packs, ['my-town']);
  // One of its rumours, from the setup screen's pack chips.
  await game.click('pack-my-town');
  for (let i = 0; i < 4; i++) await game.click('count-fewer');
  await game.click('start');
  const rumour = await game.waitFor((s) => s.screen === 'play' && s.phase === 'answering', 'its rumour');
  assert.match(rumour.scenario, /^my-town-/);
  await game.click(`verdict-${rumour.verdict}`);
  await game.waitFor((s) => s.phase === 'feedback', 'the feedback');
  await game.find('fact-not-checked');
  await game.screenshot('own-pack-fact-not-checked');

  // A reload keeps it (IndexedDB), and its rumours are still in the library.
  await game.page.waitForTimeout(1500);  // the save reaches IndexedDB
  await game.page.reload();
  const again = await game.waitFor((s) => s.ready && s.frames > 2, 'the game after the reload');
  assert.deepEqual(again.device_packs, ['my-town']);
  assert.equal(again.scenarios, added.scenarios);
  assert.deepEqual(game.errors, []);
  await game.page.context().close();
});

test('tablet: a spreadsheet dropped on the page is loaded through the importer', async () => {
  const game = await session.open(tablet, `${base}?seed=5&lang=en`);
  const csv = await readFile(path.join(root, 'content/scenario-template.csv'), 'utf8');
  await game.page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'my-sheet.csv',
      { type: 'text/csv', lastModified: Date.parse('2026-11-30T12:00:00') }));
    document.querySelector('canvas').dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, csv);
  const s = await game.waitFor((t) => t.pack_notice !== '', 'the dropped file handled');
  assert.equal(s.pack_notice, 'added', s.pack_problems.join('\n'));
  assert.equal(s.screen, 'about');
  assert.deepEqual(s.device_packs, ['my-sheet']);
  await game.find('own-pack-device-my-sheet');
  await game.screenshot('own-pack-csv-dropped');
  await game.page.context().close();
});

test('tablet: ?pack= loads from the page\'s own address only; another site is refused', async () => {
  // A real file on the page's own address (the served folder), removed after the test.
  const folder = path.join(webDir, 'e2e-linked');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'linked-town.json'), await ownPack('linked-town', 'Linked town'));
  const game = await session.open(tablet, `${base}?lang=en&pack=e2e-linked/linked-town.json`);
  const s = await game.waitFor((t) => t.ready && t.pack_notice !== '', 'the linked pack');
  assert.equal(s.pack_notice, 'added', s.pack_problems.join('\n'));
  assert.deepEqual(s.device_packs, ['linked-town']);

  for (const hostile of ['https://elsewhere.example/x.json', '//elsewhere.example/x.json',
    '../x.json', 'javascript:alert(1)', '%00']) {
    await game.page.goto(`${base}?lang=en&pack=${encodeURIComponent(hostile)}`);
    const refused = await game.waitFor((t) => t.ready && t.pack_notice !== '', `the link ${hostile}`);
    assert.equal(refused.pack_notice, 'refused', hostile);
    assert.match(refused.pack_problems[0], /only from this page's own address/);
    assert.deepEqual(refused.device_packs, ['linked-town'], 'nothing else changed');
  }
  await game.find('own-pack-notice');
  await game.screenshot('own-pack-link-refused');
  assert.deepEqual(game.errors, []);
  await game.page.context().close();
  await rm(folder, { recursive: true, force: true });
});

test('tablet: a broken pack shows its report with line:column and the field, and changes nothing', async () => {
  const game = await session.open(tablet, `${base}?seed=5&lang=en`);
  await openAbout(game);
  const broken = (await ownPack('my-broken', 'Broken')).replace('"verdict": "false"', '"verdict": "maybe"');
  await pickPack(game, 'my-broken.json', broken);
  const s = await game.waitFor((t) => t.pack_notice === 'refused', 'the report');
  assert.match(s.pack_problems[0], /^my-broken\.json:\d+:\d+: \$\.scenarios\[0\]\.verdict: /);
  assert.deepEqual(s.device_packs, []);
  await game.find('own-pack-notice');
  await game.screenshot('own-pack-broken-report');
  assert.deepEqual(game.errors, []);
  await game.page.context().close();
});
