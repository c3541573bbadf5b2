// The JSON Schemas in content/schema/ and the game's loaders must agree: a file an editor shows as
// fine must load in the game, and a file the game refuses must be underlined in the editor.
//
// 1. Every shipped content file passes its schema (and the game's own check).
// 2. Variants of a valid file, each broken in one way, are refused by the schema (Ajv, draft-07)
//    AND by the game (`antirumour --validate FILE` exits 1 and names the place).
// 3. Variants that are still valid (limits exactly reached, optional parts left out, "$comment"
//    notes) are accepted by both.
// 4. The few rules a schema cannot express (unique ids, every language present) are shown to be
//    checked by the game only, as the schema descriptions say.
//
// Run: AR_BUILD_DIR=/work/main/build/native node --test tests/schema/
import test from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(ROOT, 'tests/e2e/package.json'));
const Ajv = require('ajv');

const BUILD = process.env.AR_BUILD_DIR || path.join(ROOT, 'build/native');
const BINARY = path.join(BUILD, 'antirumour');
const CONTENT = path.join(ROOT, 'content');

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addVocabulary(['enumDescriptions']); // VS Code's completion hints: not a validation keyword
const validators = {
  pack: ajv.compile(readJson(path.join(CONTENT, 'schema/scenario-pack.schema.json'))),
  practices: ajv.compile(readJson(path.join(CONTENT, 'schema/practices.schema.json'))),
  ui: ajv.compile(readJson(path.join(CONTENT, 'schema/ui-strings.schema.json'))),
};

function schemaCheck(kind, doc) {
  const validate = validators[kind];
  const ok = validate(doc);
  return { ok, errors: ok ? '' : ajv.errorsText(validate.errors, { separator: '\n' }) };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ar-schema-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
let fileCounter = 0;

function loaderCheck(doc) {
  const file = path.join(tmp, `variant-${++fileCounter}.json`);
  fs.writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
  const run = spawnSync(BINARY, ['--validate', file], { encoding: 'utf8', timeout: 20000 });
  if (run.error) throw run.error;
  return { status: run.status, output: run.stdout + run.stderr };
}

// ----------------------------------------------------------------------------- base documents

const basePack = (() => {
  const pack = readJson(path.join(CONTENT, 'packs/work-and-welfare.json'));
  pack.scenarios = pack.scenarios.slice(0, 2);
  return pack;
})();
const basePractices = (() => {
  const doc = readJson(path.join(CONTENT, 'practices.json'));
  doc.practices = doc.practices.slice(0, 2);
  return doc;
})();
const baseUi = readJson(path.join(CONTENT, 'ui-strings.json'));
const bases = { pack: basePack, practices: basePractices, ui: baseUi };

// Path helpers: ['scenarios', 0, 'fact'] -> the value, and the loader's "$.scenarios[0].fact".
function parentOf(doc, keys) {
  let v = doc;
  for (const k of keys.slice(0, -1)) v = v[k];
  return v;
}
const set = (keys, value) => (doc) => {
  parentOf(doc, keys)[keys.at(-1)] = value;
};
const remove = (keys) => (doc) => {
  const parent = parentOf(doc, keys);
  if (Array.isArray(parent)) parent.splice(keys.at(-1), 1);
  else delete parent[keys.at(-1)];
};
const jsonPath = (keys) =>
  '$' + keys.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? `.${k}` : `["${k}"]`)).join('');

const S0 = ['scenarios', 0];
const SOURCE = [...S0, 'fact', 'source'];
const R0 = [...S0, 'replies', 0];
const P0 = ['practices', 0];

// ----------------------------------------------------------------------------- the cases
// kind: which schema; mutate: one change to a copy of the base; expect: 'reject' | 'accept' |
// 'loader-only' (a rule a schema cannot express); at: text the game's report must contain.
const cases = [];
const reject = (kind, name, mutate, at) => cases.push({ kind, name, mutate, expect: 'reject', at });
const accept = (kind, name, mutate) => cases.push({ kind, name, mutate, expect: 'accept' });

