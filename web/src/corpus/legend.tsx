/** A chart's legend: a colour swatch and the name of each series. */
import { colourOf, labelName } from './chart-data.js';

/** The legend of `series`. */
export function Legend({ series }: { series: readonly string[] }) {
  return (
    <ul class="legend">
      {series.map((s, i) => (
        <li key={s}>
          <svg width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" rx="2" style={{ fill: colourOf(series, i) }} />
          </svg>
          {labelName(s)}
        </li>
      ))}
    </ul>
  );
}
