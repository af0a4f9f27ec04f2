import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../src/segment/index.js';
import { emitParagraphFeatures } from '../src/features/paragraph-features.js';
import type { FeatureSink } from '../src/features/feature-sink.js';
import { DEFAULT_FEATURES, type FeatureConfig } from '../src/features/feature-config.js';

const CUES_ONLY: FeatureConfig = { ...DEFAULT_FEATURES, bits: 16, charMax: 0, bigrams: false, weights: { ...DEFAULT_FEATURES.weights, word: 0, bigram: 0, char: 0, cue: 1, position: 0, neighbour: 0, title: 0 } };

/** The token ranges of the cue features that cover more than one token (the scare-quote cue), as text. */
function scareQuotes(text: string): string[] {
  const doc = segment({ id: 'x', text }, { lang: 'en' });
  const tokens = doc.paragraphs[0]!.tokens;
  const out: string[] = [];
  const sink: FeatureSink = {
    add(_index, _value, from, to) {
      if (from >= 0 && to > from) out.push(text.slice(tokens[from]!.start, tokens[to]!.end));
    },
  };
  emitParagraphFeatures(doc, 0, CUES_ONLY, sink);
  return out;
}

test('scare quotes: one to three words between quotation marks are a cue over the quotation; a long quotation is not', () => {
  assert.deepEqual(scareQuotes('The so-called «experts» said "we will build the road next year" again.'), ['«experts»']);
  assert.deepEqual(scareQuotes('He called it "a total disgrace" and "theft".'), ['"a total disgrace"', '"theft"']);
  assert.deepEqual(scareQuotes('They want "four more words here" now.'), []);
  assert.deepEqual(scareQuotes('No quotes at all, and a lone " mark.'), []);
  // Cues off: nothing.
  const doc = segment({ id: 'x', text: 'The «experts» spoke.' }, { lang: 'en' });
  let count = 0;
  emitParagraphFeatures(doc, 0, { ...CUES_ONLY, weights: { ...CUES_ONLY.weights, cue: 0 } }, { add() { count++; } });
  assert.equal(count, 0);
});
