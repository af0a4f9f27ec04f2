import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCorpusRecord } from './corpus-record.js';

const problem = (json: string): string => {
  try {
    parseCorpusRecord(json, 'c.jsonl', 4);
  } catch (error) {
    return String(error);
  }
  return 'no error';
};

test('a full record is read, unknown fields ignored', () => {
  const record = parseCorpusRecord('{"id":"x","text":"T","title":"H","url":"https://e.org","source":"S","published_at":"2024-01-01","extra":1}', 'c.jsonl', 1);
  assert.deepEqual(record, { id: 'x', text: 'T', title: 'H', url: 'https://e.org', source: 'S', publishedAt: '2024-01-01' });
});
test('an integer id becomes a string', () => assert.equal(parseCorpusRecord('{"id":7,"html":"<p>x</p>"}', 'c', 1).id, '7'));
test('text wins over html', () => assert.deepEqual(parseCorpusRecord('{"id":"a","text":"t","html":"<p>h</p>"}', 'c', 1), { id: 'a', text: 't' }));
test('invalid JSON', () => assert.match(problem('{"id":'), /^c\.jsonl:4: invalid JSON \(/));
test('not an object', () => assert.equal(problem('[1]'), 'c.jsonl:4: is not a JSON object'));
test('missing id', () => assert.equal(problem('{"text":"t"}'), 'c.jsonl:4: missing `id`'));
test('id of a wrong type', () => assert.equal(problem('{"id":1.5,"text":"t"}'), 'c.jsonl:4: `id` must be a string or an integer'));
test('neither text nor html', () => assert.equal(problem('{"id":"a"}'), 'c.jsonl:4: has neither `text` nor `html`'));
test('text of a wrong type', () => assert.equal(problem('{"id":"a","text":["t"]}'), 'c.jsonl:4: `text` must be a string'));
test('empty text', () => assert.equal(problem('{"id":"a","text":"  "}'), 'c.jsonl:4: `text` is empty'));
test('an id or source with a control character', () => {
  assert.equal(problem('{"id":"a\\tb","text":"t"}'), 'c.jsonl:4: `id` has a control character (\\t): ids go into tab-separated SemEval files and file names');
  assert.match(problem('{"id":"a\\u0000b","text":"t"}'), /`id` has a control character \(\\u0000\)/);
  assert.equal(problem('{"id":"a","text":"t","source":"Daily\\nPost"}'), 'c.jsonl:4: `source` has a control character (\\n)');
  assert.equal(parseCorpusRecord('{"id":"a b/ü","text":"t","source":"Daily Post"}', 'c', 1).id, 'a b/ü');
});
test('optional field of a wrong type', () => assert.equal(problem('{"id":"a","text":"t","published_at":20240101}'), 'c.jsonl:4: `published_at` must be a string'));
test('a published_at that names no day', () => {
  assert.equal(problem('{"id":"a","text":"t","published_at":"2024-13-45"}'), 'c.jsonl:4: `published_at` is not a date ("2024-13-45"): write it as ISO 8601, e.g. 2024-03-14 or 2024-03-14T08:00:00Z');
  assert.match(problem('{"id":"a","text":"t","published_at":"yesterday"}'), /is not a date \("yesterday"\)/);
  assert.match(problem('{"id":"a","text":"t","published_at":"2023-02-29"}'), /is not a date/);
  // No day, no year, or digits that read either way: refused, not guessed (Date.parse puts "May 5" in 2001).
  for (const date of ['2024', '2024-03', 'March 2024', 'May 5', '12', '03/05/2024']) assert.match(problem(JSON.stringify({ id: 'a', text: 't', published_at: date })), /is not a date/, date);
  for (const date of ['2024-02-29', '2024-03-14T08:00:00+01:00', 'March 14, 2024', '14 Mar 2024', 'Thu, 14 Mar 2024 08:00:00 GMT', '']) {
    assert.equal(parseCorpusRecord(JSON.stringify({ id: 'a', text: 't', published_at: date }), 'c', 1).publishedAt, date);
  }
});
test('a lang that is no language code is refused; blank or auto leaves it to detection', () => {
  assert.equal(problem('{"id":"a","text":"t","lang":"English"}'), 'c.jsonl:4: `lang` is not a language code ("English"): write one such as en, fr, de, it, pl or ru, or auto to detect it');
  for (const lang of ['auto', 'AUTO', '', ' ']) assert.deepEqual(parseCorpusRecord(JSON.stringify({ id: 'a', text: 't', lang }), 'c', 1), { id: 'a', text: 't' }, lang);
  for (const lang of ['en', 'de-AT', 'ge', 'und']) assert.equal(parseCorpusRecord(JSON.stringify({ id: 'a', text: 't', lang }), 'c', 1).lang, lang);
});
