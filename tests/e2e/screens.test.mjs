// Every screen at a laptop size and a portrait tablet size, saved for people to look at
// (build/wasm/screenshots/). Each step also checks the screen it reached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Game, servedGame } from './game_driver.mjs';

const session = servedGame(Number(process.env.AR_PORT || 8766));
const base = session.base;

const sizes = [
  { name: 'laptop', width: 1280, height: 800, lang: 'es' },
  { name: 'tablet', width: 768, height: 1024, lang: 'en' },
];

for (const size of sizes) {
  test(`every screen on a ${size.name} (${size.width}x${size.height})`, async () => {
    const game = await Game.open(session.context(), `${base}?seed=5&lang=${size.lang}`,
      { width: size.width, height: size.height });
    const shot = (name) => game.screenshot(`${size.name}-${name}`);
    await shot('1-title');

    await game.click('menu-about');
    await game.waitFor((s) => s.screen === 'about', 'the about screen');
    await shot('2-about');
    await game.click('back');

    await game.click('menu-play');
    await game.waitFor((s) => s.screen === 'setup', 'the setup screen');
    await game.click('topic-health');
    await game.click('practice-toggle');
    await shot('3-setup-practice-health');
    await game.click('start');
    let s = await game.waitFor((t) => t.screen === 'play', 'a practice round');
    assert.equal(s.practice, true);
    await shot('4-rumour-practice');
    const wrong = s.verdict === 'false' ? 'true' : 'false';
    await game.click(`verdict-${wrong}`);
    s = await game.waitFor((t) => t.phase === 'feedback', 'the feedback');
    assert.equal(s.points, 0, 'practice rounds score nothing');
    await shot('5-feedback-wrong');
    // Back in the middle of a round: the summary of what was answered, then home.
    const played = s.rounds_played;
    await game.click('back');
    s = await game.waitFor((t) => t.screen === 'summary', 'the summary of the round left');
    assert.equal(s.rounds_played, played + 1, 'the answer counts');
    await shot('5b-summary-left-early');
    await game.click('home');
    s = await game.waitFor((t) => t.screen === 'title', 'the title');

    await game.click('menu-practices');
    await game.waitFor((t) => t.screen === 'practices', 'the practice browser');
    await shot('6-practices');
    await game.click('ptopic-crime');
    await game.waitFor((t) => t.shown_practices > 0, 'crime practices');
    await shot('7-practices-crime');
    s = await game.state();
    await game.click('practice-patras-anti-rumour-agents-in-prison');
    s = await game.waitFor((t) => t.screen === 'practice_detail', 'a practice');
    await shot('8-practice-detail');
    await game.click('back');
    s = await game.waitFor((t) => t.screen === 'practices', 'back to the browser');
    assert.ok(s.shown_practices > 0 && s.shown_practices < 40, 'the crime filter is still on');
    await game.page.close();
  });
}

// A practice in each language on a portrait tablet: its country and years read in that language
// (the page's screen-reader mirror carries the same line as the canvas), saved to look at.
const placeLines = {
  es: 'España · Bilbao · Desde 2014',
  eu: 'Espainia · Bilbao · 2014tik',
  en: 'Spain · Bilbao · Since 2014',
};
for (const [lang, place] of Object.entries(placeLines)) {
  test(`a practice card in ${lang} on a tablet`, async () => {
    const game = await Game.open(session.context(),
      `${base}?seed=5&lang=${lang}#practice/bilbao-anti-rumour-web-app`, { width: 768, height: 1024 });
    await game.waitFor((s) => s.screen === 'practice_detail', 'the practice');
    const mirror = () => game.page.locator('#screen-mirror-lines p').allTextContents();
    const start = Date.now();
    let lines = [];
    while (Date.now() - start < 10000 && !lines.includes(place)) {
      lines = await mirror();
      await game.page.waitForTimeout(50);
    }
    assert.ok(lines.includes(place), `the place line in ${lang}: ${JSON.stringify(lines)}`);
    await game.screenshot(`tablet-practice-card-${lang}`);
    // The browser's ICC topic list narrows the practices, named in this language.
    await game.click('back');
    await game.waitFor((s) => s.screen === 'practices', 'the practice browser');
    const all = (await game.state()).shown_practices;
    await game.click('icc');
    await game.click('icc-education');
    const s = await game.waitFor((t) => t.shown_practices > 0 && t.shown_practices < all,
      'the education practices');
    assert.ok(s.shown_practices < s.practices);
    await game.screenshot(`tablet-practices-icc-${lang}`);
    assert.deepEqual(game.errors, []);
    await game.page.close();
  });
}
