/**
 * `slant analyze` as a batch, in-process: worker threads started on the .ts sources under tsx,
 * output in input order, failures reported and skipped (or --fail-fast), --out DIR with an index,
 * globs, and the same output with one job as with two. The compiled CLI (dist) runs its workers
 * from dist; that test skips when the package is not built.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, runCli } from './eval-helpers.js';

let dir = '';
const file = (name: string): string => path.join(dir, name);
const ids = (stdout: string): string[] => stdout.trim().split('\n').map((l) => (JSON.parse(l) as { article: { id: string } }).article.id);

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slant-batch-'));
  for (let i = 1; i <= 6; i++) writeFileSync(file(`note-${i}.txt`), `Note ${i}\n\nThe council met on day ${i} and talked about the bypass.\n`);
  const lines = ['{"id": "j1", "text": "First record.\\n\\nIt has two paragraphs."}', '{"id": "j2"}', '{"id": "j3", "text": "Third record."}'];
  writeFileSync(file('corpus.jsonl'), `${lines.join('\n')}\n`);
});

after(() => rmSync(dir, { recursive: true, force: true }));

const inputs = (): string[] => [file('note-1.txt'), file('corpus.jsonl'), file('missing.txt'), file('note-2.txt'), path.join(dir, 'note-[3-6].txt')];
const expected = ['note-1', 'j1', 'j3', 'note-2', 'note-3', 'note-4', 'note-5', 'note-6'];

test('batch: two workers keep input order; bad inputs are reported and skipped', async () => {
  const run = await runCli(['analyze', '--format', 'jsonl', '--jobs', '2', ...inputs()]);
  assert.equal(run.code, 1);
  assert.deepEqual(ids(run.stdout), expected);
  assert.match(run.stderr, /corpus\.jsonl:2: .*text/);
  assert.match(run.stderr, /missing\.txt: no such file/);
  assert.match(run.stderr, /slant analyze: 8 articles, \d+ paragraphs in [\d.]+ s .*; 2 failed/);
});

test('batch: one job (in-process) prints exactly what two workers print', async () => {
  const one = await runCli(['analyze', '--format', 'md', '--jobs', '1', ...inputs()]);
  const two = await runCli(['analyze', '--format', 'md', '--jobs', '2', ...inputs()]);
  assert.equal(one.stdout, two.stdout);
  assert.equal(one.code, two.code);
});

test('batch: --fail-fast stops at the first failure, after the articles before it', async () => {
  const run = await runCli(['analyze', '--format', 'jsonl', '--jobs', '2', '--fail-fast', ...inputs()]);
  assert.equal(run.code, 1);
  assert.deepEqual(ids(run.stdout), ['note-1', 'j1']);
  assert.match(run.stderr, /stopped at the first failure/);
});

test('batch: json prints an array for several articles', async () => {
  const run = await runCli(['analyze', '--jobs', '2', file('note-1.txt'), file('note-2.txt')]);
  const parsed = JSON.parse(run.stdout) as { article: { id: string } }[];
  assert.deepEqual(parsed.map((a) => a.article.id), ['note-1', 'note-2']);
});

test('batch: --out DIR writes one html report per article and an index', async () => {
  const out = file('reports');
  const run = await runCli(['analyze', '--format', 'html', '--jobs', '2', '--out', out, path.join(dir, 'note-*.txt'), file('corpus.jsonl')]);
  assert.equal(run.code, 1);
  const files = readdirSync(out).sort();
  assert.deepEqual(files, ['index.html', 'j1.html', 'j3.html', ...[1, 2, 3, 4, 5, 6].map((i) => `note-${i}.html`)].sort());
  const index = readFileSync(path.join(out, 'index.html'), 'utf8');
  assert.ok(index.indexOf('href="note-1.html"') < index.indexOf('href="j1.html"'));
});

test('batch: --out never names the folder of its input articles (the reports would replace them)', async () => {
  const before = readFileSync(file('note-1.txt'), 'utf8');
  for (const input of [file('note-1.txt'), dir, path.join(dir, 'note-*.txt')]) {
    const run = await runCli(['analyze', '--format', 'table', '--out', dir, input]);
    assert.equal(run.code, 2, input);
    assert.match(run.stderr, /holds the articles read from .*choose another folder/);
  }
  assert.equal(readFileSync(file('note-1.txt'), 'utf8'), before);
  // A JSONL corpus beside the reports is no risk: no report is named .jsonl.
  const beside = await runCli(['analyze', '--format', 'md', '--out', dir, file('corpus.jsonl')]);
  assert.equal(beside.code, 1, 'j2 has no text');
  assert.ok(existsSync(file('j1.md')));
});

test('batch: semeval rows need the techniques; --out leaves stdout empty; --all-scores outside json says where the scores go', async () => {
  const semeval = await runCli(['analyze', '--format', 'semeval', '--tasks', 'genre', file('note-1.txt')]);
  assert.equal(semeval.code, 2);
  assert.match(semeval.stderr, /add techniques to --tasks/);
  const json = await runCli(['analyze', '--format', 'json', '--tasks', 'genre', '--out', file('json-reports'), file('note-1.txt')]);
  assert.equal(json.code, 0);
  assert.equal(json.stdout, '');
  assert.ok(existsSync(path.join(file('json-reports'), 'note-1.json')));
  const table = await runCli(['analyze', '--format', 'table', '--all-scores', '--tasks', 'genre', file('note-1.txt')]);
  assert.match(table.stderr, /--all-scores adds every label's score to json and jsonl output/);
});

test('batch: -o with a file name (out.json) is refused before any work, as predict -o takes a file but analyze -o a folder', async () => {
  const run = await runCli(['analyze', '-o', file('out.json'), file('note-1.txt')]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--out .*out\.json names a folder for one report per article, and this one reads as a file: write one file with > /);
  assert.equal(existsSync(file('out.json')), false);
});

test('batch: --out makes missing folders level by level, and names a file in the way', async () => {
  const deep = path.join(dir, 'deep', 'er');
  const made = await runCli(['analyze', '--format', 'md', '--tasks', 'genre', '--out', deep, file('note-1.txt')]);
  assert.equal(made.code, 0);
  assert.ok(existsSync(path.join(deep, 'note-1.md')));
  const blocked = await runCli(['analyze', '--format', 'md', '--tasks', 'genre', '--out', file('note-2.txt'), file('note-1.txt')]);
  assert.equal(blocked.code, 1);
  assert.match(blocked.stderr, /note-2\.txt: cannot create the output folder \(a file has that name\)/);
});

test('batch: html without --out refuses several inputs (usage error)', async () => {
  const run = await runCli(['analyze', '--format', 'html', file('note-1.txt'), file('note-2.txt')]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--out DIR/);
});

test('batch: a pattern matching nothing is reported', async () => {
  const run = await runCli(['analyze', '--format', 'jsonl', path.join(dir, 'nothing-*.txt')]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /no file matches this pattern/);
});

test('batch: --tasks and --min-score shape the result', async () => {
  const run = await runCli(['analyze', '--format', 'jsonl', '--tasks', 'techniques', '--min-score', '0.5', file('note-1.txt')]);
  const a = JSON.parse(run.stdout) as Record<string, unknown>;
  assert.equal('genre' in a || 'frames' in a || 'spans' in a, false);
  assert.ok((a['paragraphs'] as Record<string, unknown>[]).every((p) => Array.isArray(p['techniques'])));
  const bad = await runCli(['analyze', '--threshold', 'Nonsense=0.2', file('note-1.txt')]);
  assert.equal(bad.code, 2);
});

test('batch: --tasks without techniques leaves them out of the json and says "not analysed" in table, md and the html index', async () => {
  const json = await runCli(['analyze', '--format', 'jsonl', '--tasks', 'genre', file('note-1.txt')]);
  const a = JSON.parse(json.stdout) as { genre?: unknown; paragraphs: Record<string, unknown>[] };
  assert.ok(a.genre !== undefined);
  assert.ok(a.paragraphs.length > 0 && a.paragraphs.every((p) => !('techniques' in p)));
  const table = await runCli(['analyze', '--format', 'table', '--tasks', 'genre', file('note-1.txt')]);
  assert.match(table.stdout, /^Techniques not analysed$/m);
  const md = await runCli(['analyze', '--format', 'md', '--tasks', 'genre', file('note-1.txt')]);
  assert.match(md.stdout, /^- \*\*Techniques:\*\* not analysed$/m);
  const html = await runCli(['analyze', '--format', 'html', '--tasks', 'genre', '--out', file('genre-reports'), file('note-1.txt')]);
  assert.equal(html.code, 0);
  assert.match(readFileSync(path.join(file('genre-reports'), 'note-1.html'), 'utf8'), /<h2>Techniques<\/h2><p class="slant-none">Not analysed\.<\/p>/);
  assert.match(readFileSync(path.join(file('genre-reports'), 'index.html'), 'utf8'), /<td class="num">not analysed<\/td>/);
});

const BIN = path.join(repoRoot, 'bin/slant.js');
const built = existsSync(path.join(repoRoot, 'dist/batch/worker.js'));

test('batch from dist: the compiled CLI runs its workers from dist', { skip: !built && 'package not built: npm run build' }, () => {
  const run = spawnSync(process.execPath, [BIN, 'analyze', '--format', 'jsonl', '--jobs', '2', ...inputs()], { encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  assert.deepEqual(ids(run.stdout), expected);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) test(`${signal === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM'} stops reading, writes the articles in flight and closes the json array (exit 130)`, async () => {
  const { main } = await import('../src/cli/main.js');
  const { PassThrough, Readable } = await import('node:stream');
  // Standard input that sends 30 records of our own (past the 1 KB read to tell its kind), then
  // Ctrl-C, then never ends by itself.
  async function* corpus(): AsyncGenerator<string> {
    for (let i = 1; i <= 30; i++) yield `${JSON.stringify({ id: `n${i}`, text: `Harbour news ${i}\n\nThe ferry board met on Tuesday and approved the timetable for spring.` })}\n`;
    process.emit(signal);
    for (let i = 9; ; i++) {
      await new Promise((r) => setTimeout(r, 5));
      yield `${JSON.stringify({ id: `n${i}`, text: `Harbour news ${i}\n\nThe ferry board met again.` })}\n`;
    }
  }
  const listeners = [...process.listeners('SIGINT'), ...process.listeners('SIGTERM')];
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  err.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const code = await main(['analyze', '-', '--fast', '-f', 'json', '--jobs', '1', '--no-progress'], { stdout: out, stderr: err, stdin: Readable.from(corpus()), color: false, interactive: false });
  await new Promise((r) => setImmediate(r));
  assert.equal(code, 130);
  const ids = (JSON.parse(stdout) as { article: { id: string } }[]).map((a) => a.article.id);
  assert.ok(ids.length >= 2 && ids.length < 100, `${ids.length} articles`);
  assert.deepEqual(ids, ids.map((_, i) => `n${i + 1}`));
  assert.match(stderr, signal === 'SIGINT' ? /stopping after the articles in flight \(Ctrl-C again to quit now\)/ : /stopping after the articles in flight \(SIGTERM again, or Ctrl-C, to quit now\)/);
  assert.match(stderr, /interrupted; the output holds the articles counted above/);
  // The second Ctrl-C's handler (quit now) is left by the run; this process keeps only its own.
  for (const name of ['SIGINT', 'SIGTERM'] as const) for (const l of process.listeners(name)) if (!listeners.includes(l)) process.removeListener(name, l);
});
