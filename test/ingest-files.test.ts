/** End-to-end: readInputs over files, folders and stdin, good and bad, in one batch. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { readArticleFolder, readInputs, type InputResult, type ReadOptions } from '../src/ingest/index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/ingest/', import.meta.url));
let dir = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'slant-ingest-'));
  writeFileSync(join(dir, 'good.txt'), '\uFEFFTitle line\r\n\r\nA paragraph.\r\n');
  writeFileSync(join(dir, 'invalid.txt'), Buffer.concat([Buffer.from('abc'), Buffer.from([0xc3, 0x28])]));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\n\t\n');
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(3 * 1024 * 1024));
  writeFileSync(join(dir, 'latin1.html'), Buffer.from('<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><p>Un caf\xe9 cr\xe8me.</p></body></html>', 'latin1'));
  mkdirSync(join(dir, 'nothing'));
  writeFileSync(join(dir, 'nothing', 'notes.md'), 'not an article');
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(inputs: string[], options: ReadOptions = {}): Promise<InputResult[]> {
  const results: InputResult[] = [];
  for await (const result of readInputs(inputs, options)) results.push(result);
  return results;
}

/** One line per result: `ok <id>` or the error line. */
async function summary(inputs: string[], options: ReadOptions = {}): Promise<string[]> {
  return (await readAll(inputs, options)).map((r) => ('error' in r ? r.error.toString() : `ok ${r.article.id}`));
}

test('a text file is read untouched, BOM and CRLF kept', async () => {
  const [result] = await readAll([join(dir, 'good.txt')]);
  assert.ok(result && 'article' in result);
  assert.equal(result.article.id, 'good');
  assert.equal(result.article.text, '\uFEFFTitle line\r\n\r\nA paragraph.\r\n');
  assert.deepEqual(result.article.source, { format: 'text', path: join(dir, 'good.txt') });
});

test('every bad input gives one line and the batch goes on', async () => {
  const p = (name: string): string => join(dir, name);
  const lines = await summary([p('missing.txt'), p('empty.txt'), p('good.txt'), p('blank.txt'), p('binary.txt'), p('invalid.txt'), p('nothing'), p('big.txt')], { maxBytes: 2 * 1024 * 1024 });
  assert.deepEqual(lines, [
    `${p('missing.txt')}: no such file`,
    `${p('empty.txt')}: is empty`,
    'ok good',
    `${p('blank.txt')}: is empty (only white space)`,
    `${p('binary.txt')}: looks like a binary file`,
    `${p('invalid.txt')}: not valid UTF-8 (byte offset 3)`,
    `${p('nothing')}: no articles found (no article<ID>.txt, .txt, .html, .htm, .jsonl or .ndjson file)`,
    `${p('big.txt')}: is 3 MB, over the limit of 2 MB`,
  ]);
});

test('an unreadable file is named', { skip: process.getuid?.() === 0 && 'running as root: permissions are not enforced' }, async () => {
  const path = join(dir, 'secret.txt');
  writeFileSync(path, 'x');
  chmodSync(path, 0o000);
  assert.deepEqual(await summary([path]), [`${path}: cannot be read (permission denied)`]);
});

test('a SemEval folder is read by numeric ID with its language', async () => {
  const folder = join(FIXTURES, 'semeval/it/train-articles-subtask-3');
  const results = await readAll([folder]);
  const articles = results.map((r) => ('article' in r ? r.article : assert.fail(String(r.error))));
  assert.deepEqual(articles.map((a) => [a.id, a.lang, a.source?.format]), [['2', 'it', 'semeval'], ['10', 'it', 'semeval']]);
  assert.equal(articles[0]!.text, 'Primo articolo.\r\n\r\nCon CRLF.\r\n');
});

test('SemEval folder codes ge and po are normalised', async () => {
  const [article] = await readArticleFolder(join(FIXTURES, 'semeval/ge/train-articles-subtask-3'));
  assert.equal(article?.lang, 'de');
});

test('a SemEval folder read for training or prediction without article<ID>.txt files says what it expected, empty or not', async () => {
  for (const folder of [join(dir, 'nothing'), join(FIXTURES, 'mixed')]) {
    await assert.rejects(readArticleFolder(folder), (e: Error) => String(e) === `${folder}: no articles found (expected article<ID>.txt files)`);
  }
});

