/** End-to-end: JSONL corpora through readInputs; bad lines are named and skipped. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs, type InputResult, type ReadOptions } from '../src/ingest/index.js';

const CORPUS = fileURLToPath(new URL('./fixtures/ingest/corpus.jsonl', import.meta.url));

async function readAll(inputs: string[], options: ReadOptions = {}): Promise<InputResult[]> {
  const results: InputResult[] = [];
  for await (const result of readInputs(inputs, options)) results.push(result);
  return results;
}

test('good lines become articles, bad lines errors with file and line, in order', async () => {
  const lines = (await readAll([CORPUS])).map((r) => ('error' in r ? r.error.toString() : `ok ${r.article.id}`));
  assert.deepEqual(lines, [
    'ok a1',
    'ok 2',
    `${CORPUS}:3: invalid JSON (Unterminated string in JSON at position 30)`,
    `${CORPUS}:4: missing \`id\``,
    `${CORPUS}:5: has neither \`text\` nor \`html\``,
    `${CORPUS}:6: \`text\` must be a string`,
    `${CORPUS}:8: duplicate id "a1" (first on line 1)`,
    `${CORPUS}:9: is not a JSON object`,
    `${CORPUS}:10: \`title\` must be a string`,
    'ok a11',
  ]);
});

test('record fields go to the article; text is kept as given', async () => {
  const [first, second] = await readAll([CORPUS]);
  assert.ok(first && 'article' in first && second && 'article' in second);
  assert.deepEqual(first.article, {
    id: 'a1',
    text: 'First line of the first article.\n\nSecond paragraph.',
    title: 'One',
    source: { format: 'jsonl', path: CORPUS, line: 1, url: 'https://example.org/1', outlet: 'Example Daily', publishedAt: '2024-01-02' },
  });
  assert.equal(second.article.title, 'Two');
  assert.equal(second.article.text, 'Two\n\nA paragraph from an HTML record that is long enough to be kept as the main text of the page.\n\nAnd a second paragraph.');
});

test('invalid UTF-8, over-long lines, a BOM and CRLF endings', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slant-jsonl-'));
  try {
    const path = join(dir, 'c.jsonl');
    writeFileSync(path, Buffer.concat([
      Buffer.from('\uFEFF{"id":"a","text":"A\\r\\nB"}\r\n'),
      Buffer.from('{"id":"b","text":"'), Buffer.from([0xe9]), Buffer.from('"}\n'),
      Buffer.from(`{"id":"c","text":"${'x'.repeat(2000)}"}\n`),
      Buffer.from('{"id":"d","text":"D"}'),
    ]));
    const lines = (await readAll([path], { maxBytes: 1024 })).map((r) => ('error' in r ? r.error.toString() : `ok ${r.article.id} ${JSON.stringify(r.article.text)}`));
    assert.deepEqual(lines, [
      'ok a "A\\r\\nB"',
      `${path}:2: not valid UTF-8 (byte offset 18)`,
      `${path}:3: line is over the limit of 1 KB`,
      'ok d "D"',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an empty or binary corpus is one error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slant-jsonl-'));
  try {
    writeFileSync(join(dir, 'empty.jsonl'), '\n\n');
    writeFileSync(join(dir, 'bin.jsonl'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
    const lines = (await readAll([join(dir, 'empty.jsonl'), join(dir, 'bin.jsonl'), join(dir, 'none.jsonl')])).map((r) => ('error' in r ? r.error.toString() : 'ok'));
    assert.deepEqual(lines, [
      `${join(dir, 'empty.jsonl')}: is empty`,
      `${join(dir, 'bin.jsonl')}: looks like a binary file`,
      `${join(dir, 'none.jsonl')}: no such file`,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('.ndjson is read as JSONL, alone and in a folder; a .json file or a JSON array on stdin is refused with the way to convert it', async () => {
  const { Readable } = await import('node:stream');
  const dir = mkdtempSync(join(tmpdir(), 'slant-ndjson-'));
  try {
    writeFileSync(join(dir, 'news.ndjson'), `${JSON.stringify({ id: 'n1', text: 'The harbour opened again.' })}\n${JSON.stringify({ id: 'n2', text: 'The bridge closed.' })}\n`);
    writeFileSync(join(dir, 'array.json'), JSON.stringify([{ id: 'a', text: 'x' }]));
    const ids = (results: InputResult[]): string[] => results.map((r) => ('error' in r ? r.error.toString() : r.article.id));
    assert.deepEqual(ids(await readAll([join(dir, 'news.ndjson')])), ['n1', 'n2']);
    assert.deepEqual(ids(await readAll([dir])), ['n1', 'n2']);
    assert.deepEqual(ids(await readAll([join(dir, 'array.json')])), [`${join(dir, 'array.json')}: is a .json file: slant reads a corpus as JSONL, one article object per line (.jsonl or .ndjson); from a JSON array, jq -c '.[]' gives that`]);
    const stdin = await readAll(['-'], { stdin: Readable.from([Buffer.from('[\n  {"id": "a", "text": "x"}\n]\n')]) });
    assert.match(ids(stdin)[0] ?? '', /^-: is a JSON array: slant reads a corpus as JSONL/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
