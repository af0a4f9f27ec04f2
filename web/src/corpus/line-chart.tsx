/**
 * Lines over time drawn in SVG at the container's pixel width: one line per series over the
 * periods (evenly spaced, oldest first), a y axis with a few round ticks, every nth period named.
 */
import { colourOf, labelName, ticks, type SeriesTable } from './chart-data.js';
import { useWidth } from './use-width.js';

const HEIGHT = 240;
const PAD = { left: 44, right: 12, top: 10, bottom: 28 };

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
