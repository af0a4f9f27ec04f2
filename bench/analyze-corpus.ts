/**
 * The analysis benchmark's corpus: generated English-like news articles of about 5 KB (made-up
 * text from a seeded PRNG and a word list written here, no corpus text), and, when
 * ../shared/data is present, a sample of SemEval articles in the six languages (read in place,
 * never copied).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/document/article.js';
import { normalizeLangCode } from '../src/lang/normalize-lang-code.js';
import { mulberry32 } from '../src/models/prng.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the SemEval articles are, when present. */
export const SEMEVAL = path.resolve(repoRoot, '../shared/data/semeval2023');

/** The training PRNG (mulberry32), so every run measures the same text. */
export const prng = mulberry32;

const FUNCTION = 'the of and to a in that is for on was with he it as at by from his has have are be this not but they were an said which will their who would been had its more about or after up than also when we one there could other some them new into can two our what all last'.split(' ');
const CONTENT = 'government minister council city police election vote budget tax workers union school hospital court judge law report officials people country president party leader crisis plan week year month spokesman statement market prices energy war troops border attack security company bank money costs rates inflation families children residents protest campaign media press interview spokesman agency investigation evidence claims critics supporters opponents reform policy health vaccine climate emissions housing rent transport road bridge project contract deal talks summit agreement sanctions economy growth jobs unemployment'.split(' ');
const VERBS = 'announced warned denied claimed insisted promised rejected criticised approved blocked revealed admitted accused demanded suggested confirmed'.split(' ');
const NAMES = ['Smith', 'Johnson', 'Miller', 'Brown', 'Garcia', 'Taylor', 'Anderson', 'Moore', 'Clark', 'Lewis'];
const CUES = ['everyone knows that', 'a total disaster', 'they will never stop', 'our children deserve better', 'this shameful betrayal', 'as always', 'the so-called experts', 'it is time to act', 'radical extremists', 'the corrupt elite', 'wake up', 'absolutely outrageous'];

/** One generated article of about `bytes` characters: a title and paragraphs of sentences. */
export function generatedArticle(rand: () => number, id: string, bytes = 5000): Article {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * rand() * list.length)]!;
  const sentence = (): string => {
    const words: string[] = [];
    for (let i = 0, n = 10 + Math.floor(rand() * 18); i < n; i++) {
      const r = rand();
      words.push(r < 0.45 ? pick(FUNCTION) : r < 0.85 ? pick(CONTENT) : r < 0.93 ? pick(VERBS) : `Mr ${pick(NAMES)}`);
      if (rand() < 0.06) words.push(`${Math.floor(rand() * 900 + 10)}`);
    }
    if (rand() < 0.25) words.splice(Math.floor(rand() * words.length), 0, pick(CUES));
    if (rand() < 0.1) words.splice(1, 0, pick(['however,', 'meanwhile,', 'in fact,']));
    let s = words.join(' ');
    if (rand() < 0.15) s = `"${s}," ${pick(NAMES)} said`;
    const end = rand() < 0.08 ? '!' : rand() < 0.06 ? '?' : '.';
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}${end}`;
  };
  const title = sentence().replace(/[.!?]$/, '');
  const parts = [title];
  let size = title.length;
  while (size < bytes) {
    const p = Array.from({ length: 1 + Math.floor(rand() * 4) }, sentence).join(' ');
    parts.push(p);
    size += p.length + 2;
  }
  return { id, text: `${parts.join('\n\n')}\n` };
}

/** `count` generated articles from a fixed seed. */
export function generatedArticles(count: number, seed = 42): Article[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => generatedArticle(rand, `gen-${i}`));
}

/** Up to `perLang` SemEval subtask-3 train articles per language (first by name); empty when absent. */
export function semevalSample(perLang: number): Article[] {
  if (!existsSync(SEMEVAL)) return [];
  const out: Article[] = [];
  for (const folder of ['en', 'fr', 'ge', 'it', 'po', 'ru']) {
    const dir = path.join(SEMEVAL, folder, 'train-articles-subtask-3');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort().slice(0, perLang)) {
      out.push({ id: `${folder}-${f}`, text: readFileSync(path.join(dir, f), 'utf8'), lang: normalizeLangCode(folder) });
    }
  }
  return out;
}

/** The first `count` articles plus the first of each language: a warm-up that loads every model used. */
export function warmUpSet(articles: Article[], count = 10): Article[] {
  const seen = new Set<string | undefined>();
  return articles.filter((a, i) => {
    const first = !seen.has(a.lang);
    seen.add(a.lang);
    return i < count || first;
  });
}
