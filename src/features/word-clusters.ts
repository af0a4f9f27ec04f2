/**
 * Word-cluster lexicons (`models/lexicon/*.txt`): each line maps a lower-cased word to a cluster
 * of words with similar pretrained vectors (scripts/build-word-clusters.ts). A model whose feature
 * settings name a lexicon emits each known word's cluster, and the clusters of word pairs, beside
 * the word itself. The lexicon is read once, lazily, and checked against the SHA-256 the model
 * was trained with.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { lexiconDir, lexiconOnce } from './lexicon-file.js';
import { ModelError } from '../errors.js';

/** First line of every lexicon file (format version 1). */
export const LEXICON_HEADER = '# slant word clusters 1';

/** What a model's feature settings say about its lexicon. */
export interface ClusterSettings {
  /** File name inside `models/lexicon/`, e.g. `clusters-en.txt`. */
  lexicon: string;
  /** SHA-256 (hex) of the lexicon file the model was trained with. */
  sha256: string;
  /** Languages whose words are looked up (the lexicon's own language). */
  langs: string[];
}

/** A parsed lexicon. */
export interface WordClusters {
  sha256: string;
  /** Word → cluster number. */
  clusters: Map<string, number>;
}

export { lexiconDir } from './lexicon-file.js';

/**
 * Parses lexicon text; `source` names it in messages.
 * @throws ModelError naming the line that is not `word<TAB>cluster`.
 */
export function parseWordClusters(text: string, source: string): Map<string, number> {
  const firstEnd = text.indexOf('\n');
  if (text.slice(0, firstEnd === -1 ? text.length : firstEnd) !== LEXICON_HEADER) throw new ModelError(`${source}: not a slant word-cluster lexicon (first line must be '${LEXICON_HEADER}')`);
  const clusters = new Map<string, number>();
  if (firstEnd === -1) return clusters;
  // One pass with indexOf, no array of lines: a lexicon has 100k of them, read at the first load.
  for (let at = firstEnd + 1, line = 2; at <= text.length; line++) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    if (end > at && text.charCodeAt(at) !== 0x23 /* # */) {
      const tab = text.indexOf('\t', at);
      const n = tab > at && tab < end ? clusterNumber(text, tab + 1, end) : NaN;
      if (!Number.isInteger(n) || n < 0) throw new ModelError(`${source}:${line}: expected 'word<TAB>cluster number'`);
      clusters.set(text.slice(at, tab), n);
    }
    at = end + 1;
  }
  return clusters;
}

/** `Number(text.slice(start, end))` (so an empty field is 0), without the slice when the field is plain digits. */
function clusterNumber(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9 || i - start > 8) return Number(text.slice(start, end));
    n = n * 10 + digit;
  }
  return n;
}

const loaded = new Map<string, WordClusters>();

/**
 * The shipped lexicon `name`, read once.
 * @throws ModelError when it cannot be read or parsed.
 */
export function loadWordClusters(name: string): WordClusters {
  return lexiconOnce(loaded, name, 'word-cluster lexicon', (bytes, file) => ({ sha256: createHash('sha256').update(bytes).digest('hex'), clusters: parseWordClusters(bytes.toString('utf8'), file) }));
}

/** The shipped English lexicon (GloVe vectors in 256 clusters) and the language it serves. */
const ENGLISH_LEXICON = { lexicon: 'clusters-en.txt', langs: ['en'] } as const;

/** Settings of the shipped lexicon that serves `lang` (own-language models train with it), or undefined. */
export function shippedClusterSettings(lang: string): ClusterSettings | undefined {
  const { lexicon, langs } = ENGLISH_LEXICON;
  return (langs as readonly string[]).includes(lang) ? clusterSettings(lexicon, [...langs]) : undefined;
}

/** Settings that use lexicon `name` for `langs`, with the hash of the file as it is now. */
export function clusterSettings(name: string, langs: string[]): ClusterSettings {
  return { lexicon: name, sha256: loadWordClusters(name).sha256, langs };
}

/**
 * The word → cluster map a model with `settings` uses for an article in `lang`, or null when it
 * uses none there.
 * @throws ModelError when the lexicon is not the one the model was trained with.
 */
export function clustersFor(settings: ClusterSettings | undefined, lang: string): Map<string, number> | null {
  if (settings === undefined || !settings.langs.includes(lang)) return null;
  // Emitters ask once per paragraph; a model's settings object is checked against its file once.
  let clusters = verified.get(settings);
  if (clusters === undefined) verified.set(settings, (clusters = verifiedLexicon(settings).clusters));
  return clusters;
}

const verified = new WeakMap<ClusterSettings, Map<string, number>>();

/**
 * The lexicon `settings` name, read once and checked against the hash the model was trained with.
 * `retrain` is the command the message suggests.
 * @throws ModelError when it is missing, malformed or a different file.
 */
export function verifiedLexicon(settings: ClusterSettings, retrain = 'slant train techniques'): WordClusters {
  const lex = loadWordClusters(settings.lexicon);
  if (lex.sha256 !== settings.sha256) {
    throw new ModelError(`${path.join(lexiconDir(), settings.lexicon)}: differs from the lexicon the model was trained with; retrain it (${retrain})`);
  }
  return lex;
}

/** Checks cluster settings read from a model file; a message for the first problem, or null. */
export function checkClusterSettings(value: unknown): string | null {
  if (value === undefined) return null;
  const c = value as Partial<ClusterSettings> | null;
  if (typeof c !== 'object' || c === null) return 'cluster settings malformed';
  if (typeof c.lexicon !== 'string' || !/^\w[\w.-]*$/.test(c.lexicon)) return 'cluster lexicon name malformed';
  if (typeof c.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(c.sha256)) return 'cluster lexicon hash malformed';
  if (!Array.isArray(c.langs) || c.langs.some((l) => typeof l !== 'string')) return 'cluster languages malformed';
  return null;
}
