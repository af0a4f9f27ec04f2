/**
 * Hand-built analyses of our own example texts, for the golden tests of every format and the
 * browser test. They do not run the models (the pipeline is not deterministic across model
 * releases): the article part comes from `segment()`, the findings are written here by hand,
 * placed by the phrase they cover.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/document/article.js';
import type { Warning } from '../../src/document/document.js';
import { segment } from '../../src/segment/index.js';
import { categoryOf, type Frame, type Genre, type Technique } from '../../src/labels.js';
import type { Analysis, AnalysedArticle, ArticleEvidence, Evidence, SpanFinding, TechniqueFinding } from '../../src/result.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const repoRoot = path.resolve(here, '../..');

/** A finding written by hand: the label, its score and the phrases that are its evidence. */
interface FindingSpec {
  label: Technique;
  score: number;
  /** Phrases of one paragraph, each found by its first occurrence in the text. */
  phrases: string[];
}

/** One golden case. */
export interface GoldenCase {
  name: string;
  article: Article;
  analysis: Analysis;
}

/** The span of the first occurrence of `phrase`; throws when the text lacks it. */
function locate(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`golden: phrase not in text: ${phrase}`);
  return { start, end: start + phrase.length };
}

/** A finding with evidence weights that share the total equally (rounded to 2 decimals). */
function finding(text: string, spec: FindingSpec): { n: number; finding: TechniqueFinding; start: number } {
  const spans = spec.phrases.map((p) => locate(text, p));
  const weight = Math.round((1 / spans.length) * 100) / 100;
  const evidence: Evidence[] = spans.map((s) => ({ ...s, text: text.slice(s.start, s.end), weight }));
  return { n: 0, finding: { label: spec.label, category: categoryOf(spec.label), score: spec.score, evidence }, start: spans[0]!.start };
}

interface CaseSpec {
  name: string;
  article: Article;
  genre?: { label: Genre; scores: Record<Genre, number>; phrases: string[] };
  frames?: { label: Frame; score: number; phrases: string[] }[];
  findings: FindingSpec[];
  spans?: { label: Technique; score: number; phrase: string }[];
  warnings?: Warning[];
}

/** Evidence of an article-level label: its phrases share the weight equally, and so do their paragraphs (strongest first). */
function articleEvidence(text: string, part: AnalysedArticle, phrases: string[]): ArticleEvidence {
  const share = Math.round((1 / phrases.length) * 100) / 100;
  const evidence = phrases.map((p) => ({ ...locate(text, p), text: p, weight: share }));
  const weights = new Map<number, number>();
  for (const e of evidence) {
    const n = part.paragraphs.find((q) => e.start >= q.start && e.start < q.end)!.n;
    weights.set(n, Math.round(((weights.get(n) ?? 0) + share) * 100) / 100);
  }
  const paragraphs = [...weights].map(([n, weight]) => ({ n, weight })).sort((a, b) => b.weight - a.weight || a.n - b.n);
  return { evidence: evidence.sort((a, b) => a.start - b.start), paragraphs };
}

function articlePart(article: Article): { part: AnalysedArticle; warnings: Warning[] } {
  const doc = segment(article, article.lang === undefined ? {} : { lang: article.lang });
  const part: AnalysedArticle = { id: article.id, lang: doc.lang.code, chars: article.text.length, paragraphs: doc.paragraphs.map((p) => ({ n: p.n, start: p.start, end: p.end })) };
  if (article.title !== undefined) part.title = article.title;
  if (article.source?.outlet !== undefined) part.source = article.source.outlet;
  if (article.source?.url !== undefined) part.url = article.source.url;
  if (article.source?.publishedAt !== undefined) part.publishedAt = article.source.publishedAt;
  return { part, warnings: doc.warnings };
}

/** Builds the analysis of a case from its hand-written findings. */
function build(spec: CaseSpec): GoldenCase {
  const { text } = spec.article;
  const { part, warnings } = articlePart(spec.article);
  const paragraphs = part.paragraphs.map((p) => ({ n: p.n, techniques: [] as TechniqueFinding[] }));
  for (const f of spec.findings) {
    const built = finding(text, f);
    const p = part.paragraphs.find((q) => built.start >= q.start && built.start < q.end)!;
    paragraphs.find((q) => q.n === p.n)!.techniques.push(built.finding);
  }
  const analysis: Analysis = { article: part, paragraphs, warnings: [...warnings, ...(spec.warnings ?? [])], model: { id: 'golden-hand-built', version: '1' } };
  if (spec.genre !== undefined) analysis.genre = { label: spec.genre.label, scores: spec.genre.scores, ...articleEvidence(text, part, spec.genre.phrases) };
  if (spec.frames !== undefined) {
    analysis.frames = spec.frames.map((f) => ({ label: f.label, score: f.score, ...articleEvidence(text, part, f.phrases) }));
  }
  if (spec.spans !== undefined) {
    analysis.spans = spec.spans.map((s): SpanFinding => ({ label: s.label, score: s.score, ...locate(text, s.phrase) }));
  }
  return { name: spec.name, article: spec.article, analysis };
}

