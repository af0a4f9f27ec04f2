/**
 * A safe file name stem from an article id, shared by `analyze --out` and the web page's
 * downloads. No Node API, so the page bundles it.
 */

/** Longest stem in UTF-8 bytes: with `-<n>` and an extension it stays under a file system's 255. */
const MAX_STEM_BYTES = 120;

/** Bytes of one code point in UTF-8. */
function utf8Bytes(c: string): number {
  const cp = c.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * A safe file stem for an article id: letters and digits of any script, `.`, `-` and `_` only,
 * no leading dot, at most 120 UTF-8 bytes; `article` when nothing is left.
 * @example
 * safeFileStem('../a b/c'); // 'a_b_c'
 * safeFileStem('Пример статьи'); // 'Пример_статьи'
 */
export function safeFileStem(id: string): string {
  const flat = id.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').replace(/_+$/, '');
  let stem = '';
  let bytes = 0;
  for (const c of flat) {
    bytes += utf8Bytes(c);
    if (bytes > MAX_STEM_BYTES) break;
    stem += c;
  }
  return stem === '' ? 'article' : stem;
}
