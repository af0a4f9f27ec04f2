import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../src/segment/index.js';
import { emitParagraphFeatures } from '../src/features/paragraph-features.js';
import { RowBuilder } from '../src/features/feature-sink.js';
import { DEFAULT_FEATURES, checkFeatureConfig, type FeatureConfig } from '../src/features/feature-config.js';
import { clusterSettings, clustersFor, loadWordClusters, parseWordClusters, LEXICON_HEADER } from '../src/features/word-clusters.js';
import { trainTechniqueModel } from '../src/train/train-techniques.js';
import { TechniqueModel } from '../src/models/technique-model.js';
import { DEFAULT_LEARNER } from '../src/models/logistic-ovr.js';
import { isModelError } from '../src/errors.js';
import type { TrainRow } from '../src/train/semeval-corpus.js';

const NO_CLUSTERS: FeatureConfig = { ...DEFAULT_FEATURES, bits: 16, charMax: 0, weights: { ...DEFAULT_FEATURES.weights, cue: 0, position: 0, neighbour: 0, title: 0 } };
const WITH_CLUSTERS: FeatureConfig = { ...NO_CLUSTERS, clusters: clusterSettings('clusters-en.txt', ['en']), weights: { ...NO_CLUSTERS.weights, cluster: 1, clusterBigram: 0.5 } };

function buckets(text: string, config: FeatureConfig, lang = 'en'): Set<number> {
  const row = new RowBuilder(config.bits);
  emitParagraphFeatures(segment({ id: 'x', text }, { lang }), 0, config, row);
  return new Set(row.take().indices);
}

function shared(a: Set<number>, b: Set<number>): number {
  return [...a].filter((x) => b.has(x)).length;
}

test('the shipped English lexicon puts words of like meaning in one cluster', () => {
  const { clusters } = loadWordClusters('clusters-en.txt');
  assert.ok(clusters.size >= 50_000);
  assert.equal(clusters.get('outrageous'), clusters.get('absurd'));
  assert.equal(clusters.get('monday'), clusters.get('tuesday'));
  assert.notEqual(clusters.get('outrageous'), clusters.get('tuesday'));
});

test('with a lexicon, two sentences that differ in a word of one cluster share its feature', () => {
  const a = 'The plan is outrageous.';
  const gain = (b: string): number => shared(buckets(a, WITH_CLUSTERS), buckets(b, WITH_CLUSTERS)) - shared(buckets(a, NO_CLUSTERS), buckets(b, NO_CLUSTERS));
  // Both share the clusters of "the plan is"; "absurd" also shares its own cluster and the pair
  // it forms with "is", "tuesday" (another cluster) does not.
  assert.equal(gain('The plan is absurd.'), gain('The plan is tuesday.') + 2);
  // The lexicon serves the languages it names only.
  assert.deepEqual(buckets(a, WITH_CLUSTERS, 'fr'), buckets(a, NO_CLUSTERS, 'fr'));
});

test('a model trained with clusters scores a word it never saw like the words of its cluster', () => {
  const loaded = ['outrageous', 'unacceptable', 'ridiculous', 'shameful', 'disgraceful'];
  const calm = ['monday', 'tuesday', 'road', 'bridge', 'morning'];
  const rows: TrainRow[] = [...loaded, ...calm].flatMap((w, i) =>
    [0, 1].map((k) => {
      const doc = segment({ id: `a${i}-${k}`, text: `${k ? 'Our council said the plan was' : 'They call the decision'} ${w}.\n` }, { lang: 'en' });
      return { doc, index: 0, lang: 'en', articleId: `a${i}-${k}`, labels: [loaded.includes(w) ? 'Loaded' : 'Calm'] };
    }),
  );
  const train = (features: FeatureConfig): TechniqueModel =>
    TechniqueModel.fromBytes(trainTechniqueModel(rows, { id: 'tiny', labels: ['Loaded', 'Calm'], features, learner: { ...DEFAULT_LEARNER, epochs: 20 }, thresholds: { mode: 'label', shrink: 5 }, folds: 2, innerFolds: 0, seed: 3, files: [] }).bytes, 'tiny');
  const margin = (m: TechniqueModel): number => {
    const doc = segment({ id: 'x', text: 'The plan is absurd.\n' }, { lang: 'en' });
    const [loadedMargin, calmMargin] = m.margins(doc, 0);
    return (loadedMargin as number) - (calmMargin as number);
  };
  const withClusters = margin(train(WITH_CLUSTERS));
  assert.ok(withClusters > 0, `"absurd" should lean to Loaded (margin difference ${withClusters})`);
  assert.ok(withClusters > margin(train(NO_CLUSTERS)));
});

test('a model trained with another lexicon is refused with the lexicon named', () => {
  const stale = { ...WITH_CLUSTERS.clusters!, sha256: '0'.repeat(64) };
  assert.throws(() => clustersFor(stale, 'en'), (e: unknown) => isModelError(e) && /clusters-en\.txt: differs from the lexicon the model was trained with/.test((e as Error).message));
  assert.equal(clustersFor(stale, 'de'), null);
  assert.equal(checkFeatureConfig({ ...WITH_CLUSTERS, clusters: { ...stale, sha256: 'x' } }), 'cluster lexicon hash malformed');
  assert.equal(checkFeatureConfig({ ...WITH_CLUSTERS, clusters: { ...stale, lexicon: '../techniques/x' } }), 'cluster lexicon name malformed');
  assert.equal(checkFeatureConfig(WITH_CLUSTERS), null);
});

test('a malformed lexicon line is reported with its file and line', () => {
  assert.throws(() => parseWordClusters(`${LEXICON_HEADER}\nword\t3\nbroken line\n`, 'lex.txt'), /lex\.txt:3: expected 'word<TAB>cluster number'/);
  assert.throws(() => parseWordClusters('word\t3\n', 'lex.txt'), /lex\.txt: not a slant word-cluster lexicon/);
  assert.deepEqual([...parseWordClusters(`${LEXICON_HEADER}\n# a comment\nword\t3\n`, 'lex.txt')], [['word', 3]]);
});
