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
import { CLUSTER_TEMPLATES, TOKEN_TEMPLATES, tokenFeatures } from '../src/spans/token-features.js';
import { trainPerceptron } from '../src/spans/train-perceptron.js';
import { decodeSpanModel, encodeSpanModel } from '../src/spans/span-model-file.js';

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
  // Blank and comment lines count for the line number; the last line needs no newline.
  assert.throws(() => parseWordClusters(`${LEXICON_HEADER}\n\n# c\nok\t1\nneg\t-2`, 'lex.txt'), /lex\.txt:5: expected/);
  assert.throws(() => parseWordClusters(`${LEXICON_HEADER}\n\t4\n`, 'lex.txt'), /lex\.txt:2: expected/);
  assert.deepEqual([...parseWordClusters(`${LEXICON_HEADER}\nlast\t255`, 'lex.txt')], [['last', 255]]);
});

test('span tagger: with a lexicon each English token gets its cluster and the cluster pairs with its neighbours', () => {
  const lexicon = clusterSettings('clusters-en.txt', ['en']);
  const rowsOf = (text: string, lang = 'en') => tokenFeatures(segment({ id: 'x', text }, { lang }), 0, 16, lexicon);
  const a = rowsOf('The plan is outrageous today.');
  assert.equal(a[0]?.length, TOKEN_TEMPLATES + CLUSTER_TEMPLATES);
  assert.equal(tokenFeatures(segment({ id: 'x', text: 'The plan is outrageous today.' }, { lang: 'en' }), 0, 16)[0]?.length, TOKEN_TEMPLATES);
  assert.equal(rowsOf('The plan is outrageous today.', 'fr')[0]?.length, TOKEN_TEMPLATES);
  // "absurd" shares the cluster of "outrageous": its own cluster and both pairs agree; "tuesday" agrees in none.
  const cluster = (rows: Int32Array[], i: number) => Array.from(rows[i]!.subarray(TOKEN_TEMPLATES));
  assert.deepEqual(cluster(rowsOf('The plan is absurd today.'), 3), cluster(a, 3));
  const other = cluster(rowsOf('The plan is tuesday today.'), 3);
  assert.ok(cluster(a, 3).every((f, k) => f !== other[k]));
});

test('span tagger: a model file keeps its lexicon and refuses another one at load', () => {
  const lexicon = clusterSettings('clusters-en.txt', ['en']);
  const doc = segment({ id: 't', text: 'Critics called the plan an outrageous betrayal.' }, { lang: 'en' });
  const seqs = [{ rows: tokenFeatures(doc, 0, 10, lexicon), gold: new Map([[0, new Int8Array(doc.paragraphs[0]!.tokens.length)]]) }];
  const params = { ...trainPerceptron(seqs, ['Loaded_Language'], 10, { epochs: 1, seed: 1, active: [0], missCost: 3 }), clusters: lexicon };
  const meta = { id: 'spans-test', lang: 'en', unsupported: {}, training: {}, cv: null };
  assert.deepEqual(decodeSpanModel(encodeSpanModel(params, meta), 'mem').params.clusters, lexicon);
  const stale = encodeSpanModel({ ...params, clusters: { ...lexicon, sha256: 'f'.repeat(64) } }, meta);
  assert.throws(() => decodeSpanModel(stale, 'mem'), (e: unknown) => isModelError(e) && /clusters-en\.txt: differs from the lexicon the model was trained with; retrain it \(slant train spans\)/.test((e as Error).message));
  const malformed = encodeSpanModel({ ...params, clusters: { ...lexicon, lexicon: '../x' } }, meta);
  assert.throws(() => decodeSpanModel(malformed, 'mem'), /mem: cluster lexicon name malformed/);
});
