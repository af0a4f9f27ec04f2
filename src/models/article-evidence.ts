/**
 * Evidence for an article-level label (a frame, the genre): the paragraphs whose words pushed the
 * label's score up most, and inside them the phrases (runs of adjacent contributing tokens) that
 * did (issue 5, item 2).
 */
import type { Document, Paragraph } from '../document/document.js';
import type { Span } from '../document/span.js';
import { functionWords, hasContentWord } from '../explain/function-words.js';
import { MAX_PHRASE_WORDS } from '../explain/phrase-limit.js';

/** One evidence phrase: its span of the raw text, its text and its share of the label's positive evidence. */
export interface PhraseEvidence extends Span {
  text: string;
  /** Share of the label's positive token contributions carried by this phrase, in (0, 1]. */
  weight: number;
}

/** A paragraph's share of the label's positive evidence. */
export interface ParagraphEvidence {
  /** SemEval paragraph number. */
  n: number;
  weight: number;
}

/** How much evidence to keep. */
export interface EvidenceOptions {
  paragraphs: number;
  phrases: number;
}

/** Default: the top 3 paragraphs and the top 5 phrases. */
export const DEFAULT_EVIDENCE: EvidenceOptions = { paragraphs: 3, phrases: 5 };

/**
 * Turns per-token contributions (article-wide numbering) into top paragraphs and phrases.
 * @example
 * const { phrases } = articleEvidence(doc, model.tokenContributions(doc, label));
 */
export function articleEvidence(doc: Document, perToken: Float64Array, o: EvidenceOptions = DEFAULT_EVIDENCE): { paragraphs: ParagraphEvidence[]; phrases: PhraseEvidence[] } {
  const words = functionWords(doc.lang.code);
  const isContent = contentTokens(doc, words);
  // One pass: the positive evidence, and the strongest token and content word.
  let total = 0;
  let max = 0;
  let contentMax = 0;
  for (let t = 0; t < perToken.length; t++) {
    const c = perToken[t] as number;
    if (!(c > 0)) continue;
    total += c;
    if (c > max) max = c;
    if (isContent[t] === 1 && c > contentMax) contentMax = c;
  }
  if (total <= 0) return { paragraphs: [], phrases: [] };
  const paras: ParagraphEvidence[] = [];
  const all: PhraseEvidence[] = [];
  const content: PhraseEvidence[] = [];
  const floor = tokenFloor(perToken, total, max, contentMax, isContent);
  let offset = 0;
  for (const p of doc.paragraphs) {
    let sum = 0;
    for (let t = 0; t < p.tokens.length; t++) sum += Math.max(0, perToken[offset + t] as number);
    if (sum > 0) paras.push({ n: p.n, weight: sum / total });
    for (const e of phrasesOf(doc.article.text, p, perToken, offset, total, floor)) {
      all.push(e.phrase);
      if (hasContentWord(p.tokens, e.from, e.to, words)) content.push(e.phrase);
    }
    offset += p.tokens.length;
  }
  paras.sort((a, b) => b.weight - a.weight || a.n - b.n);
  // Phrases of function words alone ("about", "you") explain nothing; they go when others are there.
  const phrases = content.length > 0 ? content : all;
  phrases.sort((a, b) => b.weight - a.weight || a.start - b.start);
  return { paragraphs: paras.slice(0, o.paragraphs), phrases: phrases.slice(0, o.phrases).sort((a, b) => a.start - b.start) };
}

/** How many of the strongest tokens count when no token carries a hundredth of the evidence. */
export const FALLBACK_TOKENS = 10;

/**
 * The contribution a token needs to count: 1% of the positive evidence (smaller pushes are noise);
 * when no token reaches it (a long article spreads a label's evidence thin, as the genre's style
 * words often are), the `FALLBACK_TOKENS`-th strongest contribution, so the label still shows the
 * words that pushed it most (`max`: the strongest contribution). When no content word (`content`,
 * see `contentTokens`; `contentMax`: the strongest of theirs) reaches that, the
 * `FALLBACK_TOKENS`-th strongest content word's: a model over words alone can weigh "to" and
 * "about" above every content word of an article, and evidence of function words alone tells the
 * reader nothing.
 */
function tokenFloor(perToken: Float64Array, total: number, max: number, contentMax: number, content: Uint8Array): number {
  const floor = total * 0.01;
  const base = max >= floor ? floor : kthLargestPositive(perToken, FALLBACK_TOKENS);
  return contentMax >= base || contentMax <= 0 ? base : kthLargestPositive(perToken, FALLBACK_TOKENS, content);
}

/** `contentTokens` of the documents evidence was asked for, kept while each document lives (one per label otherwise). */
const contentOf = new WeakMap<Document, Uint8Array>();

/** 1 for each token (article-wide numbering) that is a word or number other than a function word of `words` (the document's language's). */
function contentTokens(doc: Document, words: ReadonlySet<string> | null): Uint8Array {
  const hit = contentOf.get(doc);
  if (hit) return hit;
  const out = new Uint8Array(doc.paragraphs.reduce((n, p) => n + p.tokens.length, 0));
  contentOf.set(doc, out);
  let t = 0;
  for (const p of doc.paragraphs) {
    for (let i = 0; i < p.tokens.length; i++, t++) if (hasContentWord(p.tokens, i, i, words)) out[t] = 1;
  }
  return out;
}

/**
 * The `k`-th largest positive value of `values` (of those whose `only` flag is 1, when given), or
 * the smallest positive one when fewer are positive (there is at least one): the same number as
 * sorting the positive values, in one pass that keeps the `k` largest in order (sorting every token's value took a seventh of the fast
 * analysis with evidence).
 */
export function kthLargestPositive(values: ArrayLike<number>, k: number, only?: Uint8Array): number {
  const top = new Float64Array(k);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const c = values[i] as number;
    if (!(c > 0) || (n === k && c <= (top[k - 1] as number)) || (only !== undefined && only[i] !== 1)) continue;
    let j = n < k ? n++ : k - 1;
    for (; j > 0 && (top[j - 1] as number) < c; j--) top[j] = top[j - 1] as number;
    top[j] = c;
  }
  return top[n - 1] as number;
}

/**
 * Runs of tokens whose contribution reaches `floor` (punctuation inside a run does not break it; a
 * run is closed at `MAX_PHRASE_WORDS` words), with their token range.
 */
function phrasesOf(text: string, p: Paragraph, perToken: Float64Array, offset: number, total: number, floor: number): { phrase: PhraseEvidence; from: number; to: number }[] {
  const out: { phrase: PhraseEvidence; from: number; to: number }[] = [];
  let start = -1, end = -1, sum = 0, from = -1, to = -1, words = 0;
  const close = (): void => {
    if (start >= 0) out.push({ phrase: { start, end, text: text.slice(start, end), weight: sum / total }, from, to });
    start = -1; sum = 0; words = 0;
  };
  p.tokens.forEach((tok, t) => {
    const c = perToken[offset + t] as number;
    if (c >= floor) {
      const word = tok.kind === 'word' || tok.kind === 'number';
      if (word && words === MAX_PHRASE_WORDS) close();
      if (word) words++;
      if (start < 0) { start = tok.start; from = t; }
      end = tok.end;
      to = t;
      sum += c;
    } else if (tok.kind === 'word' || tok.kind === 'number' || c < 0) close();
  });
  close();
  return out;
}