// Missing required fields, everywhere in a pack.
const packRequired = [
  ['format'], ['pack'], ['scenarios'],
  ...['id', 'title', 'version', 'languages', 'authors', 'licence', 'last_reviewed'].map((k) => ['pack', k]),
  ...['id', 'topic', 'difficulty', 'rumour', 'verdict', 'fact', 'explanation', 'replies', 'discussion'].map((k) => [...S0, k]),
  [...S0, 'fact', 'text'], [...S0, 'fact', 'source'],
  ...['institution', 'title', 'year', 'area', 'url'].map((k) => [...SOURCE, k]),
  ...['text', 'kind', 'quality', 'feedback'].map((k) => [...R0, k]),
];
for (const keys of packRequired)
  reject('pack', `missing required field ${jsonPath(keys)}`, remove(keys),
    `${jsonPath(keys.slice(0, -1))}: the field "${keys.at(-1)}" is missing`);

// Wrong types.
reject('pack', 'wrong type: source.year is a text', set([...SOURCE, 'year'], '2019'), jsonPath([...SOURCE, 'year']));
reject('pack', 'wrong type: source.year has decimals', set([...SOURCE, 'year'], 2019.5), jsonPath([...SOURCE, 'year']));
reject('pack', 'wrong type: format is a text', set(['format'], '1'), '$.format');
reject('pack', 'wrong type: rumour is a plain text, not one per language', set([...S0, 'rumour'], 'They take our jobs'), jsonPath([...S0, 'rumour']));
reject('pack', 'wrong type: a language text is a number', set([...S0, 'rumour', 'en'], 3), jsonPath([...S0, 'rumour', 'en']));
reject('pack', 'wrong type: languages is a text', set(['pack', 'languages'], 'es'), '$.pack.languages');
reject('pack', 'wrong type: replies is an object', set([...S0, 'replies'], {}), jsonPath([...S0, 'replies']));
reject('pack', 'wrong type: a reply is a text', set(R0, 'Ask a question'), jsonPath(R0));
reject('pack', 'wrong type: scenarios is an object', set(['scenarios'], {}), '$.scenarios');
reject('pack', 'wrong type: choices is a text', set([...S0, 'choices'], 'false'), jsonPath([...S0, 'choices']));
reject('pack', 'wrong type: authors is a text', set(['pack', 'authors'], 'Anti-Rumour project'), '$.pack.authors');
reject('pack', 'wrong type: an author is a number', set(['pack', 'authors', 0], 7), '$.pack.authors[0]');
reject('pack', 'wrong type: practices holds a number', set([...S0, 'practices'], [1]), jsonPath([...S0, 'practices', 0]));
cases.push({ kind: 'pack', name: 'wrong type: the whole file is a list', replace: () => [basePack], expect: 'reject', at: '$' });

// Unknown fields (typos), at every level; the loader suggests the right name.
reject('pack', 'unknown field at the top', set(['scenario'], []), '$.scenario: unknown field');
reject('pack', 'unknown field in pack', set(['pack', 'auther'], 'x'), '$.pack.auther: unknown field "auther" (did you mean "authors"?)');
reject('pack', 'unknown field in a scenario', set([...S0, 'verdikt'], 'false'), jsonPath([...S0, 'verdikt']));
reject('pack', 'unknown field in fact', set([...S0, 'fact', 'link'], 'https://example.org'), jsonPath([...S0, 'fact', 'link']));
reject('pack', 'unknown field in source', set([...SOURCE, 'author'], 'x'), jsonPath([...SOURCE, 'author']));
reject('pack', 'unknown field in a reply', set([...R0, 'tone'], 'kind'), jsonPath([...R0, 'tone']));
reject('pack', '"$schema" inside a text per language', set([...S0, 'rumour', '$schema'], 'x'), jsonPath([...S0, 'rumour', '$schema']));
reject('pack', 'uppercase language key in a text', set([...S0, 'rumour', 'EN'], 'x'), jsonPath([...S0, 'rumour', 'EN']));

