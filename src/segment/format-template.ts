/**
 * The SemEval `.template` form of a document: one row `id<TAB>n<TAB>line` per paragraph.
 *
 * Byte for byte as the official files (checked against every per-article template): the text
 * column is the whole raw line, trailing spaces and the `\r` of a CRLF included (only `\n` ends a
 * row), and the last row has no `\n` when the article's last line has no line break. A lone `\r`
 * ends a paragraph (split-paragraphs.ts) and its row ends with `\n`.
 */
import type { Document, Paragraph } from '../document/document.js';

/** The end of the raw line that holds `p`: the `\r` of a CRLF is kept, other breaks are not. */
function lineEnd(text: string, p: Paragraph): number {
  let e = p.end;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === 0x0a) return e;
    if (c === 0x0d) return text.charCodeAt(e + 1) === 0x0a ? e + 1 : e;
    e++;
  }
  return e;
}

/**
 * The template rows of one document.
 * @example
 * formatTemplate(segment({ id: '7', text: 'A\r\n\r\nB' })); // '7\t1\tA\r\n7\t3\tB'
 */
export function formatTemplate(doc: Document): string {
  const text = doc.article.text;
  let out = '';
  for (const p of doc.paragraphs) {
    const e = lineEnd(text, p);
    out += `${doc.article.id}\t${p.n}\t${text.slice(p.start, e)}`;
    if (e < text.length) out += '\n';
  }
  return out;
}

/**
 * The rows of several documents, one after the other. Where an article's last row has no `\n`,
 * one is added before the next article's rows (SemEval's combined train templates glue such rows
 * together: SOURCES.md, quirk 3); this reproduces the combined test templates byte for byte.
 */
export function formatTemplates(docs: Iterable<Document>): string {
  let out = '';
  for (const doc of docs) {
    const rows = formatTemplate(doc);
    if (rows === '') continue;
    if (out !== '' && !out.endsWith('\n')) out += '\n';
    out += rows;
  }
  return out;
}
