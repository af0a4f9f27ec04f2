/**
 * The benchmark corpus: SemEval-2023 articles from ../shared/data when present (read in place,
 * never copied), generated multilingual text otherwise, so `npm run bench` runs on a fresh clone.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/document/article.js';
import { normalizeLangCode } from '../src/lang/normalize-lang-code.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(repoRoot, '../shared/data/semeval2023');

/** A corpus and where it came from. */
export interface BenchCorpus {
  /** Short name, used in result file names: `semeval` or `generated`. */
  kind: 'semeval' | 'generated';
  source: string;
  articles: Article[];
}

/** Every SemEval train and test article of subtask 3, with its folder's language. */
function semevalArticles(): Article[] {
  const out: Article[] = [];
  for (const lang of readdirSync(DATA).sort()) {
    for (const split of ['train', 'test']) {
      const dir = path.join(DATA, lang, `${split}-articles-subtask-3`);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).sort()) {
        const id = /^article(\d+)\.txt$/.exec(f)?.[1];
        if (id) out.push({ id, text: readFileSync(path.join(dir, f), 'utf8'), lang: normalizeLangCode(lang) });
      }
    }
  }
  return out;
}

const WORDS: Record<string, string[]> = {
  en: 'the council said on Tuesday that Mr. Smith would not run again because voters were tired'.split(' '),
  ru: 'в понедельник совет заявил что г. Иванов не будет снова баллотироваться т.е. уйдёт'.split(' '),
  de: 'der Rat sagte am Dienstag dass Herr Müller z.B. nicht wieder antreten werde weil Wähler müde'.split(' '),
  fr: "le conseil a dit mardi que M. Dupont ne se représentera pas car l'électorat est fatigué".split(' '),
  it: "il consiglio ha detto martedì che il sig. Rossi non si ricandiderà perché l'elettorato è stanco".split(' '),
  pl: 'rada powiedziała we wtorek że dr Nowak nie będzie ponownie kandydować bo wyborcy są zmęczeni'.split(' '),
};

/** Deterministic generated articles: `count` articles of 20 paragraphs in six languages. */
function generatedArticles(count: number): Article[] {
  const langs = Object.keys(WORDS);
  const out: Article[] = [];
  let seed = 7;
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let a = 0; a < count; a++) {
    const lang = langs[a % langs.length]!;
    const words = WORDS[lang]!;
    const paragraphs: string[] = [];
    for (let p = 0; p < 20; p++) {
      const sentences: string[] = [];
      for (let s = 0, n = 1 + next(4); s < n; s++) {
        const len = 6 + next(20);
        const ws = Array.from({ length: len }, () => words[next(words.length)]!);
        ws[0] = ws[0]!.charAt(0).toUpperCase() + ws[0]!.slice(1);
        sentences.push(`${ws.join(' ')}${next(5) === 0 ? '?' : '.'}`);
      }
      paragraphs.push(sentences.join(' '));
    }
    out.push({ id: String(a + 1), text: `${paragraphs.join('\n\n')}\n`, lang });
  }
  return out;
}

/**
 * The corpus the benchmarks run on: SemEval when present, unless `SLANT_BENCH_CORPUS=generated`
 * asks for the generated one (the corpus a fresh clone gets).
 */
export function loadCorpus(): BenchCorpus {
  if (existsSync(DATA) && process.env['SLANT_BENCH_CORPUS'] !== 'generated') return { kind: 'semeval', source: 'semeval2023 train+test articles (../shared/data)', articles: semevalArticles() };
  return { kind: 'generated', source: 'generated text (../shared/data absent)', articles: generatedArticles(600) };
}
