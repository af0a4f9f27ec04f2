/**
 * Evidence for an article-level label (a frame, the genre): the paragraphs whose words pushed the
 * label's score up most, and inside them the phrases (runs of adjacent contributing tokens) that
 * did (issue 5, item 2).
 */
import type { Document, Paragraph, Token } from '../document/document.js';
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
  const isContent = contentTokens(doc, functionWords(doc.lang.code));
  // One pass: the positive evidence, each paragraph's, and the strongest token and content word.
  const sums = new Float64Array(doc.paragraphs.length);
  let total = 0;
  let max = 0;
  let contentMax = 0;
  for (let i = 0, t = 0; i < doc.paragraphs.length; i++) {
    let sum = 0;
    for (const end = t + (doc.paragraphs[i] as Paragraph).tokens.length; t < end; t++) {
      const c = perToken[t] as number;
      if (!(c > 0)) continue;
      sum += c;
      total += c;
      if (c > max) max = c;
      if (isContent[t] === 1 && c > contentMax) contentMax = c;
    }
    sums[i] = sum;
  }
  if (total <= 0) return { paragraphs: [], phrases: [] };
  const paras: ParagraphEvidence[] = [];
  const all: Run[] = [];
  const content: Run[] = [];
  const floor = tokenFloor(perToken, total, max, contentMax, isContent);
  let offset = 0;
  doc.paragraphs.forEach((p, i) => {
    const sum = sums[i] as number;
    if (sum > 0) paras.push({ n: p.n, weight: sum / total });
    for (const run of runsOf(p, perToken, offset, floor)) {
      all.push(run);
      if (isContent.subarray(offset + run.from, offset + run.to + 1).includes(1)) content.push(run);
    }
    offset += p.tokens.length;
  });
  paras.sort((a, b) => b.weight - a.weight || a.n - b.n);
  // Phrases of function words alone ("about", "you") explain nothing; they go when others are there.
  const runs = content.length > 0 ? content : all;
  const weighed = runs.map((r) => ({ start: r.start, end: r.end, weight: r.sum / total }));
  weighed.sort((a, b) => b.weight - a.weight || a.start - b.start);
  const text = doc.article.text;
  const phrases = weighed.slice(0, o.phrases).map((r): PhraseEvidence => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end), weight: r.weight }));
  return { paragraphs: paras.slice(0, o.paragraphs), phrases: phrases.sort((a, b) => a.start - b.start) };
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

/** A run of evidence tokens: its span of the raw text, its tokens (in its paragraph) and their summed contribution. */
interface Run extends Span {
  from: number;
  to: number;
  sum: number;
}

/**
 * Runs of tokens of paragraph `p` (its first token is `offset` in `perToken`) whose contribution
 * reaches `floor` (punctuation inside a run does not break it; a run is closed at
 * `MAX_PHRASE_WORDS` words).
 */
function runsOf(p: Paragraph, perToken: Float64Array, offset: number, floor: number): Run[] {
  const out: Run[] = [];
  let run: Run | null = null;
  let words = 0;
  for (let t = 0; t < p.tokens.length; t++) {
    const tok = p.tokens[t] as Token;
    const c = perToken[offset + t] as number;
    const word = tok.kind === 'word' || tok.kind === 'number';
    if (c >= floor) {
      if (word && words === MAX_PHRASE_WORDS) run = null;
      if (run === null) {
        out.push((run = { start: tok.start, end: tok.end, from: t, to: t, sum: 0 }));
        words = 0;
      }
      if (word) words++;
      run.end = tok.end;
      run.to = t;
      run.sum += c;
    } else if (word || c < 0) run = null;
  }
  return out;
}
