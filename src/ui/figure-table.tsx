import type { Child } from 'hono/jsx';

export type FigureRow = { label: Child; cells: readonly Child[] };

/**
 * A table of figures: column headings, then rows each headed by its label (`th scope="row"`).
 * Numbers are right-aligned: every cell, or only the last (a yen amount after text columns).
 * `hiddenCaption` keeps the caption for screen readers moving by table when a title shows above.
 */
export function FigureTable(props: {
  caption: string;
  columns: readonly string[];
  rows: readonly FigureRow[];
  numeric?: 'all' | 'last';
  hiddenCaption?: boolean;
  class?: string;
}) {
  const numericCell = (index: number, count: number) => props.numeric !== 'last' || index === count - 1;
  return (
    <table class={props.class ? `data-table ${props.class}` : 'data-table'}>
      <caption class={props.hiddenCaption ? 'visually-hidden' : undefined}>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th scope="col">{column}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, index) => (
              <td class={numericCell(index, row.cells.length) ? 'numeric' : undefined}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
