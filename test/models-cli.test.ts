/** `slant models` end to end, in-process, on the shipped model folder. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { figureText } from '../src/cli/models.js';
import { SUPPORTED_LANGUAGES } from '../src/pipeline/run-models.js';
import { cvFigureFor, shippedModels } from '../src/models/shipped-models.js';
import { TECHNIQUES_ABSENT_IN_ENGLISH } from '../src/labels.js';

async function slant(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: Buffer[] = [];
  const errors: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  err.on('data', (c: Buffer) => errors.push(c));
  const code = await main(argv, { stdout: out, stderr: err, stdin: Readable.from([]), color: false, interactive: false });
  await new Promise((r) => setImmediate(r));
  return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr: Buffer.concat(errors).toString('utf8') };
}

test('slant models: a row per language with the served file and its figure for that language', async () => {
  const { code, stdout } = await slant(['models']);
  assert.equal(code, 0);
  const rows = stdout.split('\n');
  assert.match(rows[0] ?? '', /^lang\s+techniques \(micro-F1\)/);
  const shipped = shippedModels(SUPPORTED_LANGUAGES);
  for (const lang of SUPPORTED_LANGUAGES) {
    const row = rows.find((r) => r.startsWith(`${lang} `)) ?? '';
    const file = shipped.serving[lang]?.techniques as string;
    const figure = cvFigureFor(shipped.files.find((f) => f.file === file)!, lang);
    assert.ok(figure !== null && figure.value > 0 && figure.value < 1);
    assert.ok(row.includes(`${figureText(figure.value)} ${file.split('/')[1]}`), row);
  }
  // Any other language: the pooled files, no tagger and no sentence model.
  assert.match(rows.find((r) => r.startsWith('und ')) ?? '', /^und\s+– techniques\.slm\s+none\s+none\s+– frames\.slm\s+– genre\.slm$/);
  // Then the fast set: its own table, each language with the fast files that serve it.
  const fast = rows.slice(rows.indexOf('analyze --fast (models/fast/):'));
  assert.match(fast[1] ?? '', /^lang\s+techniques \(micro-F1\)\s+frames \(micro-F1\)\s+genre \(macro-F1\)$/);
  for (const lang of SUPPORTED_LANGUAGES) {
    const row = fast.find((r) => r.startsWith(`${lang} `)) ?? '';
    const frames = shipped.fast.serving[lang]?.frames as string;
    assert.ok(row.includes(frames.split('/')[1] as string), row);
    assert.match(row, /^\S+\s+0\.\d{3,4} techniques\.slm/);
  }
});

test('slant models --json: every file and the serving map, as GET /models lists them', async () => {
  const { code, stdout } = await slant(['models', '--json']);
  assert.equal(code, 0);
  const body = JSON.parse(stdout) as { files: { file: string }[]; serving: Record<string, Record<string, string | null>> };
  assert.deepEqual(Object.keys(body.serving), [...SUPPORTED_LANGUAGES, 'und']);
  assert.ok(body.files.some((f) => f.file === 'genre/genre.slm'));
});

test('slant models: a decision that reads a word-vector lexicon names it beside its file, for its language only', async () => {
  const shipped = shippedModels(SUPPORTED_LANGUAGES);
  const withVectors = shipped.files.filter((f) => f.vectorLexicons !== undefined);
  if (withVectors.length === 0) return;
  const { stdout } = await slant(['models']);
  const rows = stdout.split('\n');
  for (const f of withVectors) {
    for (const [lang, lexicon] of Object.entries(f.vectorLexicons ?? {})) {
      assert.match(lexicon, /^lexicon\/[\w.-]+$/);
      const name = lexicon.split('/')[1] as string;
      const row = rows.find((r) => r.startsWith(`${lang} `)) ?? '';
      if (shipped.serving[lang]?.frames === f.file) assert.ok(row.includes(`${f.file.split('/')[1]} + ${name}`), row);
      for (const other of SUPPORTED_LANGUAGES.filter((l) => !(l in (f.vectorLexicons ?? {})))) assert.ok(!(rows.find((r) => r.startsWith(`${other} `)) ?? '').includes(name));
    }
  }
  assert.ok(rows.some((r) => r.startsWith('a + b.bin: ')));
});

test('slant models: the techniques English files never find are named, with the files', async () => {
  const { stdout } = await slant(['models']);
  const line = stdout.split('\n').find((r) => r.startsWith('en: ')) ?? '';
  assert.match(line, /^en: techniques-en\.slm and fast techniques\.slm never find .* \(no en training example of them\)\.$/);
  for (const t of TECHNIQUES_ABSENT_IN_ENGLISH) assert.ok(line.includes(t), t);
  // Other languages have examples of every technique: no such line.
  assert.ok(!stdout.split('\n').some((r) => /^(fr|de|it|pl|ru): .* never find /.test(r)));
  const json = JSON.parse((await slant(['models', '--json'])).stdout) as { files: { file: string; unsupported?: Record<string, string[]> }[] };
  assert.deepEqual([...(json.files.find((f) => f.file === 'techniques/techniques-en.slm')?.unsupported?.['en'] ?? [])].sort(), [...TECHNIQUES_ABSENT_IN_ENGLISH].sort());
});

test('--models must name a models folder (usage error otherwise)', async () => {
  const missing = await slant(['--models', '/nonexistent/models', 'models']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--models \/nonexistent\/models: no such folder/);
  assert.equal((await slant(['models', '--models', '/nonexistent/models'])).code, 2);
  // The environment variable is checked as the flag is (it listed every file as missing, exit 0).
  const before = process.env['SLANT_MODELS'];
  process.env['SLANT_MODELS'] = '/nonexistent/models';
  try {
    assert.equal((await slant(['models'])).code, 2);
  } finally {
    if (before === undefined) delete process.env['SLANT_MODELS'];
    else process.env['SLANT_MODELS'] = before;
  }
});

test('figures read to three decimals, or four where three would round off half a thousandth', () => {
  assert.equal(figureText(0.42704), '0.427');
  assert.equal(figureText(0.41349), '0.4135');
  assert.equal(figureText(0.42051), '0.4205');
  assert.equal(figureText(0.48841), '0.488');
  assert.equal(figureText(0.36), '0.360');
});