// Words from fixed lists.
reject('pack', 'bad verdict word', set([...S0, 'verdict'], 'maybe'), jsonPath([...S0, 'verdict']));
reject('pack', 'verdict in capitals', set([...S0, 'verdict'], 'False'), jsonPath([...S0, 'verdict']));
reject('pack', 'bad verdict word in choices', set([...S0, 'choices'], ['true', 'false', 'maybe']), jsonPath([...S0, 'choices', 2]));
reject('pack', 'bad topic', set([...S0, 'topic'], 'immigration'), jsonPath([...S0, 'topic']));
reject('pack', 'bad difficulty', set([...S0, 'difficulty'], 'very hard'), jsonPath([...S0, 'difficulty']));
reject('pack', 'bad reply kind', set([...R0, 'kind'], 'question'), jsonPath([...R0, 'kind']));
reject('pack', 'bad reply quality', set([...R0, 'quality'], 'great'), jsonPath([...R0, 'quality']));
reject('pack', 'bad review status', set(['pack', 'review', 'es'], 'checked'), '$.pack.review.es');

// Rules between fields that the schema expresses with contains / if-then.
reject('pack', 'verdict not among the choices', set([...S0, 'choices'], ['true', 'misleading']), jsonPath([...S0, 'choices']));
reject('pack', 'a verdict listed twice in choices', set([...S0, 'choices'], ['true', 'false', 'false']), jsonPath([...S0, 'choices', 2]));
reject('pack', 'only one choice', set([...S0, 'choices'], ['false']), jsonPath([...S0, 'choices']));
reject('pack', 'no good reply', (d) => d.scenarios[0].replies.forEach((r) => (r.quality = 'partial')),
  'at least one reply must have "quality": "good"');

// Web addresses.
for (const url of ['www.ine.es/datos', 'ftp://ine.es/datos', 'https://www.ine.es/some page', 'https://a', 'https://', 'mailto:info@ine.es', ' https://ine.es'])
  reject('pack', `bad url ${JSON.stringify(url)}`, set([...SOURCE, 'url'], url), jsonPath([...SOURCE, 'url']));

// Ids.
for (const id of ['Jobs-1', 'jobs_1', '-jobs', 'jobs-', 'j', 'a'.repeat(65), 'jobs 1', 'trabajo-ñ'])
  reject('pack', `bad scenario id ${JSON.stringify(id)}`, set([...S0, 'id'], id), jsonPath([...S0, 'id']));
reject('pack', 'bad pack id', set(['pack', 'id'], 'Work and Welfare'), '$.pack.id');
reject('pack', 'bad practice id in a scenario', set([...S0, 'practices'], ['Bilbao App']), jsonPath([...S0, 'practices', 0]));

// Numbers.
reject('pack', 'year 1900', set([...SOURCE, 'year'], 1900), jsonPath([...SOURCE, 'year']));
reject('pack', 'year 1949', set([...SOURCE, 'year'], 1949), jsonPath([...SOURCE, 'year']));
reject('pack', 'year 2027 (after the current year)', set([...SOURCE, 'year'], 2027), jsonPath([...SOURCE, 'year']));
reject('pack', 'format 3 (a newer game)', set(['format'], 3),
  '$.format: this pack was made for a newer version of the game (format 3); this game reads formats 1 and 2');
reject('pack', 'format 0', set(['format'], 0), '$.format');

// Format 2: techniques (required, from the closed list), status, facilitator notes.
const T0 = [...S0, 'techniques'];
reject('pack', 'format 2 without techniques', remove(T0), `${jsonPath(S0)}: the field "techniques" is missing`);
reject('pack', 'no technique', set(T0, []), `${jsonPath(T0)}: name at least one technique`);
reject('pack', 'a technique that is not in the list', set(T0, ['cherry-picking']),
  `${jsonPath([...T0, 0])}: expected one of: anecdote_as_proof, cherry_picking, numbers_without_rate, false_consensus, zero_sum, blaming_a_group, scary_projection, old_data_as_new, found the text "cherry-picking" (did you mean "cherry_picking"?)`);
