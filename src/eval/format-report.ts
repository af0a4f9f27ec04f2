/** Text rendering of an EvalReport: the official figure first, then the per-label table. */
import type { EvalReport } from './evaluate-files.js';

const TITLES: Record<EvalReport['subtask'], string> = {
  '1': 'subtask 1 (genre)',
  '2': 'subtask 2 (frames)',
  '3': 'subtask 3 (techniques per paragraph)',
  spans: 'technique spans',
};

const num = (x: number): string => x.toFixed(4);

/**
 * Renders a report as plain text lines.
 * @example
 * process.stdout.write(formatReport(await evaluateFiles('1', gold, pred)));
 */
export function formatReport(report: EvalReport): string {
  const lines = [
    `${TITLES[report.subtask]}: ${report.official.name} = ${num(report.official.value)}`,
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
