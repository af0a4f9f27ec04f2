/**
 * Lines over time drawn in SVG at the container's pixel width: one line per series over the
 * periods (evenly spaced, oldest first), a y axis with a few round ticks, every nth period named.
 */
import { colourOf, labelName, type SeriesTable } from './chart-data.js';
import { useWidth } from './use-width.js';

const HEIGHT = 240;
const PAD = { left: 44, right: 12, top: 10, bottom: 28 };

/** Round tick values from 0 to at least `max` (whole numbers only when `whole`). */
export function ticks(max: number, whole: boolean, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = whole ? Math.max(1, max / count) : max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

/** The chart; `label` is read by screen readers in place of the drawing. */
export function LineChart({ table, format, label }: { table: SeriesTable; format: (v: number) => string; label: string }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const max = Math.max(0, ...table.values.flat());
  const ys = ticks(max, table.values.every((row) => row.every(Number.isInteger)));
  const top = ys[ys.length - 1]!;
  const plotW = Math.max(width - PAD.left - PAD.right, 10);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const n = table.groups.length;
  const xOf = (i: number) => PAD.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const yOf = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const every = Math.max(1, Math.ceil((n * 72) / plotW));
  return (
    <div ref={ref} class="chart">
      {width > 0 && (
        <svg width={width} height={HEIGHT} role="img" aria-label={label}>
          {ys.map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={PAD.left + plotW} y1={yOf(v)} y2={yOf(v)} class="grid" />
              <text x={PAD.left - 6} y={yOf(v) + 4} class="tick y">
                {format(v)}
              </text>
            </g>
          ))}
          {table.groups.map((g, i) =>
            i % every === 0 ? (
              <text key={g} x={xOf(i)} y={HEIGHT - 8} class="tick x">
                {g}
              </text>
            ) : null,
          )}
          {table.series.map((s, row) => {
            const colour = colourOf(table.series, row);
            const points = table.values[row]!.map((v, i) => `${xOf(i)},${yOf(v)}`).join(' ');
            return (
              <g key={s}>
                {n > 1 && <polyline points={points} fill="none" stroke={colour} stroke-width="2" />}
                {table.values[row]!.map((v, i) => (
                  <circle key={i} cx={xOf(i)} cy={yOf(v)} r={3} fill={colour}>
                    <title>{`${table.groups[i]} · ${labelName(s)}: ${format(v)}`}</title>
                  </circle>
                ))}
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