reject('pack', 'a technique in capitals', set(T0, ['Zero_Sum']), 'only the letter case differs: write "zero_sum"');
reject('pack', 'a technique listed twice', set(T0, ['zero_sum', 'zero_sum']), `${jsonPath([...T0, 1])}: this technique is listed twice`);
reject('pack', 'techniques is a text', set(T0, 'zero_sum'), jsonPath(T0));
reject('pack', 'bad status', set([...S0, 'status'], 'reviewed'), jsonPath([...S0, 'status']));
reject('pack', 'facilitator notes as a plain text', set([...S0, 'facilitator_notes'], 'Ask the group'), jsonPath([...S0, 'facilitator_notes']));
reject('pack', 'facilitator notes over 1000 characters',
  set([...S0, 'facilitator_notes'], { es: 'x', eu: 'x', en: 'n'.repeat(1001) }), jsonPath([...S0, 'facilitator_notes', 'en']));
accept('pack', 'every technique once', set(T0, ['anecdote_as_proof', 'cherry_picking', 'numbers_without_rate',
  'false_consensus', 'zero_sum', 'blaming_a_group', 'scary_projection', 'old_data_as_new']));
accept('pack', 'status draft and facilitator notes of 1000 characters', (d) => {
  d.scenarios[0].status = 'draft';
  d.scenarios[0].facilitator_notes = { es: 'n'.repeat(1000), eu: 'Galdetu taldeari.', en: 'Ask the group.' };
});
const formatOne = (d) => {
  d.format = 1;
  for (const s of d.scenarios) delete s.techniques;
};
accept('pack', 'a format 1 pack, without techniques', formatOne);
reject('pack', 'a format 1 pack with techniques', (d) => {
  formatOne(d);
  d.scenarios[0].techniques = ['zero_sum'];
}, `${jsonPath(T0)}: "techniques" is a field of format 2`);
reject('pack', 'a format 1 pack with a status', (d) => {
  formatOne(d);
  d.scenarios[0].status = 'checked';
}, `${jsonPath([...S0, 'status'])}: "status" is a field of format 2`);

// Counts.
reject('pack', '2 replies', (d) => d.scenarios[0].replies.splice(2), 'a scenario needs 3 or 4 replies, found 2');
reject('pack', '5 replies', (d) => {
  const r = d.scenarios[0].replies;
  while (r.length < 5) r.push(structuredClone(r[0]));
}, 'a scenario needs 3 or 4 replies, found 5');
reject('pack', 'no scenarios', set(['scenarios'], []), '$.scenarios: the pack has no scenarios');
// Count limits (game/core/content_limits.h, the schemas' maxItems): at the limit both accept, one
// more and both refuse.
const copies = (n, item) => Array.from({ length: n }, (_, i) => item(i));
const scenarioCopies = (n) => (d) => {
  d.scenarios = copies(n, (i) => ({ ...structuredClone(d.scenarios[0]), id: `scenario-${i}` }));
};
accept('pack', '200 scenarios', scenarioCopies(200));
reject('pack', '201 scenarios', scenarioCopies(201), '$.scenarios: there are 201 scenarios here; the limit is 200');
accept('pack', '20 authors', set(['pack', 'authors'], copies(20, (i) => `Author ${i}`)));
reject('pack', '21 authors', set(['pack', 'authors'], copies(21, (i) => `Author ${i}`)),
  '$.pack.authors: there are 21 entries here; the limit is 20');
reject('pack', '11 practice ids in a scenario', set([...S0, 'practices'], copies(11, (i) => `practice-${i}`)),
  `${jsonPath([...S0, 'practices'])}: there are 11 entries here; the limit is 10`);
reject('pack', '9 languages', set(['pack', 'languages'], ['es', 'eu', 'en', 'fr', 'de', 'it', 'pt', 'ca', 'gl']),
  '$.pack.languages: there are 9 entries here; the limit is 8');

// Numbers beyond what the game reads exactly (2^53 - 1), and beyond a double (1e400: JSON.parse
// makes it Infinity, which no integer schema accepts).
reject('pack', 'a year of 2^53', set([...SOURCE, 'year'], 2 ** 53), 'this number is too large');
cases.push({
  kind: 'pack', name: 'a year of 1e400', expect: 'reject', at: 'this number is too large',
  mutate: set([...SOURCE, 'year'], 2019),
  rewrite: (text) => text.replace('"year": 2019', '"year": 1e400'),
});
reject('pack', 'no languages', set(['pack', 'languages'], []), '$.pack.languages');

