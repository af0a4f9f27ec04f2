/** `slant segment` end to end, in-process, on small texts written by this test. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(repoRoot, '../shared/data/semeval2023');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `slant <argv>` in this process with `stdin` as standard input. */
async function slant(argv: string[], stdin = ''): Promise<Run> {
  const streams = [new PassThrough(), new PassThrough()] as const;
  const chunks: [Buffer[], Buffer[]] = [[], []];
  streams.forEach((s, i) => s.on('data', (c: Buffer) => chunks[i].push(c)));
  const code = await main(argv, {
    stdout: streams[0],
    stderr: streams[1],
    stdin: Readable.from([Buffer.from(stdin)]),
    color: false,
    interactive: false,
  });
  await new Promise((r) => setImmediate(r));
  const [stdout, stderr] = chunks.map((c) => Buffer.concat(c).toString('utf8')) as [string, string];
  return { code, stdout, stderr };
}

let dir = '';
const file = (name: string): string => path.join(dir, name);

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slant-segment-'));
  writeFileSync(file('article901.txt'), '\uFEFFA council vote\r\n\r\nMr. Smith said no. Critics  \r\nLast line');
  writeFileSync(file('article902.txt'), 'Der Stadtrat hat am Dienstag beschlossen, das Busnetz auszubauen.\n');
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('segment cli: one input prints one JSON document', async () => {
  const run = await slant(['segment', '--lang', 'en', file('article901.txt')]);
  const doc = JSON.parse(run.stdout) as { article: { id: string }; paragraphs: { n: number }[] };
  assert.deepEqual([run.code, doc.article.id, doc.paragraphs.map((p) => p.n)], [0, '901', [1, 3, 4]]);
});

test('segment cli: several inputs print a JSON array', async () => {
  const run = await slant(['segment', file('article901.txt'), file('article902.txt')]);
  assert.equal((JSON.parse(run.stdout) as unknown[]).length, 2);
});

test('segment cli: jsonl prints one document per line', async () => {
  const run = await slant(['segment', '--format', 'jsonl', file('article901.txt'), file('article902.txt')]);
  assert.deepEqual(run.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { article: { id: string } }).article.id), ['901', '902']);
});

test('segment cli: template rows keep CRLF, BOM and trailing spaces, and join articles with a newline', async () => {
  const run = await slant(['segment', '--format', 'template', file('article901.txt'), file('article902.txt')]);
  assert.equal(
    run.stdout,
    '901\t1\t\uFEFFA council vote\r\n901\t3\tMr. Smith said no. Critics  \r\n901\t4\tLast line\n' +
      '902\t1\tDer Stadtrat hat am Dienstag beschlossen, das Busnetz auszubauen.\n',
  );
});

test('segment cli: a folder of article<ID>.txt files is read', async () => {
  const run = await slant(['segment', '--format', 'jsonl', dir]);
  assert.equal(run.stdout.trimEnd().split('\n').length, 2);
});

test('segment cli: --lang ge is German, given', async () => {
  const run = await slant(['segment', '--lang', 'ge', file('article902.txt')]);
  assert.deepEqual((JSON.parse(run.stdout) as { lang: unknown }).lang, { code: 'de', confidence: 1, source: 'given' });
});

test('segment cli: the language is detected without --lang', async () => {
  const run = await slant(['segment', file('article902.txt')]);
  assert.equal((JSON.parse(run.stdout) as { lang: { code: string } }).lang.code, 'de');
});

test('segment cli: stdin is read with -', async () => {
  const run = await slant(['segment', '--format', 'template', '--lang', 'en', '-'], 'One.\n\nTwo.\n');
  assert.match(run.stdout, /\t1\tOne\.\n.*\t3\tTwo\.\n$/s);
});

test('segment cli: a missing input fails with one line and exit 1; the others are printed', async () => {
  const run = await slant(['segment', '--format', 'jsonl', file('missing.txt'), file('article902.txt')]);
  assert.deepEqual([run.code, run.stderr.trimEnd().split('\n').length, run.stdout.trimEnd().split('\n').length], [1, 1, 1]);
});

test('segment cli: an unknown format is a usage error (exit 2)', async () => {
  assert.equal((await slant(['segment', '--format', 'xml', file('article902.txt')])).code, 2);
});

test('segment cli: a malformed --lang is a usage error (exit 2)', async () => {
  assert.equal((await slant(['segment', '--lang', 'x1', file('article902.txt')])).code, 2);
});

test('segment cli: --help lists the formats', async () => {
  const run = await slant(['segment', '--help']);
  assert.deepEqual([run.code, /template/.test(run.stdout)], [0, true]);
});

test(
  'segment cli: files in name order reproduce every combined test template',
  { skip: !existsSync(DATA) && `shared data absent: ${DATA}` },
  async () => {
    const langs = readdirSync(DATA).filter((d) => existsSync(path.join(DATA, d, 'test-labels-subtask-3.template')));
    for (const lang of langs) {
      const folder = path.join(DATA, lang, 'test-articles-subtask-3');
      const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(folder, f));
      const run = await slant(['segment', '--format', 'template', ...files]);
      assert.equal(run.stdout, readFileSync(path.join(DATA, lang, 'test-labels-subtask-3.template'), 'utf8'), lang);
    }
    console.log(`combined test templates reproduced through the CLI: ${langs.join(' ')}`);
  },
);
