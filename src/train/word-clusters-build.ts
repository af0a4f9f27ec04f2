/**
 * Builds a word-cluster lexicon from pretrained word vectors: spherical k-means (cosine) over the
 * vectors of the most frequent words, deterministic given a seed. Words that share a cluster
 * (e.g. "outrageous", "disgraceful", "shameful") then share a feature, so a technique model
 * trained on a few thousand paragraphs also scores words it never saw in training.
 */
import { mulberry32 } from '../models/prng.js';

/** Word vectors in frequency order: `vectors` is words.length × dims, row-major. */
export interface WordVectors {
  words: string[];
  dims: number;
  vectors: Float32Array;
}

/** Settings of one clustering run. */
export interface ClusterOptions {
  k: number;
  iterations: number;
  seed: number;
}

/**
 * The cluster (0 … k-1) of each word of `v`: rows are L2-normalised, centroids start at k distinct
 * rows drawn with `seed`, then `iterations` rounds of nearest-centroid (highest cosine) assignment
 * and re-normalised mean centroids. An emptied cluster keeps its centroid.
 */
export function clusterWords(v: WordVectors, o: ClusterOptions): Uint16Array {
  const { dims: d } = v;
  const n = v.words.length;
  if (o.k < 1 || o.k > 65535 || o.k > n) throw new Error(`k must lie in 1 … min(65535, ${n})`);
  const x = Float32Array.from(v.vectors);
  for (let i = 0; i < n; i++) normalise(x, i * d, d);
  const c = new Float32Array(o.k * d);
  const random = mulberry32(o.seed);
  const taken = new Set<number>();
  for (let j = 0; j < o.k; j++) {
    let i = Math.floor(random() * n);
    while (taken.has(i)) i = (i + 1) % n;
    taken.add(i);
    c.set(x.subarray(i * d, i * d + d), j * d);
  }
  const assign = new Uint16Array(n);
  const sums = new Float64Array(o.k * d);
  for (let it = 0; it < o.iterations; it++) {
    for (let i = 0; i < n; i++) assign[i] = nearest(x, i * d, c, o.k, d);
    sums.fill(0);
    const counts = new Int32Array(o.k);
    for (let i = 0; i < n; i++) {
      const j = assign[i] as number;
      counts[j] = (counts[j] as number) + 1;
      for (let t = 0; t < d; t++) sums[j * d + t] = (sums[j * d + t] as number) + (x[i * d + t] as number);
    }
    for (let j = 0; j < o.k; j++) {
      if (counts[j] === 0) continue;
      for (let t = 0; t < d; t++) c[j * d + t] = sums[j * d + t] as number;
      normalise(c, j * d, d);
    }
  }
  return assign;
}

function nearest(x: Float32Array, at: number, c: Float32Array, k: number, d: number): number {
  let best = 0, bestDot = -Infinity;
  for (let j = 0; j < k; j++) {
    let dot = 0;
    const cj = j * d;
    for (let t = 0; t < d; t++) dot += (x[at + t] as number) * (c[cj + t] as number);
    if (dot > bestDot) {
      bestDot = dot;
      best = j;
    }
  }
  return best;
}

function normalise(a: Float32Array, at: number, d: number): void {
  let s = 0;
  for (let t = 0; t < d; t++) s += (a[at + t] as number) ** 2;
  const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
  for (let t = 0; t < d; t++) a[at + t] = (a[at + t] as number) * inv;
}