// Dates.
for (const date of ['2026-13-01', '28/11/2026', '2026-11-00', '2026-1-5', '2026-11-32', '2026-11-28T10:00'])
  reject('pack', `bad date ${JSON.stringify(date)}`, set(['pack', 'last_reviewed'], date), '$.pack.last_reviewed');

// Texts: blank, bad language codes.
reject('pack', 'blank rumour text', set([...S0, 'rumour', 'es'], '   '), jsonPath([...S0, 'rumour', 'es']));
reject('pack', 'empty institution', set([...SOURCE, 'institution'], ''), jsonPath([...SOURCE, 'institution']));
reject('pack', 'blank version', set(['pack', 'version'], ' \t'), '$.pack.version');
reject('pack', 'language code of 4 letters', set(['pack', 'languages', 2], 'engl'), '$.pack.languages[2]');

// Length limits, counted in characters: "é" is 2 bytes in UTF-8 but one character. Exactly at
// the limit is fine for both; one more is refused by both.
const limits = [
  [['pack', 'title', 'en'], 120],
  [['pack', 'version'], 32],
  [['pack', 'licence'], 64],
  [['pack', 'authors', 0], 200],
  [[...S0, 'rumour', 'en'], 220],
  [[...S0, 'fact', 'text', 'eu'], 450],
  [[...S0, 'fact', 'figure', 'es'], 80],
  [[...SOURCE, 'institution'], 300],
  [[...SOURCE, 'title'], 300],
  [[...SOURCE, 'area'], 120],
  [[...S0, 'explanation', 'en'], 700],
  [[...R0, 'text', 'es'], 240],
  [[...R0, 'feedback', 'en'], 360],
  [[...S0, 'discussion', 'eu'], 300],
];
for (const [keys, max] of limits) {
  accept('pack', `${jsonPath(keys)} at its limit (${max} characters)`, set(keys, 'é'.repeat(max)));
  reject('pack', `${jsonPath(keys)} too long (${max + 1} characters)`, set(keys, 'é'.repeat(max + 1)),
    `${jsonPath(keys)}: this text is too long`);
}
accept('pack', 'url of 2000 characters', set([...SOURCE, 'url'], 'https://ine.es/' + 'a'.repeat(1985)));
reject('pack', 'url of 2001 characters', set([...SOURCE, 'url'], 'https://ine.es/' + 'a'.repeat(1986)), jsonPath([...SOURCE, 'url']));

// Still valid.
accept('pack', '"$comment" and "$schema" wherever the loader allows them', (d) => {
  for (const o of [d, d.pack, d.scenarios[0], d.scenarios[0].fact, d.scenarios[0].fact.source, d.scenarios[0].replies[0]])
    o.$comment = 'a note';
  d.pack.$schema = 'x';
  d.scenarios[0].rumour.$comment = 'translator note';
});
accept('pack', 'without the optional $schema, choices, figure, practices and review', (d) => {
  delete d.$schema;
  delete d.pack.review;
  delete d.scenarios[0].choices;
  delete d.scenarios[0].fact.figure;
  delete d.scenarios[0].practices;
});
accept('pack', 'two choices including the verdict', set([...S0, 'choices'], ['false', 'true']));
accept('pack', 'empty practices list', set([...S0, 'practices'], []));
accept('pack', 'http:// url', set([...SOURCE, 'url'], 'http://ab'));
accept('pack', 'years 1950 and 2026', (d) => {
  d.scenarios[0].fact.source.year = 1950;
  d.scenarios[1].fact.source.year = 2026;
});
accept('pack', 'four replies', (d) => {
  const r = d.scenarios[0].replies;
  while (r.length < 4) r.push(structuredClone(r.at(-1)));
});
accept('pack', 'ids of 2 and 64 characters', (d) => {
  d.scenarios[0].id = 'a1';
  d.scenarios[1].id = 'a' + '-b'.repeat(31) + 'c';
});
accept('pack', 'reviewed status and a language with three letters', (d) => {
  d.pack.review.eu = 'reviewed';
});
accept('pack', 'every topic, difficulty, kind and quality word', (d) => {
  const s = d.scenarios[0];
  s.topic = 'taxes_business';
  s.difficulty = 'hard';
  s.verdict = 'not_enough_data';
  s.replies[0].kind = 'walking_away';
  s.replies[1].quality = 'partial';
  d.scenarios[1].topic = 'living_together';
});

