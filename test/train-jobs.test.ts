import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runTrainTechniques } from '../src/train/run-train-techniques.js';
import { runTrainSpans } from '../src/train/run-train-spans.js';
import { SPAN_TRAIN_DEFAULTS } from '../src/train/spans-defaults.js';
import { isInputError, isModelError } from '../src/errors.js';
import { loadTechniqueModel, sentenceModelFor } from '../src/models/model-registry.js';
import { readModelHeader, sha256 } from '../src/models/model-file.js';
import { runTrainArticleTask } from '../src/train/genre-frames-run.js';

/**
 * A tiny SemEval layout in two languages, written by the test: each article's odd paragraphs call
 * someone a name (a Loaded_Language span on the insult), the even ones report; the same articles
 * serve subtasks 1 (every third reporting) and 2 (Economic, and every other one Political too).
 */
function tinyCorpus(root: string): void {
  const insults = ['disgraceful', 'shameful', 'pathetic', 'outrageous', 'corrupt', 'spineless'];
  const places = ['harbour', 'library', 'bridge', 'market', 'station', 'school'];
  for (const folder of ['it', 'fr']) {
    const dir = path.join(root, folder);
    mkdirSync(path.join(dir, 'train-articles-subtask-3'), { recursive: true });
    mkdirSync(path.join(dir, 'train-labels-subtask-3-spans'), { recursive: true });
    const labels: string[] = [];
    const genres: string[] = [];
    const frames: string[] = [];
    for (let a = 0; a < 12; a++) {
      const id = `${folder === 'it' ? 7 : 8}000${a}`;
      const lines = [`Council news ${a}`];
      const spans: string[] = [];
      let text = `${lines[0]}\n\n`;
      labels.push(`${id}\t1\t`);
      for (let p = 0; p < 4; p++) {
        const insult = insults[(a + p) % insults.length] as string;
        const place = places[(a * 3 + p) % places.length] as string;
        const para = p % 2 === 0 ? `The ${insult} mayor and his ${insult} friends wrecked the ${place} again.` : `The council met on Tuesday to discuss the ${place} budget.`;
        if (p % 2 === 0) {
          for (const at of [para.indexOf(insult), para.lastIndexOf(insult)]) spans.push(`${id}\tLoaded_Language\t${text.length + at}\t${text.length + at + insult.length}`);
        }
        labels.push(`${id}\t${3 + 2 * p}\t${p % 2 === 0 ? 'Loaded_Language' : ''}`);
        text += `${para}\n\n`;
      }
      writeFileSync(path.join(dir, 'train-articles-subtask-3', `article${id}.txt`), text);
      for (const st of [1, 2]) {
        mkdirSync(path.join(dir, `train-articles-subtask-${st}`), { recursive: true });
        writeFileSync(path.join(dir, `train-articles-subtask-${st}`, `article${id}.txt`), text);
      }
      genres.push(`${id}\t${a % 3 === 0 ? 'reporting' : 'opinion'}`);
      frames.push(`${id}\t${a % 2 === 0 ? 'Political,Economic' : 'Economic'}`);
      writeFileSync(path.join(dir, 'train-labels-subtask-3-spans', `article${id}-labels-subtask-3.txt`), spans.map((s) => `${s}\n`).join(''));
    }
    writeFileSync(path.join(dir, 'train-labels-subtask-3.txt'), labels.map((l) => `${l}\n`).join(''));
    writeFileSync(path.join(dir, 'train-labels-subtask-1.txt'), genres.map((l) => `${l}\n`).join(''));
    writeFileSync(path.join(dir, 'train-labels-subtask-2.txt'), frames.map((l) => `${l}\n`).join(''));
  }
}

function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const sub of readdirSync(dir)) for (const f of readdirSync(path.join(dir, sub))) out.set(`${sub}/${f}`, readFileSync(path.join(dir, sub, f)));
  return out;
}

