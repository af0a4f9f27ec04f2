/**
 * Horizontal bars drawn in SVG at the container's pixel width: one bar per group (an outlet, a
 * frame), stacked by series when there are several. The name sits above each bar and the total
 * at its end, so it reads on a phone as well as on a wide screen.
 */
import { colourOf, fitted, labelName, type SeriesTable } from './chart-data.js';
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

/** The charts' font (corpus.css, `.chart text`). */
const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in the charts' font, in pixels (a canvas measures it). */
function textWidth(text: string): number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (context === null) return [...text].length * 8;
  context.font = FONT;
  return context.measureText(text).width;
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
                  {fitted(groupName(g), width - 8, textWidth)}
                  <title>{groupName(g)}</title>
                </text>
                <rect x={0} y={y + 20} width={room} height={BAR} class="bar-track" />
                {table.series.map((s, row) => {
                  const v = table.values[row]![col]!;
                  const w = v * scale;
                  const rect = (
                    <rect key={s} x={x} y={y + 20} width={Math.max(w, 0)} height={BAR} style={{ fill: colourOf(table.series, row) }}>
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
