/**
 * A document as JSON for people and tools alike: indented, but each sentence and token on one
 * line, so a 1,000-token article is about 1,000 lines rather than 6,000. Deterministic.
 */
import type { Document } from '../document/document.js';

/** An indented span object (`start`, `end`, optionally `kind` and `norm`) and its closing brace. */
const SPAN_OBJECT = /\{\n\s*("start": \d+,)\n\s*("end": \d+)(?:,\n\s*("kind": "[a-z]+",)\n\s*("norm": "(?:[^"\\\n]|\\.)*"))?\n\s*\}/g;

/**
 * The document as indented JSON with one line per sentence and token.
 * @example
 * formatDocumentJson(segment({ id: '1', text: 'Hi.' }, { lang: 'en' }));
 */
export function formatDocumentJson(doc: Document): string {
  return JSON.stringify(doc, null, 2).replace(
    SPAN_OBJECT,
    (_all, start: string, end: string, kind?: string, norm?: string) =>
      kind === undefined ? `{ ${start} ${end} }` : `{ ${start} ${end}, ${kind} ${norm} }`,
  );
}
