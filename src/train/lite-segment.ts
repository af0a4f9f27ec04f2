/**
 * Stand-in segmenter for training until `segment()` (src/segment/) lands: paragraphs are the
 * non-empty lines numbered by their 1-based line number (SemEval's rule), tokens come from one
 * Unicode regex. Sentences are the whole paragraph. Offsets are UTF-16 offsets of the raw text.
 */
import type { Article } from '../document/article.js';
import type { Document, Paragraph, Token, TokenKind } from '../document/document.js';

const TOKEN = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Splits an article into SemEval paragraphs with word tokens. */
export function liteSegment(article: Article, lang: string): Document {
  const text = article.text;
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  let n = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    n++;
    let end = lineEnd;
    while (end > lineStart && /\s/.test(text[end - 1] as string)) end--;
    let start = lineStart;
    if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
    while (start < end && /\s/.test(text[start] as string)) start++;
    if (end > start) paragraphs.push({ n, start, end, sentences: [{ start, end }], tokens: tokenize(text, start, end) });
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return { article, lang: { code: lang, confidence: 1, source: 'given' }, paragraphs, warnings: [] };
}

function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + (m.index ?? 0);
    const raw = m[0];
    tokens.push({ start: s, end: s + raw.length, kind: kindOf(raw), norm: raw.normalize('NFC').toLowerCase().replace(/’/g, "'") });
  }
  return tokens;
}

function kindOf(raw: string): TokenKind {
  if (/^\p{L}/u.test(raw)) return 'word';
  if (/^\p{N}/u.test(raw)) return 'number';
  return /^\p{P}$/u.test(raw) ? 'punct' : 'symbol';
}