const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8');

/** The golden cases, in a fixed order. */
export function goldenCases(): GoldenCase[] {
  return [townBypass(), hostileMarkup(), quietReport()].map(build);
}

function townBypass(): CaseSpec {
  return {
    name: 'town-bypass',
    article: { id: 'town-bypass-op-ed', text: read('examples/town-bypass-op-ed.txt'), lang: 'en', source: { outlet: 'Millbrook Courier', publishedAt: '2024-03-14', url: 'https://example.org/opinion/bypass' } },
    genre: { label: 'opinion', scores: { opinion: 0.91, reporting: 0.07, satire: 0.02 }, phrases: ['Let us be clear', 'I have spoken to'] },
    frames: [
      { label: 'Quality_of_life', score: 0.78, phrases: ['lorries thundering past their windows'] },
      { label: 'Economic', score: 0.64, phrases: ['forty million pounds'] },
      { label: 'Political', score: 0.41, phrases: ['taking donations from the construction firms'] },
    ],
    findings: [
      { label: 'Loaded_Language', score: 0.88, phrases: ['The Bypass Will Bury Our Town'] },
      { label: 'Appeal_to_Popularity', score: 0.52, phrases: ['Everyone Knows It'] },
      { label: 'Exaggeration-Minimisation', score: 0.74, phrases: ['destroy everything that makes Millbrook worth living in'] },
      { label: 'Name_Calling-Labeling', score: 0.81, phrases: ['reckless planners'] },
      { label: 'Guilt_by_Association', score: 0.47, phrases: ['The same reckless planners who gave us the flooded car park'] },
      { label: 'Doubt', score: 0.69, phrases: ['Why should anyone believe them this time?'] },
      { label: 'Appeal_to_Popularity', score: 0.77, phrases: ['Every shopkeeper on the High Street I have spoken to is against it', 'not find a single family'] },
      { label: 'Appeal_to_Authority', score: 0.58, phrases: ['According to Dr. Helen Marsh'] },
      { label: 'Straw_Man', score: 0.44, phrases: ['either build the bypass or watch the town centre choke to death'] },
      { label: 'Consequential_Oversimplification', score: 0.83, phrases: ['Once the first field is paved, the developers will follow'] },
      { label: 'Questioning_the_Reputation', score: 0.72, phrases: ['quietly taking donations from the construction firms that stand to profit'] },
      { label: 'Flag_Waving', score: 0.66, phrases: ['This is our town, our history and our children\'s future'] },
      { label: 'Slogans', score: 0.86, phrases: ['Stop the bypass. Save Millbrook.'] },
      { label: 'Appeal_to_Time', score: 0.61, phrases: ['before it is too late'] },
    ],
  };
}

function hostileMarkup(): CaseSpec {
  return {
    name: 'hostile-markup',
    article: {
      id: 'hostile "<markup>" & co',
      text: read('test/golden/inputs/hostile-markup.txt'),
      lang: 'en',
      title: 'Night <script>window.__slantPwned = 3</script> Market',
      source: { outlet: '<img src=x onerror="window.__slantPwned = 4">Herald', url: 'javascript:window.__slantPwned = 5' },
    },
    genre: { label: 'reporting', scores: { opinion: 0.38, reporting: 0.55, satire: 0.07 }, phrases: ['<script>window.__slantPwned = 1</script> danger to everyone', 'clowns & crooks'] },
    findings: [
      { label: 'Appeal_to_Fear-Prejudice', score: 0.71, phrases: ['<script>window.__slantPwned = 1</script> danger to everyone'] },
      { label: 'False_Dilemma-No_Choice', score: 0.63, phrases: ['Close it now or regret it forever 😀'] },
      { label: 'Name_Calling-Labeling', score: 0.9, phrases: ['clowns & crooks'] },
    ],
    spans: [
      { label: 'Appeal_to_Fear-Prejudice', score: 0.71, phrase: '<script>window.__slantPwned = 1</script> danger to everyone' },
      { label: 'Exaggeration-Minimisation', score: 0.35, phrase: 'danger to everyone, a claim nobody' },
      { label: 'False_Dilemma-No_Choice', score: 0.63, phrase: 'Close it now or regret it forever 😀' },
      { label: 'Appeal_to_Time', score: 0.55, phrase: 'now or regret' },
      { label: 'Name_Calling-Labeling', score: 0.9, phrase: 'clowns & crooks' },
      { label: 'Loaded_Language', score: 0.5, phrase: '<img src=x onerror="window.__slantPwned = 2">' },
    ],
    warnings: [{ code: 'demo-<warning>', message: 'a warning with <b>markup</b> & "quotes"' }],
  };
}

function quietReport(): CaseSpec {
  return {
    name: 'quiet-report',
    article: { id: 'quiet-report', text: read('test/golden/inputs/quiet-report.txt'), lang: 'en' },
    genre: { label: 'reporting', scores: { opinion: 0.06, reporting: 0.92, satire: 0.02 }, phrases: [] },
    frames: [],
    findings: [],
    spans: [],
  };
}
