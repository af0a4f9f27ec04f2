/**
 * Per-bucket sums of feature occurrences, kept as a short list instead of a 2^bits accumulator:
 * occurrences are appended in emission order, then sorted by bucket with a stable radix sort and
 * summed run by run. Each bucket's sum takes its occurrences in emission order starting from 0,
 * exactly as `acc[bucket] += value` did, so the sums are the same numbers; the work stays in a
 * few kilobytes of cache instead of scattering over megabytes.
 */

/** Bits per radix digit (512 counters). */
const DIGIT = 9;
const RADIX = 1 << DIGIT;
/** Below this many occurrences an insertion sort (also stable) is cheaper. */
const SMALL = 48;
/**
 * Up to this many occurrences (a paragraph's row), one pass on the top digit then an insertion
 * sort beats two full passes: the digit's runs hold a few occurrences each, and clearing and
 * summing 512 counters instead of 1,024 matters at this size.
 */
const MEDIUM = 1024;
/** The longest top-digit run left to the insertion sort (longer ones: the full radix sort). */
const RUN = 64;

/** A list of (bucket, value) occurrences, read out as sorted unique buckets with their sums. */
export class BucketSums {
  private index = new Int32Array(1024);
  private value = new Float64Array(1024);
  private tmpIndex = new Int32Array(1024);
  private tmpValue = new Float64Array(1024);
  /** Digit counters, `RADIX` per digit (enough for 27-bit buckets). */
  private readonly counts = new Int32Array(3 * RADIX);
  /** Occurrences since the last `sum()`. */
  length = 0;
  /** After `sum()`: the unique buckets in increasing order and their sums (`count` of them). */
  buckets = new Int32Array(1024);
  sums = new Float64Array(1024);

  constructor(readonly bits: number) {}

  /** Appends one occurrence. */
  push(bucket: number, value: number): void {
    if (this.length === this.index.length) this.grow();
    this.index[this.length] = bucket;
    this.value[this.length++] = value;
  }

  /**
   * Appends, for each of `hashes[0 … count)` in order, the occurrence `(h & mask, ±weight)` (minus
   * when the hash's top bit is set) and, when `langSeed` is not 0, its language-specific copy right
   * after it, weighted `copyWeight`: what the paragraph emitter sends one by one, in the same order.
   */
  pushHashes(hashes: Uint32Array, count: number, mask: number, weight: number, langSeed: number, copyWeight = weight): void {
    const need = this.length + (langSeed === 0 ? count : 2 * count);
    while (need > this.index.length) this.grow();
    const index = this.index;
    const value = this.value;
    let at = this.length;
    for (let k = 0; k < count; k++) {
      const h = hashes[k] as number;
      index[at] = h & mask;
      value[at++] = h & 0x80000000 ? -weight : weight;
      if (langSeed !== 0) {
        const g = Math.imul(h ^ langSeed, 0x9e3779b1) ^ (h >>> 15);
        index[at] = g & mask;
        value[at++] = g & 0x80000000 ? -copyWeight : copyWeight;
      }
    }
    this.length = at;
  }

  private grow(): void {
    const size = this.index.length * 2;
    const index = new Int32Array(size);
    index.set(this.index);
    const value = new Float64Array(size);
    value.set(this.value);
    this.index = index;
    this.value = value;
    this.tmpIndex = new Int32Array(size);
    this.tmpValue = new Float64Array(size);
    this.buckets = new Int32Array(size);
    this.sums = new Float64Array(size);
  }

  /** Sorts and sums the occurrences into `buckets`/`sums`; returns how many buckets; empties the list. */
  sum(): number {
    const n = this.length;
    this.length = 0;
    const [index, value] = n < SMALL ? this.insertionSort(n) : (n <= MEDIUM && this.topDigitSort(n)) || this.radixSort(n);
    const buckets = this.buckets;
    const sums = this.sums;
    let count = 0;
    let k = 0;
    while (k < n) {
      const b = index[k] as number;
      let s = 0;
      for (; k < n && index[k] === b; k++) s += value[k] as number;
      buckets[count] = b;
      sums[count++] = s;
    }
    return count;
  }

  /**
   * Stable: a counting pass on the bucket's top digit into the scratch, then an insertion sort of
   * the scratch (which only moves occurrences inside their run). False, the list untouched, when a
   * run is too long for that (the radix sort then does it all).
   */
  private topDigitSort(n: number): [Int32Array, Float64Array] | false {
    const shift = Math.max(0, this.bits - DIGIT);
    const counts = this.counts;
    counts.fill(0, 0, RADIX);
    const { index, value, tmpIndex, tmpValue } = this;
    for (let k = 0; k < n; k++) counts[((index[k] as number) >>> shift) & (RADIX - 1)]++;
    let at = 0;
    for (let r = 0; r < RADIX; r++) {
      const c = counts[r] as number;
      if (c > RUN) return false;
      counts[r] = at;
      at += c;
    }
    for (let k = 0; k < n; k++) {
      const b = index[k] as number;
      const to = counts[(b >>> shift) & (RADIX - 1)]++;
      tmpIndex[to] = b;
      tmpValue[to] = value[k] as number;
    }
    // The sorted scratch becomes the list's storage (the list becomes scratch).
    this.index = tmpIndex;
    this.value = tmpValue;
    this.tmpIndex = index;
    this.tmpValue = value;
    return this.insertionSort(n);
  }

  private insertionSort(n: number): [Int32Array, Float64Array] {
    const { index, value } = this;
    for (let i = 1; i < n; i++) {
      const b = index[i] as number;
      const v = value[i] as number;
      let j = i - 1;
      // Strictly greater: equal buckets keep their emission order.
      for (; j >= 0 && (index[j] as number) > b; j--) {
        index[j + 1] = index[j] as number;
        value[j + 1] = value[j] as number;
      }
      index[j + 1] = b;
      value[j + 1] = v;
    }
    return [index, value];
  }

  /** Least-significant-digit radix sort (stable), ping-ponging between the list and its scratch. */
  private radixSort(n: number): [Int32Array, Float64Array] {
    const digits = Math.max(1, Math.ceil(this.bits / DIGIT));
    const counts = this.counts;
    counts.fill(0, 0, digits * RADIX);
    // One pass counts every digit.
    const src0 = this.index;
    for (let k = 0; k < n; k++) {
      const b = src0[k] as number;
      for (let d = 0, shift = 0; d < digits; d++, shift += DIGIT) counts[d * RADIX + ((b >>> shift) & (RADIX - 1))]++;
    }
    for (let d = 0; d < digits; d++) {
      let at = 0;
      for (let r = d * RADIX, end = r + RADIX; r < end; r++) {
        const c = counts[r] as number;
        counts[r] = at;
        at += c;
      }
    }
    let srcI = this.index;
    let srcV = this.value;
    let dstI = this.tmpIndex;
    let dstV = this.tmpValue;
    for (let d = 0, shift = 0; d < digits; d++, shift += DIGIT) {
      const base = d * RADIX;
      for (let k = 0; k < n; k++) {
        const b = srcI[k] as number;
        const to = counts[base + ((b >>> shift) & (RADIX - 1))]++;
        dstI[to] = b;
        dstV[to] = srcV[k] as number;
      }
      const ti = srcI;
      const tv = srcV;
      srcI = dstI;
      srcV = dstV;
      dstI = ti;
      dstV = tv;
    }
    // Keep the sorted arrays as the list's storage (the other pair becomes scratch).
    this.index = srcI;
    this.value = srcV;
    this.tmpIndex = dstI;
    this.tmpValue = dstV;
    return [srcI, srcV];
  }
}
