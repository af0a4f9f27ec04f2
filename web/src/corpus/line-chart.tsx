/**
 * Lines over time drawn in SVG at the container's pixel width: one line per series over the
 * periods (evenly spaced, oldest first; see `fillPeriods`), a y axis with a few round ticks, every
 * nth period named. A value that is not a number (a period without articles has no rate) is a gap.
 */
import { colourOf, labelName, ticks, type SeriesTable } from './chart-data.js';
import { useWidth } from './use-width.js';

const HEIGHT = 240;
const PAD = { left: 44, right: 12, top: 10, bottom: 28 };
/** About how wide a tick label's character is, in pixels (the ticks' small type), for spacing them. */
const CHAR_PX = 7;

/** The chart; `label` is read by screen readers in place of the drawing. */
export function LineChart({ table, format, label }: { table: SeriesTable; format: (v: number) => string; label: string }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const finite = table.values.flat().filter(Number.isFinite);
  const max = Math.max(0, ...finite);
  const ys = ticks(max, finite.every(Number.isInteger));
  const top = ys[ys.length - 1]!;
  // Room on the left for the longest y tick ("100.00"), and period names spaced by their length.
  const left = Math.max(PAD.left, Math.max(...ys.map((v) => format(v).length)) * CHAR_PX + 10);
  const plotW = Math.max(width - left - PAD.right, 10);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const n = table.groups.length;
  const xOf = (i: number) => left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const yOf = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const labelW = Math.max(...table.groups.map((g) => g.length), 4) * CHAR_PX + 16;
  const every = Math.max(1, Math.ceil((n * labelW) / plotW));
  // The first and last periods are named flush with the ends; every nth between them where its
  // name, centred, stays clear of theirs.
  const named = (i: number): boolean => n <= 1 || i === 0 || i === n - 1 || (i % every === 0 && xOf(i) - labelW / 2 >= left + labelW && xOf(i) + labelW / 2 <= left + plotW - labelW);
  return (
    <div ref={ref} class="chart">
      {width > 0 && (
        <svg width={width} height={HEIGHT} role="img" aria-label={label}>
          {ys.map((v) => (
            <g key={v}>
              <line x1={left} x2={left + plotW} y1={yOf(v)} y2={yOf(v)} class="grid" />
              <text x={left - 6} y={yOf(v) + 4} class="tick y">
                {format(v)}
              </text>
            </g>
          ))}
          {table.groups.map((g, i) =>
            named(i) ? (
              <text key={g} x={xOf(i)} y={HEIGHT - 8} class={`tick x${n > 1 && i === 0 ? ' first' : ''}${n > 1 && i === n - 1 ? ' last' : ''}`}>
                {g}
              </text>
            ) : null,
          )}
          {table.series.map((s, row) => {
            const colour = colourOf(table.series, row);
            // Runs of values that are numbers, each its own line: a gap stays a gap.
            const runs: string[][] = [[]];
            table.values[row]!.forEach((v, i) => {
              if (Number.isFinite(v)) runs[runs.length - 1]!.push(`${xOf(i)},${yOf(v)}`);
              else if (runs[runs.length - 1]!.length > 0) runs.push([]);
            });
            return (
              <g key={s}>
                {runs.filter((r) => r.length > 1).map((r, k) => (
                  <polyline key={k} points={r.join(' ')} fill="none" stroke-width="2" style={{ stroke: colour }} />
                ))}
                {table.values[row]!.map((v, i) =>
                  Number.isFinite(v) ? (
                    <circle key={i} cx={xOf(i)} cy={yOf(v)} r={n > 60 ? 1.5 : 3} style={{ fill: colour }}>
                      <title>{`${table.groups[i]} · ${labelName(s)}: ${format(v)}`}</title>
                    </circle>
                  ) : null,
                )}
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
