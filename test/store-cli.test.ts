/** `slant ingest`, `slant stats` and `slant reanalyze` end to end, in-process, on texts written here. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/cli/main.js';

/** Runs `slant <argv>` in this process. */
async function slant(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: [Buffer[], Buffer[]] = [[], []];
  out.on('data', (c: Buffer) => chunks[0].push(c));
  err.on('data', (c: Buffer) => chunks[1].push(c));
  const code = await main(argv, { stdout: out, stderr: err, stdin: Readable.from([]), color: false, interactive: false });
  await new Promise((r) => setImmediate(r));
  return { code, stdout: Buffer.concat(chunks[0]).toString('utf8'), stderr: Buffer.concat(chunks[1]).toString('utf8') };
}

let dir = '';
let db = '';
let corpus = '';
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slant-store-cli-'));
  db = path.join(dir, 'sub', 'corpus.sqlite');
  corpus = path.join(dir, 'news.jsonl');
  const lines = [
    { id: 'n1', text: 'Harbour reopens\n\nThe harbour opened again on Monday.', source: 'Coast News', published_at: '2024-05-02', lang: 'en' },
    { id: 'n2', text: 'Bridge works\n\nWorks on the bridge start in June.\n\nTraffic will be slow.', source: 'City Paper', published_at: '2024-06-11', lang: 'en' },
  ];
  writeFileSync(corpus, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n{"id": "broken"\n`);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('ingest creates the corpus, reports a bad line, and skips everything on a second run', async () => {
  const first = await slant(['ingest', '--db', db, '--jobs', '1', corpus]);
  assert.equal(first.code, 1, 'one input line failed');
  assert.match(first.stderr, /news\.jsonl:3: /);
  assert.match(first.stderr, /2 read, 2 analysed, 0 stored with a stored analysis, 0 already stored, 1 failed/);
  const second = await slant(['ingest', '--db', db, '--jobs', '1', corpus]);
  assert.match(second.stderr, /0 analysed, 0 stored with a stored analysis, 2 already stored/);
});

test('ingest with only missing inputs names each and creates no corpus file', async () => {
  const none = path.join(dir, 'never.sqlite');
  const run = await slant(['ingest', '--db', none, '--jobs', '1', path.join(dir, 'missing.jsonl'), path.join(dir, 'nope', '*.txt')]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /missing\.jsonl: no such file/);
  assert.match(run.stderr, /\*\.txt: no file matches this pattern/);
  assert.match(run.stderr, /nothing to ingest; .*never\.sqlite was not created/);
  assert.equal(existsSync(none), false);
  // A folder without an article it could read is no better.
  const empty = path.join(dir, 'no-articles');
  mkdirSync(empty);
  writeFileSync(path.join(empty, 'notes.csv'), 'a,b\n');
  const folder = await slant(['ingest', '--db', none, '--jobs', '1', empty]);
  assert.equal(folder.code, 1);
  assert.match(folder.stderr, /no-articles: no articles found/);
  assert.equal(existsSync(none), false);
});

test('ingest names an id already stored from its source with other text, and stores it as another version', async () => {
  const versions = path.join(dir, 'versions.sqlite');
  const edited = path.join(dir, 'edited.jsonl');
  writeFileSync(edited, `${JSON.stringify({ id: 'n1', text: 'Harbour reopens\n\nThe harbour opened again on Monday, a day late.', source: 'Coast News', lang: 'en' })}\n`);
  await slant(['ingest', '--db', versions, '--jobs', '1', corpus]);
  const run = await slant(['ingest', '--db', versions, '--jobs', '1', edited]);
  assert.equal(run.code, 0);
  assert.match(run.stderr, /edited\.jsonl:1: "n1" is already stored from "Coast News" with other text or URL: stored beside it as another version \(stats count both\)/);
  assert.match(run.stderr, /1 analysed, .*1 stored as another version of an id already stored, 0 failed/);
});

test('stats as JSON, CSV and table; filters; a missing corpus; bad dates', async () => {
  await slant(['ingest', '--db', db, '--jobs', '1', corpus]);
  const json = await slant(['stats', '--db', db, '--by', 'source', '--format', 'json']);
  assert.equal(json.code, 0);
  const result = JSON.parse(json.stdout) as { groups: { key: string; articles: number; paragraphs: number }[] };
  assert.deepEqual(result.groups.map((g) => [g.key, g.articles, g.paragraphs]), [['City Paper', 1, 3], ['Coast News', 1, 2]]);
  const month = await slant(['stats', '--db', db, '--period', 'month', '--from', '2024-06', '--format', 'json']);
  assert.deepEqual((JSON.parse(month.stdout) as typeof result).groups.map((g) => g.key), ['2024-06']);
  const csv = await slant(['stats', '--db', db, '--format', 'csv', '--search', 'harbour']);
  // Which labels the shipped models find in the one matching article is theirs to say; the shape is ours.
  const [header, ...rows] = csv.stdout.trimEnd().split('\n');
  assert.equal(header, 'group,articles,kind,label,count,per_article,per_1000_words,share');
  for (const row of rows) assert.match(row, /^all,1,(technique|category|frame|genre),[A-Za-z_-]+,\d+,/);
  const table = await slant(['stats', '--db', db, '--source', 'Coast News']);
  assert.match(table.stdout, /^group\s+articles\s+words\s+paragraphs\nall\s+1\s+8\s+2\n/);
  const missing = await slant(['stats', '--db', path.join(dir, 'none.sqlite')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /none\.sqlite: no corpus here/);
  assert.equal((await slant(['stats', '--db', db, '--from', 'yesterday'])).code, 2);
  assert.equal((await slant(['stats', '--db', db, '--from', '2024-07', '--to', '2024-06'])).code, 2);
  const periodBySource = await slant(['stats', '--db', db, '--by', 'source', '--period', 'week']);
  assert.equal(periodBySource.code, 2);
  assert.match(periodBySource.stderr, /--period groups by period, not by source/);
});

test('reanalyze with the current model has nothing to do', async () => {
  await slant(['ingest', '--db', db, '--jobs', '1', corpus]);
  const r = await slant(['reanalyze', '--db', db, '--jobs', '1']);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /nothing to do/);
});

test('ingest --fast stores the fast analyses; reanalyze replaces them with the full ones', async () => {
  const fastDb = path.join(dir, 'fast.sqlite');
  const fast = await slant(['ingest', '--db', fastDb, '--jobs', '1', '--fast', corpus]);
  assert.match(fast.stderr, /2 analysed/);
  assert.match(fast.stderr, /model slant-fast;/);
  const again = await slant(['ingest', '--db', fastDb, '--jobs', '1', '--fast', corpus]);
  assert.match(again.stderr, /2 already stored/);
  const full = await slant(['reanalyze', '--db', fastDb, '--jobs', '1']);
  assert.equal(full.code, 0);
  assert.match(full.stderr, /2 analysed/);
  assert.match(full.stderr, /model slant-linear;/);
});

test('ingest --lang is kept with each article, so reanalyze reads it in that language again', async () => {
  const { default: Sqlite } = await import('better-sqlite3');
  const file = path.join(dir, 'lang.sqlite');
  const plain = path.join(dir, 'plain.jsonl');
  writeFileSync(plain, `${JSON.stringify({ id: 'p1', text: 'Harbour reopens\n\nThe harbour opened again on Monday.' })}\n`);
  const run = await slant(['ingest', '--db', file, '--jobs', '1', '--fast', '--lang', 'fr', plain]);
  assert.equal(run.code, 0, run.stderr);
  const check = new Sqlite(file, { readonly: true });
  try {
    assert.deepEqual(check.prepare('SELECT a.lang_given AS given, n.lang AS analysed FROM articles a JOIN analyses n ON n.content_hash = a.content_hash').all(), [{ given: 'fr', analysed: 'fr' }]);
  } finally {
    check.close();
  }
});

test('export writes each stored analysis under its own article, newest first, filtered as stats; SemEval rows; a file it will not overwrite', async () => {
  const file = path.join(dir, 'export.sqlite');
  const copies = path.join(dir, 'copies.jsonl');
  const text = 'Harbour reopens\n\nThe harbour opened again on Monday.';
  writeFileSync(copies, [
    { id: 'c1', text, source: 'Coast News', published_at: '2024-05-02', lang: 'en' },
    { id: 'c2', text: 'Bridge works\n\nWorks on the bridge start in June.', source: 'City Paper', published_at: '2024-06-11', lang: 'en' },
    // A syndicated copy: the same text from another source shares the analysis, not the id.
    { id: 'c3', text, source: 'Bay Times', url: 'https://bay.example/h', lang: 'en' },
  ].map((l) => JSON.stringify(l)).join('\n'));
  assert.equal((await slant(['ingest', '--db', file, '--jobs', '1', '--fast', copies])).code, 0);
  const all = await slant(['export', '--db', file]);
  assert.equal(all.code, 0, all.stderr);
  const lines = all.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { article: Record<string, unknown>; paragraphs: unknown[] });
  assert.deepEqual(lines.map((a) => [a.article['id'], a.article['source'], a.article['publishedAt'] ?? null, a.article['url'] ?? null]), [
    ['c2', 'City Paper', '2024-06-11', null],
    ['c1', 'Coast News', '2024-05-02', null],
    ['c3', 'Bay Times', null, 'https://bay.example/h'],
  ]);
  assert.match(all.stderr, /^slant export: 3 articles written\n$/);
  const rows = await slant(['export', '--db', file, '-f', 'semeval', '--source', 'Coast News']);
  assert.deepEqual(rows.stdout.trimEnd().split('\n').map((r) => r.split('\t').slice(0, 2)), [['c1', '1'], ['c1', '3']]);
  const out = path.join(dir, 'export.jsonl');
  assert.equal((await slant(['export', '--db', file, '--to', '2024-05', '-o', out])).code, 0);
  assert.deepEqual(readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { article: { id: string } }).article.id), ['c1']);
  const again = await slant(['export', '--db', file, '-o', out]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /export\.jsonl: already exists: give a new file/);
});

test('a corpus closed by its last connection leaves no WAL file, so it can be read from a folder nobody may write', async () => {
  const { default: Sqlite } = await import('better-sqlite3');
  const { spawnSync } = await import('node:child_process');
  const { chmodSync, readdirSync } = await import('node:fs');
  const folder = path.join(dir, 'archive');
  mkdirSync(folder);
  const file = path.join(folder, 'corpus.sqlite');
  assert.equal((await slant(['ingest', '--db', file, '--jobs', '1', '--fast', corpus])).code, 1, 'one input line failed');
  assert.deepEqual(readdirSync(folder), ['corpus.sqlite']);
  const check = new Sqlite(file, { readonly: true });
  assert.equal(check.pragma('journal_mode', { simple: true }), 'delete');
  check.close();
  // Read-only for real: as root, the CLI runs as nobody (root ignores permissions).
  const bin = path.resolve(import.meta.dirname, '..', 'bin', 'slant.js');
  if (!existsSync(path.resolve(import.meta.dirname, '..', 'dist', 'cli', 'main.js')) || process.getuid === undefined) return;
  const root = process.getuid() === 0;
  chmodSync(dir, 0o755);
  chmodSync(file, 0o444);
  chmodSync(folder, 0o555);
  try {
    const run = spawnSync(process.execPath, [bin, 'stats', '--db', file, '--format', 'json'], { encoding: 'utf8', ...(root ? { uid: 65534, gid: 65534 } : {}) });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual((JSON.parse(run.stdout) as { groups: { articles: number }[] }).groups.map((g) => g.articles), [2]);
    const ingest = spawnSync(process.execPath, [bin, 'ingest', '--db', file, '--fast', corpus], { encoding: 'utf8', ...(root ? { uid: 65534, gid: 65534 } : {}) });
    assert.equal(ingest.status, 1);
    assert.match(ingest.stderr, /corpus\.sqlite: cannot open the corpus \(attempt to write a readonly database\)/);
    // reanalyze writes: it says so at once, before any analysis.
    const reanalyze = spawnSync(process.execPath, [bin, 'reanalyze', '--db', file], { encoding: 'utf8', ...(root ? { uid: 65534, gid: 65534 } : {}) });
    assert.equal(reanalyze.status, 1);
    assert.match(reanalyze.stderr, /corpus\.sqlite: cannot be written here \(attempt to write a readonly database\)/);
  } finally {
    chmodSync(folder, 0o755);
    chmodSync(file, 0o644);
  }
});

test('ingest says when a record of a stored article brings another title or date, which are not taken', async () => {
  const file = path.join(dir, 'corrected.sqlite');
  const first = path.join(dir, 'first.jsonl');
  const fixed = path.join(dir, 'fixed.jsonl');
  const text = 'Harbour reopens\n\nThe harbour opened again on Monday.';
  writeFileSync(first, `${JSON.stringify({ id: 'h1', text, source: 'Coast News', published_at: '2024-05-02', title: 'Harbour reopens' })}\n`);
  writeFileSync(fixed, `${JSON.stringify({ id: 'h1', text, source: 'Coast News', published_at: '2024-05-03', title: 'Harbour reopens' })}\n`);
  assert.equal((await slant(['ingest', '--db', file, '--jobs', '1', '--fast', first])).code, 0);
  const again = await slant(['ingest', '--db', file, '--jobs', '1', '--fast', fixed]);
  assert.equal(again.code, 0);
  assert.match(again.stderr, /fixed\.jsonl:1: "h1" is already stored with another published_at: a stored article is skipped whole, so the stored one is kept/);
  assert.match(again.stderr, /1 already stored \(1 with another title or date, not taken\)/);
  const same = await slant(['ingest', '--db', file, '--jobs', '1', '--fast', first]);
  assert.doesNotMatch(same.stderr, /another published_at|not taken/);
});