// Rules no draft-07 schema can express: the game alone checks them (the schema says so in its
// descriptions). If one of these starts failing on the schema side, update the descriptions.
const loaderOnly = (kind, name, mutate, at) => cases.push({ kind, name, mutate, expect: 'loader-only', at });
loaderOnly('pack', 'the same scenario id twice', set(['scenarios', 1, 'id'], basePack.scenarios[0].id), 'is used twice in this pack');
loaderOnly('pack', 'a text without one of the pack languages', remove([...S0, 'rumour', 'eu']), 'the eu text is missing');
loaderOnly('pack', 'a text in a language the pack does not have', set([...S0, 'rumour', 'fr'], 'x'), 'is not in the pack\'s "languages" list');
// JSON has one kind of number: 2019.0 and 2019 are the same value to a schema validator, but the
// game asks for a whole number written without a decimal point.
cases.push({
  kind: 'pack', name: 'a year written 2019.0', expect: 'loader-only', at: 'expected a whole number',
  mutate: set([...SOURCE, 'year'], 2019),
  rewrite: (text) => text.replace('"year": 2019', '"year": 2019.0'),
});

// Practice catalogue.
for (const k of ['id', 'title', 'country', 'cities', 'topics', 'purpose', 'url'])
  reject('practices', `practice without "${k}"`, remove([...P0, k]), `$.practices[0]: the field "${k}" is missing`);
for (const k of ['format', 'languages', 'last_reviewed'])
  reject('practices', `catalogue without "${k}"`, remove([k]), `$: the field "${k}" is missing`);
// `--validate` tells a catalogue by its "practices" field: without it the file is checked as a
// scenario pack. It is still refused, with a less helpful report (see the report of this test).
reject('practices', 'catalogue without "practices"', remove(['practices']), null);
reject('practices', 'format 2', set(['format'], 2), '$.format');
reject('practices', 'unknown field', set([...P0, 'city'], 'Bilbao'), '$.practices[0].city');
reject('practices', 'unknown topic', set([...P0, 'topics'], ['integration']), '$.practices[0].topics[0]');
reject('practices', 'no topics', set([...P0, 'topics'], []), '$.practices[0].topics');
reject('practices', 'no cities', set([...P0, 'cities'], []), '$.practices[0].cities');
reject('practices', 'bad id', set([...P0, 'id'], 'Bilbao_App'), '$.practices[0].id');
reject('practices', 'bad url', set([...P0, 'url'], 'coe.int/bilbao'), '$.practices[0].url');
reject('practices', 'bad date', set(['last_reviewed'], '2026-02-30x'), '$.last_reviewed');
reject('practices', 'purpose too long (401)', set([...P0, 'purpose', 'en'], 'é'.repeat(401)), '$.practices[0].purpose.en');
reject('practices', 'process too long (801)', set([...P0, 'process'], { es: 'é'.repeat(801), eu: 'x', en: 'x' }), '$.practices[0].process.es');
reject('practices', 'title too long (201)', set([...P0, 'title'], 'é'.repeat(201)), '$.practices[0].title');
reject('practices', 'translated title too long (201)', set([...P0, 'title_translated'], { es: 'é'.repeat(201), eu: 'x', en: 'x' }), '$.practices[0].title_translated.es');
reject('practices', 'unknown ICC topic', set([...P0, 'icc_topics'], ['education', 'sport']), '$.practices[0].icc_topics[1]');
reject('practices', 'empty ICC topic list', set([...P0, 'icc_topics'], []), '$.practices[0].icc_topics');
reject('practices', 'country too long (61)', set([...P0, 'country'], 'é'.repeat(61)), '$.practices[0].country');
reject('practices', 'years too long (121)', set([...P0, 'years'], '2'.repeat(121)), '$.practices[0].years');
reject('practices', 'years is a number', set([...P0, 'years'], 2019), '$.practices[0].years');
reject('practices', 'bad review status', set(['review', 'eu'], 'ok'), '$.review.eu');
accept('practices', 'texts at their limits, empty years, optional texts left out', (d) => {
  const p = d.practices[0];
  p.purpose.en = 'é'.repeat(400);
  p.title = 'é'.repeat(200);
  p.title_translated = { es: 'é'.repeat(200), eu: 'x', en: 'x' };
  p.icc_topics = ['international_outlook', 'participation'];
  p.country = 'é'.repeat(60);
  p.years = '';
  p.process = { es: 'é'.repeat(800), eu: 'x', en: 'x' };
  delete p.rationale;
  delete p.results;
  p.$comment = 'note';
  p.topics = ['public_space', 'health'];
  delete d.review;
});
accept('practices', 'no practices at all', set(['practices'], []));
reject('practices', '501 practices', (d) => {
  d.practices = copies(501, (i) => ({ ...structuredClone(d.practices[0]), id: `practice-${i}` }));
}, '$.practices: there are 501 practices here; the limit is 500');
reject('practices', '31 cities', set([...P0, 'cities'], copies(31, (i) => `City ${i}`)),
  '$.practices[0].cities: there are 31 entries here; the limit is 30');
