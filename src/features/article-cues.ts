/**
 * Article-level cue features (issue 5, item 3): densities of first person, second person, quotes,
 * reported speech, numbers, years, questions and exclamations; the headline's form; length and
 * structure. Each is a bucketed indicator named by its class, so it pools across languages and is
 * kept out of the row's L2 normalisation (a `raw` feature).
 */
import type { Document, Token } from '../document/document.js';
import type { FeatureConfig } from './feature-config.js';
import type { FeatureSink } from './feature-sink.js';
import { murmur3 } from './murmur3.js';
import { cueClassOf } from './cue-lexicon.js';

const SEED = 29;
const QUOTES = new Set(['"', '“', '”', '«', '»', '„', '‘', "'"]);
/** First person singular, our own short lists per language. */
const FIRST_PERSON = new Set(
  'i me my mine myself я меня мне мой моя моё мои je j moi mon ma mes ich mich mir mein meine io me mi mio mia miei ja mnie mi mój moja moje'.split(' '),
);
/** Verbs and phrases of reported speech, our own short lists per language. */
const REPORTED = new Set(
  ('said says told stated according announced reported claimed added explained spokesman spokeswoman ' +
    'сказал сказала заявил заявила сообщил сообщила отметил отметила словам пресс-секретарь ' +
    'déclaré affirmé selon annoncé expliqué indiqué porte-parole ' +
    'sagte sagt erklärte teilte laut sprecher sprecherin berichtete ' +
    'detto dichiarato secondo annunciato spiegato riferito portavoce ' +
    'powiedział powiedziała według stwierdził oświadczył poinformował rzecznik').split(' '),
);

/** The cue classes of an article's tokens: each class's tokens (article-wide numbering). */
interface CueCounts {
  tokens: number;
  at: Map<string, number[]>;
}

/** Cue counts by paragraph list: genre and frames (and genre evidence) read them for the same document. */
const countsCache = new WeakMap<Document['paragraphs'], CueCounts>();

function countCues(doc: Document): CueCounts {
  const hit = countsCache.get(doc.paragraphs);
  if (hit) return hit;
  const at = new Map<string, number[]>();
  let tokens = 0;
  const bump = (k: string): void => {
    const list = at.get(k);
    if (list) list.push(tokens);
    else at.set(k, [tokens]);
  };
  for (const p of doc.paragraphs) {
    for (const t of p.tokens) {
      classify(t, bump);
      tokens++;
    }
  }
  const out = { tokens, at };
  countsCache.set(doc.paragraphs, out);
  return out;
}

/** How many tokens of class `cls` the article has. */
function countOf(c: CueCounts, cls: string): number {
  return c.at.get(cls)?.length ?? 0;
}

/** Calls `bump` with each cue class of token `t`. */
function classify(t: Token, bump: (cls: string) => void): void {
  if (t.kind === 'punct' || t.kind === 'symbol') {
    if (QUOTES.has(t.norm)) bump('quote');
    else if (t.norm === '?' || t.norm === '!' || t.norm === '%' || t.norm === '$' || t.norm === '€') bump(t.norm);
    return;
  }
  if (t.kind === 'number') {
    bump('number');
    if (/^(19|20)\d\d$/.test(t.norm)) bump('year');
    return;
  }
  if (FIRST_PERSON.has(t.norm)) bump('i');
  if (REPORTED.has(t.norm)) bump('said');
  const cls = cueClassOf(t.norm);
  if (cls) bump(cls);
}

/** The cue classes counted per article, in the order the features and densities use. */
const CUE_CLASSES = ['quote', '?', '!', '%', '$', '€', 'number', 'year', 'i', 'said', 'you', 'we', 'intens', 'hedge', 'absolute'] as const;

/**
 * The values of `articleCueDensities`, in order: each cue class (per 1,000 tokens), then the
 * article's size: `tokens`, `paragraphs` and `tokens-per-paragraph`.
 */
export const ARTICLE_CUE_DENSITY_NAMES: readonly string[] = [...CUE_CLASSES, 'tokens', 'paragraphs', 'tokens-per-paragraph'];

/** How many of `articleCueDensities`' values are rates per 1,000 tokens (the first ones); the next is log(1 + tokens). */
export const ARTICLE_CUE_RATES = CUE_CLASSES.length;

