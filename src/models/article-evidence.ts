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
  const flags = tokenFlags(doc);
  // One pass: the positive evidence, each paragraph's, the strongest token and content word, and
  // the FALLBACK_TOKENS strongest of each (what `tokenFloor` may need).
  const sums = new Float64Array(doc.paragraphs.length);
  const top = new Strongest(FALLBACK_TOKENS);
  const topContent = new Strongest(FALLBACK_TOKENS);
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
      top.offer(c);
      if (((flags[t] as number) & CONTENT) !== 0) {
        if (c > contentMax) contentMax = c;
        topContent.offer(c);
      }
    }
    sums[i] = sum;
  }
  if (total <= 0) return { paragraphs: [], phrases: [] };
  const paras: ParagraphEvidence[] = [];
  const all: Run[] = [];
  const content: Run[] = [];
  const floor = tokenFloor(total, max, contentMax, top, topContent);
  let offset = 0;
  doc.paragraphs.forEach((p, i) => {
    const sum = sums[i] as number;
    if (sum > 0) paras.push({ n: p.n, weight: sum / total });
    for (const run of runsOf(p, perToken, flags, offset, floor)) {
      all.push(run);
      if (run.content) content.push(run);
    }
    offset += p.tokens.length;
  });
  paras.sort((a, b) => b.weight - a.weight || a.n - b.n);
  // Phrases of function words alone ("about", "you") explain nothing; they go when others are there.
  const runs = content.length > 0 ? content : all;
  const weighed = runs.map((r) => ({ start: r.start, end: r.end, weight: r.sum / total }));
  weighed.sort((a, b) => b.weight - a.weight || a.start - b.start);
  const phrases = distinctPhrases(weighed, doc.article.text, o.phrases);
  return { paragraphs: paras.slice(0, o.paragraphs), phrases: phrases.sort((a, b) => a.start - b.start) };
}

/**
 * The first `max` phrases of `strongest` (strongest first) whose texts differ, case and spacing
 * aside: a word the article repeats ("outbreak" in four paragraphs) is shown once, at its
 * strongest occurrence, and does not crowd out the other evidence.
 */
function distinctPhrases(strongest: readonly { start: number; end: number; weight: number }[], text: string, max: number): PhraseEvidence[] {
  const seen = new Set<string>();
  const out: PhraseEvidence[] = [];
  for (const r of strongest) {
    if (out.length === max) break;
    const phrase = text.slice(r.start, r.end);
    const key = phrase.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: r.start, end: r.end, text: phrase, weight: r.weight });
  }
  return out;
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
function tokenFloor(total: number, max: number, contentMax: number, top: Strongest, topContent: Strongest): number {
  const floor = total * 0.01;
  const base = max >= floor ? floor : top.kth();
  return contentMax >= base || contentMax <= 0 ? base : topContent.kth();
}

/**
 * The `k` largest of the values offered, kept in order as they come (sorting every token's
 * contribution took a seventh of the fast analysis with evidence): `kth()` is the `k`-th largest
 * (the smallest offered when fewer were), the number sorting them all would give.
 * @example
 * const s = new Strongest(2); for (const c of [0.5, 0.9, 0.2]) s.offer(c); s.kth(); // 0.5
 */
export class Strongest {
  private readonly top: Float64Array;
  private n = 0;
  constructor(private readonly k: number) {
    this.top = new Float64Array(k);
  }
  offer(c: number): void {
    const { top, k } = this;
    if (this.n === k && c <= (top[k - 1] as number)) return;
    let j = this.n < k ? this.n++ : k - 1;
    for (; j > 0 && (top[j - 1] as number) < c; j--) top[j] = top[j - 1] as number;
    top[j] = c;
  }
  kth(): number {
    return this.top[this.n - 1] as number;
  }
}

/** Token flags: a word or number; one that is not a function word of the document's language. */
const WORD = 1;
const CONTENT = 2;

/** `tokenFlags` of the documents evidence was asked for, kept while each document lives (one per label otherwise). */
const flagsOf = new WeakMap<Document, Uint8Array>();

/** `WORD` and `CONTENT` flags of each token of `doc` (article-wide numbering). */
function tokenFlags(doc: Document): Uint8Array {
  const hit = flagsOf.get(doc);
  if (hit) return hit;
  const words = functionWords(doc.lang.code);
  const out = new Uint8Array(doc.paragraphs.reduce((n, p) => n + p.tokens.length, 0));
  flagsOf.set(doc, out);
  let t = 0;
  for (const p of doc.paragraphs) {
    for (let i = 0; i < p.tokens.length; i++, t++) {
      const kind = (p.tokens[i] as Token).kind;
      if (kind === 'word' || kind === 'number') out[t] = hasContentWord(p.tokens, i, i, words) ? WORD | CONTENT : WORD;
    }
  }
  return out;
}

/** A run of evidence tokens: its span of the raw text, its summed contribution, and whether it holds a content word. */
interface Run extends Span {
  sum: number;
  content: boolean;
}

/**
 * Runs of tokens of paragraph `p` (its first token is `offset` in `perToken` and `flags`) whose
 * contribution reaches `floor` (punctuation inside a run does not break it; a run is closed at
 * `MAX_PHRASE_WORDS` words).
 */
function runsOf(p: Paragraph, perToken: Float64Array, flags: Uint8Array, offset: number, floor: number): Run[] {
  const out: Run[] = [];
  let run: Run | null = null;
  let words = 0;
  for (let t = 0; t < p.tokens.length; t++) {
    const c = perToken[offset + t] as number;
    const f = flags[offset + t] as number;
    const word = (f & WORD) !== 0;
    if (c >= floor) {
      const tok = p.tokens[t] as Token;
      if (word && words === MAX_PHRASE_WORDS) run = null;
      if (run === null) {
        out.push((run = { start: tok.start, end: tok.end, sum: 0, content: false }));
        words = 0;
      }
      if (word) words++;
      run.end = tok.end;
      run.sum += c;
      if ((f & CONTENT) !== 0) run.content = true;
    } else if (word || c < 0) run = null;
  }
  return out;
}
