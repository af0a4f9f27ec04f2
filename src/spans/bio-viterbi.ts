/**
 * Viterbi decoding of BIO tags for one label over a paragraph's tokens. Tags: 0 = O, 1 = B, 2 = I.
 * O's emission is fixed at 0 (only B and I carry weights); `I` may not follow `O` or start a
 * paragraph, so every decoded run starts with `B`.
 */

/** Tag ids. */
export const O = 0;
export const B = 1;
export const I = 2;

/** Per-label transition scores: 9 (from × 3 + to) then 3 start scores; `TRANS_SIZE` per label. */
export const TRANS_SIZE = 12;

/** True when `to` may follow `from` (`-1` = paragraph start). */
export function allowed(from: number, to: number): boolean {
  return !(to === I && (from === O || from === -1));
}

/** Work buffers of `viterbi`, reusable across labels of one paragraph (`3 × tokens` each). */
export interface ViterbiScratch {
  score: Float64Array;
  back: Int8Array;
}

/**
 * The best tag sequence for label `l`.
 * @param em emissions, token-major: `em[(t * L + l) * 2 + (tag - 1)]` for tags B and I
 * @param trans transition scores of all labels (`TRANS_SIZE` per label)
 * @param scratch optional work buffers to reuse (allocated when absent or too small)
 */
export function viterbi(em: Float32Array, n: number, L: number, l: number, trans: Float32Array, out: Int8Array, scratch?: ViterbiScratch): void {
  if (n === 0) return;
  const tb = l * TRANS_SIZE;
  // Every cell read below is written first, so reused scratch needs no clearing.
  const score = scratch && scratch.score.length >= n * 3 ? scratch.score : new Float64Array(n * 3);
  const back = scratch && scratch.back.length >= n * 3 ? scratch.back : new Int8Array(n * 3);
  for (let y = 0; y < 3; y++) {
    score[y] = allowed(-1, y) ? (trans[tb + 9 + y] as number) + emission(em, 0, L, l, y) : -Infinity;
  }
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < 3; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let x = 0; x < 3; x++) {
        if (!allowed(x, y)) continue;
        const s = (score[(t - 1) * 3 + x] as number) + (trans[tb + x * 3 + y] as number);
        if (s > best) { best = s; arg = x; }
      }
      score[t * 3 + y] = best + emission(em, t, L, l, y);
      back[t * 3 + y] = arg;
    }
  }
  let y = 0;
  for (let x = 1; x < 3; x++) if ((score[(n - 1) * 3 + x] as number) > (score[(n - 1) * 3 + y] as number)) y = x;
  for (let t = n - 1; t >= 0; t--) {
    out[t] = y;
    y = back[t * 3 + y] as number;
  }
}

/** Emission of tag `y` for label `l` at token `t` (0 for O). */
export function emission(em: Float32Array, t: number, L: number, l: number, y: number): number {
  return y === O ? 0 : (em[(t * L + l) * 2 + y - 1] as number);
}

/**
 * The single best B I* run for label `l` (used when a paragraph must carry a span of `l` but
 * Viterbi found none): maximises the run's emissions plus its inner I→I transitions.
 * @returns `[first, last]` token indices, inclusive, or null for an empty paragraph
 */
export function bestRun(em: Float32Array, n: number, L: number, l: number, trans: Float32Array, maxLen: number): [number, number] | null {
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  const ii = trans[l * TRANS_SIZE + I * 3 + I] as number;
  for (let s = 0; s < n; s++) {
    let acc = emission(em, s, L, l, B);
    for (let e = s; e < n && e - s < maxLen; e++) {
      if (e > s) acc += ii + emission(em, e, L, l, I);
      // Length-normalised so that long runs of weakly positive tokens do not always win.
      const v = acc / Math.sqrt(e - s + 1);
      if (v > bestScore) { bestScore = v; best = [s, e]; }
    }
  }
  return best;
}
