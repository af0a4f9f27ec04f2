/** The technique trainer's reading of subtask-3 labels: a bad row is one line naming file and line, never trained on. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSemevalLanguage } from '../src/train/semeval-corpus.js';

/** A one-language SemEval layout with two articles of our own and `labels` as the label file. */
function layout(labels: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'slant-labels-'));
  const dir = path.join(root, 'en');
  mkdirSync(path.join(dir, 'train-articles-subtask-3'), { recursive: true });
  writeFileSync(path.join(dir, 'train-articles-subtask-3', 'article1.txt'), 'Road plan\n\nThe council is wrong.\nThey lie.\n');
  writeFileSync(path.join(dir, 'train-articles-subtask-3', 'article2.txt'), 'Budget\n\nNumbers went up.\n');
  writeFileSync(path.join(dir, 'train-labels-subtask-3.txt'), labels);
  return root;
}

const GOOD = ['1\t1\t', '1\t3\tLoaded_Language', '1\t4\tDoubt,Name_Calling-Labeling', '2\t1\t', '2\t3\t'];

test('good labels, with a BOM and CRLF, give every row', () => {
  const root = layout(`\uFEFF${GOOD.join('\r\n')}\r\n`);
  try {
    const { rows } = readSemevalLanguage(root, 'en');
    assert.deepEqual(rows.map((r) => `${r.articleId}:${r.doc.paragraphs[r.index]!.n}:${r.labels.join('+')}`), ['1:1:', '1:3:Loaded_Language', '1:4:Doubt+Name_Calling-Labeling', '2:1:', '2:3:']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('an unknown technique, a repeated paragraph, a paragraph or article that does not exist: file and line', () => {
  const cases: [string[], RegExp][] = [
    [[...GOOD.slice(0, 2), '1\t4\tLoaded_language'], /:3: unknown technique "Loaded_language"/],
    [[...GOOD, '1\t3\t'], /:6: article 1 paragraph 3 again \(first on line 2\)/],
    [[...GOOD, '1\t42\tDoubt'], /:6: article 1 has no paragraph 42 \(its non-empty lines are 1, 3, 4\)/],
    [[...GOOD, '1\t2\tDoubt'], /:6: article 1 has no paragraph 2/],
    [[...GOOD, '1\t0\tDoubt'], /:6: malformed label row/],
    [[...GOOD, '9\t1\tDoubt'], /:6: article 9 is not in /],
  ];
  for (const [lines, message] of cases) {
    const root = layout(`${lines.join('\n')}\n`);
    try {
      assert.throws(() => readSemevalLanguage(root, 'en'), (e: Error) => e.name === 'InputError' && message.test(String(e)), message.source);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
});

test('fewer articles than folds is one message naming the language and what to do', async () => {
  const { groupedFolds } = await import('../src/train/folds.js');
  assert.throws(() => groupedFolds(['fr:1', 'fr:1', 'fr:2'], 5, 1), /^SlantError: slant: fr: 2 articles, too few for 5-fold cross-validation \(give --folds 2 or fewer, or more articles\)$/);
  assert.equal(groupedFolds(['fr:1', 'fr:2'], 2, 1).length, 2);
});

test('span files: a span past its article and a span file of a missing article name file and line', async () => {
  const { readSpanCorpus } = await import('../src/train/spans-corpus.js');
  for (const [extra, message] of [
    ['article1-labels-subtask-3.txt', /article1-labels-subtask-3\.txt:2: span 30–90 ends past its article 1, of 43 characters/],
    ['article9-labels-subtask-3.txt', /article9-labels-subtask-3\.txt:1: article 9 is not in /],
  ] as const) {
    const root = layout(`${GOOD.join('\n')}\n`);
    const spans = path.join(root, 'en', 'train-labels-subtask-3-spans');
    mkdirSync(spans);
    writeFileSync(path.join(spans, 'article1-labels-subtask-3.txt'), '1\tLoaded_Language\t11\t18\n');
    writeFileSync(path.join(spans, 'article2-labels-subtask-3.txt'), '');
    if (extra.startsWith('article1')) writeFileSync(path.join(spans, extra), '1\tLoaded_Language\t11\t18\n1\tDoubt\t30\t90\n');
    else writeFileSync(path.join(spans, extra), '9\tDoubt\t0\t5\n');
    try {
      await assert.rejects(readSpanCorpus(root, 'en'), (e: Error) => e.name === 'InputError' && message.test(String(e)), message.source);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
});

test('genre and frames: a label row for a missing article names file and line', async () => {
  const { readArticleTask } = await import('../src/train/genre-frames-corpus.js');
  const root = mkdtempSync(path.join(tmpdir(), 'slant-labels-'));
  const dir = path.join(root, 'en');
  mkdirSync(path.join(dir, 'train-articles-subtask-1'), { recursive: true });
  writeFileSync(path.join(dir, 'train-articles-subtask-1', 'article1.txt'), 'Road plan\n\nThe council is wrong.\n');
  writeFileSync(path.join(dir, 'train-labels-subtask-1.txt'), '1\topinion\n7\treporting\n');
  try {
    await assert.rejects(readArticleTask(root, 'en', 1), (e: Error) => /train-labels-subtask-1\.txt:2: article 7 is not in /.test(String(e)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
