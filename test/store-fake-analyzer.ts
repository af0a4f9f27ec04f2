/**
 * A fake analyzer for the store tests, so technique counts are known before models exist: real
 * segmentation, then findings read from markers WE put in the texts. `[LL]` Loaded_Language,
 * `[NC]` Name_Calling-Labeling, `[FW]` Flag_Waving, `[DO]` Doubt, `[SL]` Slogans (only from model
 * version 2 on) in a paragraph; `#Economic`, `#Political` frames and `@opinion` genre anywhere.
 */
import type { Article } from '../src/document/article.js';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import type { Analysis, TechniqueFinding } from '../src/result.js';
import { categoryOf, type Frame, type Technique } from '../src/labels.js';
import type { Analyzer } from '../src/store/analyzer.js';

const MARKERS: [string, Technique, number][] = [
  ['[LL]', 'Loaded_Language', 1],
  ['[NC]', 'Name_Calling-Labeling', 1],
  ['[FW]', 'Flag_Waving', 1],
  ['[DO]', 'Doubt', 1],
  ['[SL]', 'Slogans', 2],
];

/** The techniques marked in one paragraph's text. */
function techniquesIn(text: string, version: number): TechniqueFinding[] {
  return MARKERS.filter(([m, , since]) => version >= since && text.includes(m)).map(([, label]) => ({ label, category: categoryOf(label), score: 0.9, evidence: [] }));
}

/** The fake analysis of `article` by model `fake@<version>`. */
export function fakeAnalysis(article: Article, version: number): Analysis {
  const base = analyzeArticle(article, { lang: article.lang ?? 'en' });
  const bounds = new Map(base.article.paragraphs.map((p) => [p.n, p]));
  const paragraphs = base.paragraphs.map((p) => {
    const b = bounds.get(p.n)!;
    return { n: p.n, techniques: techniquesIn(article.text.slice(b.start, b.end), version) };
  });
  const frames = (['Economic', 'Political'] as Frame[]).filter((f) => article.text.includes(`#${f}`)).map((label) => ({ label, score: 0.8, evidence: [], paragraphs: [] }));
  const opinion = article.text.includes('@opinion');
  const genre = { label: opinion ? ('opinion' as const) : ('reporting' as const), scores: { opinion: opinion ? 0.9 : 0.1, reporting: opinion ? 0.1 : 0.9, satire: 0 }, evidence: [], paragraphs: [] };
  return { ...base, paragraphs, frames, genre, warnings: [], model: { id: 'fake', version: String(version) } };
}

/** An analyzer of model `fake@<version>`; `calls` counts its analyses. */
export function fakeAnalyzer(version: number): Analyzer & { calls: number } {
  const analyzer = {
    id: 'fake',
    // The fake's version is the same for every language, as if each language's files were retrained together.
    modelFor: async (lang: string) => ({ id: 'fake', version: String(version), lang }),
    calls: 0,
    analyze: async (article: Article) => {
      analyzer.calls++;
      return fakeAnalysis(article, version);
    },
    close: async () => {},
  };
  return analyzer;
}
