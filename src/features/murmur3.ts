/**
 * MurmurHash3 (x86, 32-bit) over a string's UTF-16 code units, inlined because the npm packages
 * truncate characters to 8 bits and make Cyrillic collide (STACK.md). Two code units form one
 * 32-bit block, so every character counts in full.
 */

/** Hash of `text.slice(start, end)` without building the slice. */
export function murmur3Range(text: string, start: number, end: number, seed: number): number {
  let h = seed >>> 0;
  let i = start;
  const pairsEnd = start + ((end - start) & ~1);
  for (; i < pairsEnd; i += 2) {
    h = mixBlock(h, (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)) >>> 0);
    h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  }
  if (i < end) {
    let k = text.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
  }
  h ^= (end - start) * 2;
  return fmix32(h);
}

/**
 * `murmur3(\`${a} ${b}\`, seed)` without building the joined string (word bigrams).
 * @example
 * murmur3Joined('the', 'plan', 12) === murmur3('the plan', 12); // true
 */
export function murmur3Joined(a: string, b: string, seed: number): number {
  const la = a.length;
  const len = la + 1 + b.length;
  const at = (i: number): number => (i < la ? a.charCodeAt(i) : i === la ? 32 : b.charCodeAt(i - la - 1));
  let h = seed >>> 0;
  let i = 0;
  const pairsEnd = len & ~1;
  for (; i < pairsEnd; i += 2) {
    h = mixBlock(h, (at(i) | (at(i + 1) << 16)) >>> 0);
    h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  }
  if (i < len) {
    let k = at(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
  }
  h ^= len * 2;
  return fmix32(h);
}

/** Hash of a whole string with a seed (unsigned 32-bit). */
export function murmur3(text: string, seed = 0): number {
  return murmur3Range(text, 0, text.length, seed);
}

function mixBlock(h: number, block: number): number {
  let k = Math.imul(block, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  return h ^ k;
}

function fmix32(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
