/**
 * Horizontal bars drawn in SVG at the container's pixel width: one bar per group (an outlet, a
 * frame), stacked by series when there are several. The name sits above each bar and the total
 * at its end, so it reads on a phone as well as on a wide screen.
 */
import { colourOf, labelName, type SeriesTable } from './chart-data.js';
import { useWidth } from './use-width.js';

const ROW = 42;
const BAR = 16;

/** Props: the table, how to format a value, and the group's display name. */
interface BarChartProps {
  table: SeriesTable;
  format: (v: number) => string;
  groupName?: (g: string) => string;
  /** Summary read by screen readers in place of the drawing. */
  label: string;
  /** Fixed maximum of the scale (e.g. 1 for shares); the largest total otherwise. */
  max?: number;
}

/** About the widest character of a bar's name, in pixels (SVG text does not wrap: a long name is cut). */
const CHAR_PX = 7.5;

/** `name` cut with an ellipsis to fit `width` pixels (the whole name is the text's tooltip). */
export function fitted(name: string, width: number): string {
  const chars = [...name];
  const room = Math.max(8, Math.floor(width / CHAR_PX));
  return chars.length <= room ? name : `${chars.slice(0, room - 1).join('').trimEnd()}…`;
}

/** The chart. */
export function BarChart({ table, format, groupName = (g) => g, label, max }: BarChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const totals = table.groups.map((_, col) => table.series.reduce((sum, _s, row) => sum + table.values[row]![col]!, 0));
  const top = max ?? Math.max(...totals, 0);
  const room = Math.max(width - 64, 10);
  const scale = top > 0 ? room / top : 0;
  const height = table.groups.length * ROW + 4;
  return (
    <div ref={ref} class="chart">
      {width > 0 && (
        <svg width={width} height={height} role="img" aria-label={label}>
          {table.groups.map((g, col) => {
            const y = col * ROW;
            let x = 0;
            return (
              <g key={g} class="bar-row">
                <text x={0} y={y + 14} class="bar-name">
                  {fitted(groupName(g), width)}
                  <title>{groupName(g)}</title>
                </text>
                <rect x={0} y={y + 20} width={room} height={BAR} class="bar-track" />
                {table.series.map((s, row) => {
                  const v = table.values[row]![col]!;
                  const w = v * scale;
                  const rect = (
                    <rect key={s} x={x} y={y + 20} width={Math.max(w, 0)} height={BAR} fill={colourOf(table.series, row)}>
                      <title>{`${groupName(g)} · ${labelName(s)}: ${format(v)}`}</title>
                    </rect>
                  );
                  x += w;
                  return rect;
                })}
                <text x={x + 6} y={y + 33} class="bar-total">
                  {format(totals[col]!)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
