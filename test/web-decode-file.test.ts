/** The web page's reading of a picked or dropped file (web/src/decode-file.ts): as the CLI reads it, never garbled. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeFile } from '../web/src/decode-file.js';

/** windows-1251 bytes of Cyrillic text (our own words). */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`no cp1251 byte for ${c}`);
  }));
}

test('a web page is decoded by the charset its <meta> declares', () => {
  const page = cp1251('<meta charset=windows-1251><p>Налог снова растёт</p>'.replace('ё', 'е'));
  assert.deepEqual(decodeFile(page, 'r.html', true), { text: '<meta charset=windows-1251><p>Налог снова растет</p>' });
});

test('a <meta> naming UTF-16 in a page readable as ASCII is read as UTF-8 (the HTML standard), not garbled', () => {
  const page = new TextEncoder().encode('<meta charset="utf-16"><p>Налог</p>');
  assert.deepEqual(decodeFile(page, 'r.html', true), { text: '<meta charset="utf-16"><p>Налог</p>' });
});

test('UTF-8 and UTF-16 with a BOM are read; the BOM is dropped', () => {
  const text = 'Città, “quotes” and 🎉';
  assert.deepEqual(decodeFile(new TextEncoder().encode(text), 'a.txt', false), { text });
  assert.deepEqual(decodeFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'a.txt', false), { text });
  const le = [0xff, 0xfe, ...[...text].flatMap((c) => [...c].length && Array.from({ length: c.length }, (_, i) => c.charCodeAt(i))).flatMap((u) => [u & 0xff, u >> 8])];
  assert.deepEqual(decodeFile(Uint8Array.from(le), 'a.txt', false), { text });
});

test('a .txt that is not UTF-8 is refused with a message naming the file, not garbled', () => {
  const r = decodeFile(cp1251('Налог'), 'old.txt', false);
  assert.deepEqual(r, { error: 'old.txt is not UTF-8 text: save it as UTF-8 and try again.' });
  const page = decodeFile(cp1251('<p>Налог</p>'), 'old.html', true);
  assert.ok('error' in page && page.error.startsWith('old.html is not valid UTF-8'));
  const unknown = decodeFile(new TextEncoder().encode('<meta charset="x-klingon"><p>hi</p>'), 'k.html', true);
  assert.deepEqual(unknown, { error: 'k.html declares a charset this page cannot read (x-klingon).' });
});
