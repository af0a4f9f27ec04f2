/**
 * Output options applied after the analysis, so they hold whatever the model side implements:
 * `minScore` drops findings below it (the pipeline applies it for `AnalyzeOptions.minScore`),
 * `tasks` drops the parts not asked for (the CLI and the API apply it). Applying it twice changes nothing.
 */
import type { Analysis, ParagraphResult } from '../result.js';
import { TASKS, type Task } from './options.js';

/** What to keep. */
export interface OutputFilter {
  minScore?: number;
  tasks?: readonly Task[];
}

/**
 * A copy of `analysis` without findings under `minScore` and without the tasks not asked for.
 * @example
 * filterAnalysis(analysis, { minScore: 0.5, tasks: ['techniques'] });
 */
export function filterAnalysis(analysis: Analysis, filter: OutputFilter): Analysis {
  const min = filter.minScore ?? 0;
  const tasks = new Set<Task>(filter.tasks ?? TASKS);
  const out: Analysis = {
    ...analysis,
    paragraphs: analysis.paragraphs.map((p) => filterParagraph(p, tasks.has('techniques'), min)),
  };
  if (!tasks.has('genre')) delete out.genre;
  if (!tasks.has('frames')) {
    delete out.frames;
    delete out.frameScores;
  } else if (analysis.frames !== undefined) out.frames = analysis.frames.filter((f) => f.score >= min);
  if (!tasks.has('spans')) delete out.spans;
  else if (analysis.spans !== undefined) {
    // Spans show the techniques their paragraph reports: a paragraph finding dropped here takes its
    // spans along. Where techniques were not analysed, no paragraph reports any, so none decides.
    const reported = tasks.has('techniques') && out.paragraphs.some((p) => p.techniques !== undefined) ? reportedIn(out) : undefined;
    out.spans = analysis.spans.filter((s) => s.score >= min && (reported === undefined || reported(s.start, s.label)));
  }
  return out;
}

/**
 * A copy of paragraph `p` without its techniques under `min`, or, when techniques are not asked
 * for (`keep` false), without techniques and their scores at all: absent, as when the task was
 * not run, so that no view reads "none found" (result.ts).
 */
function filterParagraph(p: ParagraphResult, keep: boolean, min: number): ParagraphResult {
  const out: ParagraphResult = { ...p };
  if (!keep) {
    delete out.techniques;
    delete out.scores;
  } else if (p.techniques !== undefined) out.techniques = p.techniques.filter((t) => t.score >= min);
  return out;
}

/** Whether the paragraph holding character `at` reports technique `label` in `analysis`. */
function reportedIn(analysis: Analysis): (at: number, label: string) => boolean {
  const labels = new Map(analysis.paragraphs.map((p) => [p.n, new Set<string>((p.techniques ?? []).map((t) => t.label))]));
  const bounds = analysis.article.paragraphs;
  return (at, label) => {
    const p = bounds.find((b) => b.start <= at && at < b.end);
    return p !== undefined && labels.get(p.n)?.has(label) === true;
  };
}