reject('practices', '11 topics', set([...P0, 'topics'], copies(11, () => 'media')),
  '$.practices[0].topics: there are 11 entries here; the limit is 10');
cases.push({
  kind: 'practices', name: 'format 1e400', expect: 'reject', at: 'this number is too large',
  mutate: () => {},
  rewrite: (text) => text.replace('"format": 1', '"format": 1e400'),
});
loaderOnly('practices', 'the same practice id twice', set(['practices', 1, 'id'], basePractices.practices[0].id), 'is used twice');

// Interface strings.
const firstKey = Object.keys(baseUi.strings)[0];
const K0 = ['strings', firstKey];
for (const k of ['format', 'languages'])
  reject('ui', `strings file without "${k}"`, remove([k]), `$: the field "${k}" is missing`);
reject('ui', 'strings file without "strings"', remove(['strings']), null); // checked as a pack, see above
reject('ui', 'format 2', set(['format'], 2), '$.format');
reject('ui', 'unknown field', set(['string'], {}), '$.string');
reject('ui', 'a string that is not one per language', set(K0, 'Anti-Rumour'), jsonPath(K0));
reject('ui', 'a string too long (401)', set([...K0, 'eu'], 'é'.repeat(401)), jsonPath([...K0, 'eu']));
reject('ui', 'a blank string', set([...K0, 'en'], ' '), jsonPath([...K0, 'en']));
reject('ui', '"$comment" inside the table of strings', set(['strings', '$comment'], 'note'), '$.strings.$comment');
reject('ui', 'bad review status', set(['review', 'es'], 'done'), '$.review.es');
accept('ui', 'a string at its limit, notes, no review', (d) => {
  d.strings[firstKey].eu = 'é'.repeat(400);
  d.strings[firstKey].$comment = 'where it appears';
  d.$comment = 'note';
  delete d.review;
});
reject('ui', '2001 strings', (d) => {
  const first = d.strings[firstKey];
  for (let i = Object.keys(d.strings).length; i <= 2000; ++i) d.strings[`extra.${i}`] = first;
}, '$.strings: there are 2001 strings here; the limit is 2000');
loaderOnly('ui', 'a string without one of the languages', remove([...K0, 'eu']), 'the eu text is missing');

// ----------------------------------------------------------------------------- the tests

test('the game binary is built', () => {
  assert.ok(fs.existsSync(BINARY), `${BINARY} is missing: build it, or set AR_BUILD_DIR to the build folder`);
});

