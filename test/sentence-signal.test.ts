import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../src/segment/index.js';
import { SENTENCE_SIGNAL_FLOOR, maxPerParagraph, sentenceDocument } from '../src/models/sentence-signal.js';
import { sentenceRows, stackSignals } from '../src/train/sentence-signal-oof.js';
import { SIGNAL_WIDTH } from '../src/train/decision.js';
import { fitSpanPlatt } from '../src/models/platt.js';

const TEXT = 'The mayor spoke at noon. The plan will ruin us all!\n\nNothing else happened.\n';

test('the sentence document has one paragraph per sentence, with its tokens, and points back to its paragraph', () => {
  const doc = segment({ id: 'x', text: TEXT }, { lang: 'en' });
  const { doc: s, paragraphOf } = sentenceDocument(doc);
  assert.equal(s.paragraphs.length, 3);
  assert.deepEqual(Array.from(paragraphOf), [0, 0, 1]);
  assert.equal(TEXT.slice(s.paragraphs[1]!.start, s.paragraphs[1]!.end), 'The plan will ruin us all!');
  assert.deepEqual(s.paragraphs[1]!.tokens.map((t) => t.norm), ['the', 'plan', 'will', 'ruin', 'us', 'all', '!']);
  assert.equal(s.paragraphs[2]!.n, doc.paragraphs[1]!.n, 'a sentence keeps its paragraph number');
  assert.equal(sentenceDocument(doc), sentenceDocument(doc), 'memoised per document');
});

test("each paragraph's S is its sentences' highest margin per label, with the sentence it came from; a paragraph without sentences gets the floor", () => {
  // Four sentences of paragraphs 0, 0, 2, 2 (paragraph 1 has none), two labels.
  const margins = [-1, 0.5, 2, -3, -0.5, -0.25, -2, 1];
  const out = new Float64Array(3 * 2);
  const peaks = new Int32Array(3 * 2);
  maxPerParagraph(margins, [0, 0, 2, 2], 2, out, peaks);
  assert.deepEqual(Array.from(out), [2, 0.5, SENTENCE_SIGNAL_FLOOR, SENTENCE_SIGNAL_FLOOR, -0.5, 1]);
  assert.deepEqual(Array.from(peaks), [1, 0, -1, -1, 2, 3]);
});

test('sentence training rows carry the techniques of the gold spans they overlap', () => {
  const doc = segment({ id: 'a1', text: TEXT }, { lang: 'en' });
  const ruin = TEXT.indexOf('ruin us');
  const { rows, paragraph } = sentenceRows([{ doc, spans: [{ start: ruin, end: ruin + 7, label: 'Appeal_to_Fear-Prejudice' }] }], 'en');
  assert.deepEqual(rows.map((r) => r.labels), [[], ['Appeal_to_Fear-Prejudice'], []]);
  assert.deepEqual(paragraph, [{ article: 'a1', index: 0 }, { article: 'a1', index: 0 }, { article: 'a1', index: 1 }]);
  assert.equal(rows[1]!.doc.paragraphs[rows[1]!.index]!.tokens[3]!.norm, 'ruin');
});

test('the decision signal interleaves B, I and S per row and label', () => {
  const span = Float64Array.from([1, 2, 3, 4]); // one row, two labels, [B, I] each
  const sentence = Float64Array.from([5, 6]);
  assert.equal(SIGNAL_WIDTH, 3);
  assert.deepEqual(Array.from(stackSignals(span, sentence, 2)), [1, 2, 5, 3, 4, 6]);
});

test('the stacked calibration gives a sentence signal that tracks the label a positive slope', () => {
  const n = 200;
  const y = Array.from({ length: n }, (_, k) => (k % 4 === 0 ? 1 : 0));
  const m = Array.from({ length: n }, (_, k) => ((k * 37) % 11) / 5 - 1);
  const flat = y.map(() => -10);
  const s = y.map((v, k) => (v ? 1 : -1) + ((k * 13) % 7) / 14);
  const c = fitSpanPlatt(m, flat, flat, y, s);
  assert.ok(c.ss !== undefined && c.ss > 0.5, `ss ${c.ss}`);
  assert.equal(fitSpanPlatt(m, flat, flat, y).ss, undefined, 'no sentence column, no slope');
});
