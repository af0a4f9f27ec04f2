/**
 * Small stored corpora for the corpus view's browser test and screenshot, written by us: articles
 * with technique markers read by the fake analyzer (test/store-fake-analyzer.ts), which this
 * wraps to also give a span on the word before each marker, so the article view has highlights.
 */
import type { Article } from '../src/document/article.js';
import type { InputResult } from '../src/ingest/index.js';
import type { Analyzer } from '../src/store/analyzer.js';
import { ingestArticles } from '../src/store/ingest-articles.js';
import { openStore } from '../src/store/open-store.js';
import type { Technique } from '../src/labels.js';
import type { SpanFinding } from '../src/result.js';
import { fakeAnalyzer } from './store-fake-analyzer.js';

const LABELS: Record<string, Technique> = { LL: 'Loaded_Language', NC: 'Name_Calling-Labeling', FW: 'Flag_Waving', DO: 'Doubt' };

/** A span on the word before each `[XX]` marker of `text`. */
function markerSpans(text: string): SpanFinding[] {
  const out: SpanFinding[] = [];
  for (const m of text.matchAll(/([\p{L}]+) \[(LL|NC|FW|DO)\]/gu)) out.push({ start: m.index, end: m.index + m[1]!.length, label: LABELS[m[2]!]!, score: 0.9 });
  return out;
}

/** The fake analyzer (model fake@1) with spans. */
export function spanningAnalyzer(): Analyzer {
  const inner = fakeAnalyzer(1);
  return { ...inner, analyze: async (article: Article) => ({ ...(await inner.analyze(article)), spans: markerSpans(article.text) }) };
}

/** An article of the fixture. */
function article(id: string, title: string, body: string[], outlet?: string, publishedAt?: string): Article {
  const a: Article = { id, title, text: [title, ...body].join('\n\n'), lang: 'en' };
  if (outlet !== undefined || publishedAt !== undefined) a.source = { ...(outlet !== undefined ? { outlet } : {}), ...(publishedAt !== undefined ? { publishedAt } : {}) };
  return a;
}

/**
 * Five articles with known counts. Paragraphs with each technique: Loaded language 4 (Harbour
 * Herald 2, Valley Times 2), Name calling 2 (1, 1), Flag waving 2 (1, 1), Doubt 1 (Valley Times).
 * Frames: Economic 2 of 5 articles, Political 2 of 5. Months: 2024-01 (LL 2, FW 1), 2024-02
 * (LL 1, NC 1, DO 1), 2024-03 (LL 1, NC 1, FW 1); one article has no outlet and no date.
 */
export function smallCorpus(): Article[] {
  return [
    article('quay', 'Quay vote delayed again', ['The council dithered [LL] once more on Tuesday.', 'Our proud harbour [FW] deserves better than this shambles [LL].', 'The cost keeps rising. #Economic @opinion'], 'Harbour Herald', '2024-01-10'),
    article('ferry', 'Ferry timetable changes', ['The new ferry timetable starts in March.', 'Officials are liars [NC], says one captain. #Political'], 'Harbour Herald', '2024-02-14'),
    article('mill', 'Mill reopens after a long winter', ['The mill reopens after a wild [LL] year.', 'Workers doubt [DO] the promises of the owners. #Economic #Political'], 'Valley Times', '2024-02-03'),
    article('flood', 'Flood defences divide the valley', ['Our valley [FW] stands together.', 'The dam plan is a disgrace [LL] drawn up by clowns [NC]. @opinion'], 'Valley Times', '2024-03-20'),
    article('letter', 'Letter from a reader', ['Plain words about the weather this spring.']),
  ];
}

const TOPICS = ['Harbour', 'Bypass', 'School', 'Library', 'Ferry', 'Market', 'Budget', 'Housing', 'Clinic', 'Bridge', 'Park', 'Tram'];
const EVENTS = ['plan approved', 'vote delayed', 'costs rise', 'row deepens', 'opens at last', 'faces review'];
/** Per outlet: how likely each marked sentence is (loaded, name calling, flag waving, doubt). */
const OUTLETS: [string, number[]][] = [
  ['Harbour Herald', [0.7, 0.3, 0.2, 0.2]],
  ['Valley Times', [0.4, 0.1, 0.6, 0.1]],
  ['Northern Ledger', [0.2, 0.05, 0.1, 0.3]],
  ['City Paper', [0.5, 0.5, 0.2, 0.4]],
];
const MARKED = ['The plan is a scandal [LL] for everyone.', 'These reckless [NC] officials never listen.', 'Our great town [FW] deserves better.', 'Can we trust [DO] their figures at all?'];

/** A small deterministic random number generator (so the screenshot is the same each run). */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** A larger generated corpus for the screenshot: four outlets over twelve months, loaded language rising. */
export function demoCorpus(): Article[] {
  const next = random(7);
  const out: Article[] = [];
  for (let i = 0; i < 160; i++) {
    const [outlet, odds] = OUTLETS[Math.floor(next() * OUTLETS.length)]!;
    const month = 1 + Math.floor(next() * 12);
    const rise = [month / 12, 0, 0, 0];
    const body = MARKED.filter((_, k) => next() < odds[k]! * (0.6 + rise[k]!));
    const tags = `${next() < 0.4 ? '#Economic ' : ''}${next() < 0.3 ? '#Political ' : ''}${next() < 0.35 ? '@opinion' : ''}`;
    const title = `${TOPICS[Math.floor(next() * TOPICS.length)]!} ${EVENTS[Math.floor(next() * EVENTS.length)]!}`;
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    out.push(article(`demo-${i}`, title, ['The meeting ran late and the vote was moved.', ...body, `Reported by our desk. ${tags}`.trim()], outlet, `2024-${String(month).padStart(2, '0')}-${day}`));
  }
  return out;
}

/** Stores `articles` analysed by the spanning fake analyzer in a new SQLite file at `file`. */
export async function writeCorpus(file: string, articles: Article[]): Promise<void> {
  const store = await openStore(file, { create: true });
  async function* inputs(): AsyncGenerator<InputResult> {
    for (const a of articles) yield { input: a.id, article: a };
  }
  try {
    await ingestArticles(inputs(), { store, analyzer: spanningAnalyzer() });
  } finally {
    await store.close();
  }
}
