/** A tiny hand-written corpus (our own sentences) and settings for the genre and frames tests. */
import { segment } from '../src/segment/index.js';
import type { ArticleRow } from '../src/train/genre-frames-corpus.js';
import { DEFAULT_ARTICLE_BASE, DEFAULT_ARTICLE_FEATURES } from '../src/features/article-features.js';
import { DEFAULT_LEARNER } from '../src/models/logistic-ovr.js';
import { DEFAULT_THRESHOLDS } from '../src/models/thresholds.js';

const THEMES: Record<string, string[]> = {
  money: ['The budget deficit grew as taxes fell and prices rose.', 'Markets reacted to the interest rate and the cost of jobs.', 'Wages, inflation and trade shaped the economy this quarter.'],
  health: ['Hospitals reported more patients with the virus this week.', 'Doctors urged vaccines to keep the disease from spreading.', 'The clinic ran out of masks and medicine for the sick.'],
};
const VOICE: Record<string, string[]> = {
  opinion: ['I think this is a disgrace and we must say so.', 'In my view the leaders have failed us all.', 'Frankly, I believe nobody should accept it.'],
  reporting: ['Officials said on Tuesday that the figures were final.', 'According to the ministry, 42 cases were counted in 2021.', 'The agency reported the numbers in a statement.'],
};

/** One article of `theme` in `voice`, varied by `i`. */
export function article(theme: string, voice: string, i: number): string {
  const t = THEMES[theme] as string[];
  const v = VOICE[voice] as string[];
  return [`Story number ${i}`, '', t[i % 3], v[i % 3], t[(i + 1) % 3], v[(i + 2) % 3]].join('\n');
}

/** Rows of the tiny corpus for a task: genre by voice, frames by theme. */
export function tinyRows(task: 'genre' | 'frames'): ArticleRow[] {
  const rows: ArticleRow[] = [];
  let id = 1;
  for (const theme of ['money', 'health']) {
    for (const voice of ['opinion', 'reporting']) {
      for (let i = 0; i < 6; i++) {
        const doc = segment({ id: String(id), text: article(theme, voice, i) }, { lang: 'en' });
        const labels = task === 'genre' ? [voice] : [theme === 'money' ? 'Economic' : 'Health_and_safety'];
        rows.push({ doc, lang: 'en', articleId: String(id++), labels });
      }
    }
  }
  return rows;
}

/** Small, fast settings for training inside a test. */
export const TINY = {
  base: { ...DEFAULT_ARTICLE_BASE, bits: 12 },
  article: DEFAULT_ARTICLE_FEATURES,
  learner: { ...DEFAULT_LEARNER, rate: 0.2, epochs: 8 },
  thresholds: DEFAULT_THRESHOLDS,
  folds: 2,
  repeats: 1,
  seed: 1,
  files: [] as string[],
};
