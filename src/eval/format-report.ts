/** Text rendering of an EvalReport: the official figure first, then the per-label table. */
import type { EvalReport } from './evaluate-files.js';
import { articleCount, type PairedResult } from './bootstrap.js';

const TITLES: Record<EvalReport['subtask'], string> = {
  '1': 'subtask 1 (genre)',
  '2': 'subtask 2 (frames)',
  '3': 'subtask 3 (techniques per paragraph)',
  spans: 'technique spans',
};

const num = (x: number): string => x.toFixed(4);
const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(4)}`;
const percent = (level: number): string => `${Math.round(level * 1000) / 10}%`;

/** `higher in 626, lower in 0, equal in 374 of the 1000 resamples`. */
function tally(p: PairedResult): string {
  const higher = Math.round(p.higher * p.resamples);
  const lower = Math.round(p.lower * p.resamples);
  return `higher in ${higher}, lower in ${lower}, equal in ${p.resamples - higher - lower} of the ${p.resamples} resamples`;
}

/** `95% interval 0.3950 to 0.4460 (1000 resamples of 143 articles, seed 1)`, and the comparison's line. */
function bootstrapLines(report: EvalReport): string[] {
  const b = report.bootstrap;
  if (b === undefined) return [];
  const lines = [`  ${percent(b.level)} interval ${num(b.low)} to ${num(b.high)} (bootstrap: ${b.resamples} resamples of the ${articleCount(b.articles)}, seed ${b.seed})`];
  const c = report.comparison;
  if (c !== undefined) {
    const p = c.paired;
    lines.push(
      `  compared with ${c.input}: ${c.official.name} ${num(c.official.value)}; difference ${signed(p.difference)}, ` +
        `${percent(p.level)} interval ${signed(p.low)} to ${signed(p.high)}; ${tally(p)}`,
    );
  }
  return lines;
}

/**
 * Renders a report as plain text lines.
 * @example
 * process.stdout.write(formatReport(await evaluateFiles('1', gold, pred)));
 */
export function formatReport(report: EvalReport): string {
  const lines = [
    `${TITLES[report.subtask]}: ${report.official.name} = ${num(report.official.value)}`,
    ...bootstrapLines(report),
    `  ${report.figures.map((f) => `${f.name} ${num(f.value)}`).join('   ')}`,
    `  gold: ${report.gold.rows} rows (${report.gold.input}); predictions: ${report.pred.rows} rows (${report.pred.input})`,
    ...report.notes.map((n) => `  note: ${n}`),
    '',
  ];
  const width = Math.max(5, ...report.perLabel.map((l) => l.label.length));
  lines.push(`${'label'.padEnd(width)}  ${'P'.padStart(6)}  ${'R'.padStart(6)}  ${'F1'.padStart(6)}  ${'support'.padStart(7)}`);
  for (const l of report.perLabel) {
    lines.push(`${l.label.padEnd(width)}  ${num(l.precision)}  ${num(l.recall)}  ${num(l.f1)}  ${String(l.support).padStart(7)}`);
  }
  return lines.join('\n') + '\n';
}