/** The cue classes counted from our word lists (first person, reported speech, "you", "we", …): six languages' words only. */
const WORD_LIST_CUES: ReadonlySet<string> = new Set(['i', 'said', 'you', 'we', 'intens', 'hedge', 'absolute']);

/**
 * `articleCueDensities(doc)` with the classes our word lists count set to 0: what any language and
 * script has (quotation marks, question and exclamation marks, %, currency, numbers, years, and
 * the article's size), for a decision that must serve languages the lists do not cover.
 */
export function scriptFreeDensities(x: ArrayLike<number>): Float64Array {
  return Float64Array.from(ARTICLE_CUE_DENSITY_NAMES, (name, j) => (WORD_LIST_CUES.has(name) ? 0 : (x[j] as number)));
}

/**
 * The article's cues as numbers rather than buckets: log(1 + count per 1,000 tokens) of each cue
 * class, then log(1 + x) of its length in tokens, its paragraphs and its tokens per paragraph
 * (`ARTICLE_CUE_DENSITY_NAMES`), for a dense decision over a handful of values. `Math.expm1`
 * gives the counts back.
 */
export function articleCueDensities(doc: Document): Float64Array {
  const cues = countCues(doc);
  const { tokens } = cues;
  const paragraphs = doc.paragraphs.length;
  return Float64Array.from([
    ...CUE_CLASSES.map((c) => Math.log1p((1000 * countOf(cues, c)) / Math.max(1, tokens))),
    Math.log1p(tokens),
    Math.log1p(paragraphs),
    Math.log1p(tokens / Math.max(1, paragraphs)),
  ]);
}

/**
 * The tokens behind each value of `articleCueDensities` (article-wide numbering; the size values
 * have none): what a decision over the densities points at as evidence.
 */
export function articleCueTokens(doc: Document): number[][] {
  const { at } = countCues(doc);
  return ARTICLE_CUE_DENSITY_NAMES.map((name) => [...(at.get(name) ?? [])]);
}

/** log2 bucket of a count per 1,000 tokens, 0 … 8. */
function densityBucket(count: number, tokens: number): number {
  return Math.min(8, Math.floor(Math.log2(1 + (1000 * count) / Math.max(1, tokens))));
}

/**
 * Emits the cue features of `doc` with weight `weight` (non-token features: provenance -1).
 * @example
 * emitArticleCues(doc, DEFAULT_ARTICLE_BASE, 0.3, rowBuilder);
 */
export function emitArticleCues(doc: Document, base: FeatureConfig, weight: number, sink: FeatureSink): void {
  const mask = (1 << base.bits) - 1;
  const put = (key: string): void => {
    const h = murmur3(key, SEED);
    sink.add(h & mask, h & 0x80000000 ? -weight : weight, -1, -1, true);
  };
  const cues = countCues(doc);
  const { tokens } = cues;
  for (const cls of CUE_CLASSES) {
    put(`${cls}:${densityBucket(countOf(cues, cls), tokens)}`);
  }
  const paragraphs = doc.paragraphs.length;
  put(`tokens:${Math.min(14, Math.floor(Math.log2(1 + tokens)))}`);
  put(`paragraphs:${Math.min(8, Math.floor(Math.log2(1 + paragraphs)))}`);
  put(`per-paragraph:${Math.min(9, Math.floor(Math.log2(1 + tokens / Math.max(1, paragraphs))))}`);
  emitHeadline(doc, put);
}

function emitHeadline(doc: Document, put: (key: string) => void): void {
  const title = doc.paragraphs[0];
  if (!title) return;
  const words = title.tokens.filter((t) => t.kind === 'word').length;
  put(`title-words:${Math.min(6, Math.floor(Math.log2(1 + words)))}`);
  const last = title.tokens[title.tokens.length - 1];
  if (last && (last.norm === '?' || last.norm === '!' || last.norm === '.')) put(`title-ends:${last.norm}`);
  if (title.tokens.some((t) => QUOTES.has(t.norm))) put('title-quote');
  if (title.tokens.some((t) => t.norm === ':')) put('title-colon');
  if (title.tokens.some((t) => t.kind === 'number')) put('title-number');
}
