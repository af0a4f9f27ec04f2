import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { READABILITY_MAX_DEPTH, extractHtml } from './extract-html.js';
import { normalizeDate } from './html-meta.js';

const FIXTURE = fileURLToPath(new URL('../../test/fixtures/ingest/page-with-boilerplate.html', import.meta.url));
const page = extractHtml(readFileSync(FIXTURE, 'utf8'));

test('the article text keeps the story paragraphs, one per line, blank lines between', () => {
  const paragraphs = page.text.split('\n\n');
  assert.ok(paragraphs[1]!.startsWith('The town council voted on Tuesday evening'));
  assert.ok(paragraphs.includes('"We owe it to our grandchildren to keep this bridge standing," the mayor said after the vote.'));
  assert.ok(paragraphs.every((p) => p.trim() !== '' && !p.includes('\n')));
});
test('navigation, ads, comments, sidebar and footer are dropped', () => {
  for (const junk of ['Home', 'SPONSORED', 'First!', 'potholes', 'Most read', 'Copyright']) {
    assert.ok(!page.text.includes(junk), `text should not contain ${junk}`);
  }
});
test('the headline opens the text once, as in a SemEval article, and is the title too; the byline is kept apart', () => {
  assert.equal(page.title, 'Town Council Votes to Repair the Old Bridge');
  assert.equal(page.byline, 'Maria Keller');
  assert.ok(!page.text.includes('Maria Keller'));
  assert.ok(page.text.startsWith('Town Council Votes to Repair the Old Bridge\n\nThe town council'));
  assert.equal(page.text.split('Town Council Votes').length, 2);
  // The same whether the page's <h1> repeats the <title> or not.
  const bare = extractHtml('<html><head><title>Harbour tax approved</title></head><body><article><p>The council approved the harbour tax on Monday after a long debate.</p><p>Traders said the tax would hurt them.</p></article></body></html>');
  const withH1 = extractHtml('<html><head><title>Harbour tax approved</title></head><body><article><h1>Harbour tax approved</h1><p>The council approved the harbour tax on Monday after a long debate.</p><p>Traders said the tax would hurt them.</p></article></body></html>');
  assert.equal(bare.text, withH1.text);
  assert.ok(bare.text.startsWith('Harbour tax approved\n\nThe council'));
});
test('date, canonical URL and site name come from the head', () => {
  assert.equal(page.publishedAt, '2024-03-05T08:30:00Z');
  assert.equal(page.canonicalUrl, 'https://gazette.example/news/old-bridge');
  assert.equal(page.siteName, 'Riverside Gazette');
});
test('a relative canonical link is resolved against the page URL', () => {
  const found = extractHtml('<html><head><link rel="canonical" href="/a/b"></head><body><p>Text.</p></body></html>', 'https://news.example/x?y=1');
  assert.equal(found.canonicalUrl, 'https://news.example/a/b');
});
test('the date is found in JSON-LD @graph and in <time datetime>', () => {
  const ld = '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-07-01"}]}</script>';
  assert.equal(extractHtml(`<html><head>${ld}</head><body><p>Text.</p></body></html>`).publishedAt, '2023-07-01');
  assert.equal(extractHtml('<html><body><p>Text <time datetime="2022-02-03T04:05:06Z">then</time>.</p></body></html>').publishedAt, '2022-02-03T04:05:06Z');
});
test('a bare fragment still gives its text', () => {
  assert.match(extractHtml('<p>Just one short line.</p>').text, /^Just one short line\.$/);
});
test('a page with no text gives empty text', () => {
  assert.equal(extractHtml('<html><head><title>Nothing</title></head><body><script>x()</script></body></html>').text, '');
});
test('dates: ISO kept, others converted, nonsense dropped', () => {
  assert.equal(normalizeDate(' 2024-01-02 '), '2024-01-02');
  assert.equal(normalizeDate('Tue, 05 Mar 2024 08:30:00 GMT'), '2024-03-05T08:30:00.000Z');
  assert.equal(normalizeDate('yesterday'), undefined);
  assert.equal(normalizeDate('March 5, 2024'), '2024-03-05');
  // A named day is that day in every time zone (it was local midnight as UTC: the 13th in Tokyo).
  const zone = process.env['TZ'];
  try {
    for (const tz of ['Asia/Tokyo', 'America/New_York', 'UTC']) {
      process.env['TZ'] = tz;
      assert.equal(normalizeDate('14 Mar 2024'), '2024-03-14', tz);
      assert.equal(normalizeDate('March 5, 2024 00:30'), '2024-03-05T00:30:00', tz);
    }
  } finally {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  }
  assert.equal(normalizeDate('2024-03-14T25:00:00Z'), undefined);
  assert.equal(normalizeDate('2024-03-14T23:59:00Z'), '2024-03-14T23:59:00Z');
  for (const bad of ['2024-03-14T08:00:99Z', '2024-03-14 at noon']) assert.equal(normalizeDate(bad), undefined, bad);
  for (const good of ['2024-03-14 08:00:00 UTC', '2024-03-14T08:00:00.123456+00:00', '2024-03-14T08:00+0100']) assert.equal(normalizeDate(good), good);
  // Without a day or a year it is not a date to count by (Date.parse would give 1 January, or 2001).
  for (const partial of ['2024', '2024-03', 'March 2024', 'May 5', '12']) assert.equal(normalizeDate(partial), undefined, partial);
});

test('a page nested deeper than Readability can take gives its body text (Readability is skipped), even 30,000 levels deep', () => {
  // 30,000 levels overflowed the call stack of the line walk (a 500 from the API).
  const deepest = 30_000;
  const deep = extractHtml(`<html><body>${'<div>'.repeat(deepest)}<p>Stop the bypass now.</p>${'</div>'.repeat(deepest)}</body></html>`);
  assert.equal(deep.text, 'Stop the bypass now.');
  const depth = READABILITY_MAX_DEPTH * 5;
  const page = `<html><head><title>Deep</title></head><body><nav>Home</nav>${'<div>'.repeat(depth)}<p>Stop the bypass now.</p><p>The council is wrong.</p>${'</div>'.repeat(depth)}</body></html>`;
  const { title, text } = extractHtml(page);
  assert.equal(title, 'Deep');
  assert.equal(text, 'Deep\n\nStop the bypass now.\n\nThe council is wrong.');
});

test('a body that opens with the headline told another way (a longer <h1>, a <title> with the site name) is not given it twice', () => {
  const page = extractHtml('<html><head><title>Harbour Plan Sparks Fury | Coast Times</title></head><body><article><h1>Harbour Plan Sparks Fury Among Fishermen</h1><p>Fishermen in the town reacted with fury to a plan to turn the old harbour into a marina for yachts.</p><p>The developer says the marina will create jobs.</p></article></body></html>');
  assert.ok(page.text.startsWith('Harbour Plan Sparks Fury Among Fishermen\n\nFishermen in the town'), page.text);
  assert.equal(page.text.split('Harbour Plan Sparks Fury').length, 2);
});
