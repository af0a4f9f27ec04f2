/** The numbers behind a chart as a table, folded away under a summary (for screen readers and exact values). */
import { labelName, type SeriesTable } from './chart-data.js';

/** A table of `table` with groups as rows and series as columns; `name` names the groups. */
export function DataTable({ table, name, format, groupName = (g) => g }: { table: SeriesTable; name: string; format: (v: number) => string; groupName?: (g: string) => string }) {
  return (
    <details class="numbers">
      <summary aria-label={`Show the numbers by ${name.toLowerCase()}`}>Show the numbers</summary>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={`Numbers by ${name.toLowerCase()}`}>
        <table>
          <thead>
            <tr>
              <th scope="col">{name}</th>
              {table.series.map((s) => (
                <th scope="col" key={s}>
                  {labelName(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.groups.map((g, col) => (
              <tr key={g}>
                <th scope="row">{groupName(g)}</th>
                {table.series.map((s, row) => (
                  <td key={s}>{format(table.values[row]![col]!)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