test('every shipped content file passes its schema and the game check', async (t) => {
  const files = [
    ...fs.readdirSync(path.join(CONTENT, 'packs')).filter((f) => f.endsWith('.json')).map((f) => ['pack', `packs/${f}`]),
    ['practices', 'practices.json'],
    ['ui', 'ui-strings.json'],
  ];
  assert.ok(files.length >= 4);
  for (const [kind, file] of files) {
    await t.test(file, () => {
      const doc = readJson(path.join(CONTENT, file));
      const schema = schemaCheck(kind, doc);
      assert.ok(schema.ok, `schema refuses ${file}:\n${schema.errors}`);
      const run = spawnSync(BINARY, ['--validate', path.join(CONTENT, file)], { encoding: 'utf8' });
      assert.equal(run.status, 0, `the game refuses ${file}:\n${run.stdout}${run.stderr}`);
    });
  }
});

test('each shipped file names its schema with "$schema"', () => {
  for (const f of fs.readdirSync(path.join(CONTENT, 'packs')).filter((f) => f.endsWith('.json')))
    assert.equal(readJson(path.join(CONTENT, 'packs', f)).$schema, '../schema/scenario-pack.schema.json', f);
  assert.equal(readJson(path.join(CONTENT, 'practices.json')).$schema, 'schema/practices.schema.json');
  assert.equal(readJson(path.join(CONTENT, 'ui-strings.json')).$schema, 'schema/ui-strings.schema.json');
});

test('a pack the game makes from the spreadsheet template passes the schema', () => {
  const csv = path.join(tmp, 'scenario-template.csv');
  fs.copyFileSync(path.join(CONTENT, 'scenario-template.csv'), csv);
  const out = path.join(tmp, 'from-template.json');
  const run = spawnSync(BINARY, ['--import-csv', csv, '--output', out, '--last-reviewed', '2026-12-02',
    '--licence', 'CC-BY-4.0'],
    { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const doc = readJson(out);
  assert.equal(doc.scenarios.length, 1);
  assert.equal(doc.scenarios[0].id, 'health-template-example');
  const schema = schemaCheck('pack', doc);
  assert.ok(schema.ok, schema.errors);
});

test('the base documents of the variants are valid for both', () => {
  for (const [kind, doc] of Object.entries(bases)) {
    const schema = schemaCheck(kind, doc);
    assert.ok(schema.ok, `${kind}: ${schema.errors}`);
    const run = loaderCheck(doc);
    assert.equal(run.status, 0, `${kind}: ${run.output}`);
  }
});

for (const kind of ['pack', 'practices', 'ui']) {
  test(`${kind}: schema and game agree on each variant`, async (t) => {
    for (const c of cases.filter((c) => c.kind === kind)) {
      await t.test(`${c.expect}: ${c.name}`, () => {
        let doc;
        if (c.replace) {
          doc = c.replace();
        } else {
          doc = structuredClone(bases[kind]);
          c.mutate(doc);
        }
        let text = JSON.stringify(doc, null, 2);
        if (c.rewrite) {
          const rewritten = c.rewrite(text);
          assert.notEqual(rewritten, text, 'the rewrite changed nothing');
          text = rewritten;
        }
        const schema = schemaCheck(kind, JSON.parse(text));
        const game = loaderCheck(text);
        const shown = `\n--- schema:\n${schema.errors || 'accepted'}\n--- game (exit ${game.status}):\n${game.output}`;
        if (c.expect === 'accept') {
          assert.ok(schema.ok, `the schema refuses a valid variant${shown}`);
          assert.equal(game.status, 0, `the game refuses a valid variant${shown}`);
        } else {
          if (c.expect === 'reject') assert.ok(!schema.ok, `the schema accepts a broken variant${shown}`);
          else assert.ok(schema.ok, `the schema now refuses this (update its descriptions)${shown}`);
          assert.equal(game.status, 1, `the game does not refuse the broken variant${shown}`);
          // The game names a scenario beside its path ("$.scenarios[0] (scenario 1 \"id\"): …");
          // the expected texts give the path alone.
          const report = game.output.replace(/ \(scenario \d+(?: "[^"]*")?\)/g, '');
          if (c.at) assert.ok(report.includes(c.at), `the game's report does not mention ${JSON.stringify(c.at)}${shown}`);
        }
      });
    }
  });
}