test('another folder gives its .txt/.html/.htm/.jsonl files by name', async () => {
  assert.deepEqual(await summary([join(FIXTURES, 'mixed')]), ['ok a-page', 'ok b-story']);
});

test('a folder above the articles folder is not read recursively', async () => {
  assert.deepEqual(await summary([join(FIXTURES, 'semeval')]), [`${join(FIXTURES, 'semeval')}: no articles found (no article<ID>.txt, .txt, .html, .htm, .jsonl or .ndjson file)`]);
});

test('stdin is read as article "stdin"', async () => {
  const stdin = Readable.from([Buffer.from('Line one\r\n'), Buffer.from('Line two\n')]);
  const [result] = await readAll(['-'], { stdin });
  assert.ok(result && 'article' in result);
  assert.deepEqual(result.article, { id: 'stdin', text: 'Line one\r\nLine two\n', source: { format: 'stdin' } });
});

test('bad stdin is named "-"', async () => {
  assert.deepEqual(await summary(['-'], { stdin: Readable.from([Buffer.from([0x66, 0xff])]) }), ['-: not valid UTF-8 (byte offset 1)']);
  assert.deepEqual(await summary(['-'], { stdin: Readable.from([]) }), ['-: is empty']);
  assert.deepEqual(await summary(['-'], { stdin: Readable.from([Buffer.alloc(2048, 0x61)]), maxBytes: 1024 }), ['-: is over the limit of 1 KB']);
});

test('stdin holding a JSONL corpus is read record by record, a bad line named "-" and its number', async () => {
  const lines = ['{"id":"s1","text":"First."}', '{bad', '', '{"id":"s2","text":"Second."}'].join('\n');
  // Split across chunks inside the first line, as a pipe may deliver it.
  const stdin = Readable.from([Buffer.from(` \n${lines.slice(0, 7)}`), Buffer.from(`${lines.slice(7)}\n`)]);
  const results = await readAll(['-'], { stdin });
  assert.deepEqual(results.map((r) => ('article' in r ? r.article.id : r.error.toString())), ['s1', '-:3: invalid JSON (Expected property name or \'}\' in JSON at position 1)', 's2']);
});

test('stdin holding an HTML page is extracted like an .html file', async () => {
  const page = '<!doctype html><html><head><title>Road plan</title></head><body><nav>Home | News</nav><article><p>The council met on Tuesday.</p><p>Critics called the plan a disaster.</p></article></body></html>';
  const [result] = await readAll(['-'], { stdin: Readable.from([Buffer.from(page)]) });
  assert.ok(result && 'article' in result);
  assert.equal(result.article.title, 'Road plan');
  assert.ok(!result.article.text.includes('Home'));
  assert.ok(!result.article.text.includes('<p>'));
  assert.match(result.article.text, /The council met on Tuesday\.\n\nCritics called the plan a disaster\./);
});

test('an HTML file is extracted, its charset honoured', async () => {
  const [result] = await readAll([join(dir, 'latin1.html')]);
  assert.ok(result && 'article' in result);
  assert.equal(result.article.title, 'Café');
  assert.equal(result.article.text, 'Café\n\nUn café crème.');
  assert.equal(result.article.source?.format, 'html');
});

test('the boilerplate fixture keeps only the story', async () => {
  const [result] = await readAll([join(FIXTURES, 'page-with-boilerplate.html')]);
  assert.ok(result && 'article' in result);
  const { article } = result;
  assert.equal(article.id, 'page-with-boilerplate');
  assert.equal(article.title, 'Town Council Votes to Repair the Old Bridge');
  assert.deepEqual(article.source, {
    format: 'html',
    path: join(FIXTURES, 'page-with-boilerplate.html'),
    canonicalUrl: 'https://gazette.example/news/old-bridge',
    outlet: 'Riverside Gazette',
    byline: 'Maria Keller',
    publishedAt: '2024-03-05T08:30:00Z',
  });
  // The headline and the five story paragraphs.
  assert.equal(article.text.split('\n\n').length, 6 + 1);
  assert.ok(article.text.startsWith('Town Council Votes to Repair the Old Bridge\n\n'));
});

test('stdin opening with a brace that is not a record is one article', async () => {
  const [result] = await readAll(['-'], { stdin: Readable.from([Buffer.from('{Editorial} The planners are wrong.\n\nShame on them.\n')]) });
  assert.ok(result && 'article' in result);
  assert.equal(result.article.id, 'stdin');
});