/** Runs `body` on a fresh folder holding the tiny corpus in `data/`, and removes the folder. */
async function withCorpus(body: (root: string) => Promise<void>): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'slant-train-jobs-'));
  try {
    tinyCorpus(path.join(root, 'data'));
    await body(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

interface Run {
  files: Map<string, Buffer>;
  log: string[];
}

/** `train` into `<root>/out1` with one thread and into `<root>/out2` with two workers. */
async function oneAndTwo(root: string, train: (data: string, out: string, jobs: number, log: (line: string) => void) => Promise<unknown>): Promise<{ one: Run; two: Run }> {
  const run = async (jobs: number): Promise<Run> => {
    const out = path.join(root, `out${jobs}`);
    const log: string[] = [];
    await train(path.join(root, 'data'), out, jobs, (line) => log.push(line));
    return { files: filesOf(out), log };
  };
  return { one: await run(1), two: await run(2) };
}

/** A log without timings and with the output folder's name made the same. */
const untimed = (log: string[]): string[] => log.map((l) => l.replace(/\(\d+ s\)|in \d+ s/g, '').replace(/out\d\//g, 'out/'));

test('train techniques on two worker threads writes the files one thread writes', { timeout: 180_000 }, () => withCorpus(async (root) => {
  const { one, two } = await oneAndTwo(root, (data, out, jobs, log) => runTrainTechniques({ data, langs: ['it', 'fr'], out, folds: 3, seed: 1, mode: 'all', innerFolds: 0, jobs }, log));
  assert.deepEqual([...two.files.keys()].sort(), [...one.files.keys()].sort());
  assert.ok(one.files.has('techniques/techniques.slm') && one.files.has('sentences/sentences-it.slm') && one.files.has('sentences/sentences.slm'));
  for (const [name, bytes] of one.files) assert.ok(bytes.equals(two.files.get(name) as Buffer), `${name} differs`);
  // The log reads the same (timings and output folder aside): each job's lines come in job order.
  assert.deepEqual(untimed(two.log), untimed(one.log));

  // The own technique files decide with the pooled sentence model and name it with its SHA-256;
  // the pooled technique file reads each language's own sentence model.
  const out = path.join(root, 'out1');
  const pooledSentences = readModelHeader(one.files.get('sentences/sentences.slm') as Buffer, 'sentences.slm');
  assert.deepEqual(pooledSentences.languages, ['fr', 'it']);
  const own = loadTechniqueModel(path.join(out, 'techniques', 'techniques-it.slm'));
  assert.deepEqual(own.header.training.sentenceModel, { id: 'sentences', sha256: sha256(one.files.get('sentences/sentences.slm') as Buffer) });
  assert.equal(sentenceModelFor(own, 'it', path.join(out, 'sentences'))?.header.id, 'sentences');
  // The span tagger's signal is out of fold on the folds asked for (--folds), not always five.
  assert.equal(own.header.training.spanSignal?.['folds'], 3);
  const pooled = loadTechniqueModel(path.join(out, 'techniques', 'techniques.slm'));
  assert.equal(pooled.header.training.sentenceModel, undefined);
  // Retraining Italian alone into that folder would replace the sentences.slm French's file is fitted to: refused before any work.
  await assert.rejects(
    runTrainTechniques({ data: path.join(root, 'data'), langs: ['it'], out, folds: 3, seed: 1, mode: 'lang', innerFolds: 0, jobs: 1 }, () => {}),
    (e: Error) => /training it alone replaces .*sentences\.slm, which the technique files of fr in .* are fitted to: they would stop loading/.test(e.message),
  );
  assert.ok(loadTechniqueModel(path.join(out, 'techniques', 'techniques-fr.slm')), 'the French file is untouched');
  assert.equal(sentenceModelFor(pooled, 'fr', path.join(out, 'sentences'))?.header.id, 'sentences-fr');

  // Another sentences.slm than the one the decision was fitted to is refused, naming both.
  const other = path.join(root, 'out2', 'sentences');
  writeFileSync(path.join(other, 'sentences.slm'), one.files.get('sentences/sentences-it.slm') as Buffer);
  const own2 = loadTechniqueModel(path.join(root, 'out2', 'techniques', 'techniques-it.slm'));
  assert.throws(() => sentenceModelFor(own2, 'it', other), (e: unknown) => isModelError(e) && e.message === `technique model 'techniques-it' was fitted to a different ${path.join(other, 'sentences.slm')}; retrain the technique models (slant train techniques)`);
  rmSync(path.join(other, 'sentences.slm'));
  assert.throws(() => sentenceModelFor(own2, 'it', other), (e: unknown) => isModelError(e) && e.message.includes('which is missing'));
}));

test('train spans on two worker threads writes the files one thread writes', { timeout: 180_000 }, () => withCorpus(async (root) => {
  const { one, two } = await oneAndTwo(root, (data, out, jobs, log) => runTrainSpans({ ...SPAN_TRAIN_DEFAULTS, folds: 3, data, langs: ['it', 'fr'], out, jobs }, log));
  assert.deepEqual([...two.files.keys()].sort(), ['spans/MODEL_CARD.md', 'spans/spans-fr.slm', 'spans/spans-it.slm']);
  for (const [name, bytes] of one.files) assert.ok(bytes.equals(two.files.get(name) as Buffer), `${name} differs`);
  // A folder of one's own gets a card with the research-only notice.
  assert.match(one.files.get('spans/MODEL_CARD.md')!.toString('utf8'), /research-only data/);
}));

test('a bad corpus on a worker thread is the same InputError, naming the folder', { timeout: 60_000 }, async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'slant-train-bad-'));
  try {
    mkdirSync(path.join(root, 'it'));
    mkdirSync(path.join(root, 'fr'));
    await assert.rejects(
      runTrainSpans({ ...SPAN_TRAIN_DEFAULTS, data: root, langs: ['it', 'fr'], out: path.join(root, 'out'), jobs: 2 }, () => {}),
      (e: unknown) => isInputError(e) && e.toString() === `${path.join(root, 'it', 'train-labels-subtask-3-spans')}: SemEval subtask-3 span folder or articles not found`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('train genre and frames on two worker threads write the files one thread writes', { timeout: 180_000 }, () => withCorpus(async (root) => {
  const { one, two } = await oneAndTwo(root, async (data, out, jobs, log) => {
    for (const task of ['genre', 'frames'] as const) await runTrainArticleTask({ task, data, langs: ['it', 'fr'], out, folds: 3, repeats: 2, seed: 1, mode: 'all', jobs }, log);
  });
  assert.deepEqual([...two.files.keys()].sort(), [...one.files.keys()].sort());
  assert.ok(one.files.has('frames/frames.slm') && one.files.has('genre/genre.slm'));
  for (const [name, bytes] of one.files) assert.ok(bytes.equals(two.files.get(name) as Buffer), `${name} differs`);
  assert.deepEqual(untimed(two.log), untimed(one.log));
  assert.ok(one.log.some((l) => l.includes('companion')), 'the own frames models were fitted beside the pooled one');
}));
