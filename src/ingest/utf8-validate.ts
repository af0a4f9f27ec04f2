/**
 * Finds where a byte sequence stops being valid UTF-8, so an error can name the byte offset
 * (TextDecoder's fatal mode says only that it failed).
 */

/** Length of a sequence from its lead byte, or 0 when the byte cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Allowed range of the second byte, which rules out overlongs, surrogates and > U+10FFFF. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * The byte offset of the first ill-formed UTF-8 sequence in `bytes`, or -1 when all of it is
 * well-formed. A sequence cut off by the end of the input counts as ill-formed at its lead byte.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    if (length > 1) {
      if (i + length > bytes.length) return i;
      const [low, high] = secondByteRange(lead);
      const second = bytes[i + 1]!;
      if (second < low || second > high) return i;
      for (let k = 2; k < length; k++) {
        const b = bytes[i + k]!;
        if (b < 0x80 || b > 0xbf) return i;
      }
    }
    i += length;
  }
  return -1;
}
