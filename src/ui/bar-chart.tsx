/**
 * A horizontal bar chart drawn as SVG on the server, with the same figures in a table beside it.
 *
 * Bars run sideways because Japanese category names are long: each name gets its own line(s)
 * above its bars instead of being squeezed under a column. The caller formats every number
 * (yen, hours, people) and passes the text with the value; a value of null is a figure withheld
 * (e.g. 「3人未満」, too few people to show), drawn as no bar but with its text. Colours come from
 * design-token classes in app.css (our CSP forbids inline styles), and every bar is labelled with
 * its text, so colour never carries the meaning alone.
 */

import { FigureTable } from './figure-table';

export type BarValue = { value: number | null; text: string };
/** `href`: where the row's label links to in the table (e.g. the records behind the bar). */
export type BarRow = { label: string; values: readonly BarValue[]; href?: string };

export type BarChartProps = {
  /** Unique on the page: the chart's element ids start with it. */
  id: string;
  title: string;
  description?: string;
  /** Heading of the table's first column (what the categories are). */
  categoryHeading: string;
  /** One name per series: the table's columns, and written before each bar when there are several. */
  series: readonly string[];
  rows: readonly BarRow[];
  /** Shown instead of the chart and table when there are no rows. */
  emptyText: string;
};

// Units of the viewBox. The SVG is as wide as its box (capped in app.css), so at 320 px (288 px of content) a 16-unit
// font is drawn at about 14 px and grows with the page; the table is there for reading it larger.
const width = 320;
const fontSize = 16;
const lineHeight = 22;
const barHeight = 22;
const gap = 6;
const rowGap = 14;

/** Roughly how wide text is drawn: CJK and full-width characters are 1 em, the rest about 0.6 em. */
function textWidth(text: string): number {
  let ems = 0;
  for (const char of text) ems += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return ems * fontSize;
}

/** A label broken into lines that fit the chart: between words in English, anywhere in Japanese. */
function wrapLabel(label: string): string[] {
  const pieces = label.match(/[\u0021-\u2e7f]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line !== '' && textWidth(line + piece) > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

export function BarChart(props: BarChartProps) {
  const titleId = `${props.id}-title`;
  const descriptionId = `${props.id}-description`;
  if (props.rows.length === 0) {
    return (
      <figure class="bar-chart" aria-labelledby={titleId}>
        <p class="bar-chart__title" id={titleId}>
          {props.title}
        </p>
        <p>{props.emptyText}</p>
      </figure>
    );
  }

  const several = props.series.length > 1;
  const barText = (seriesIndex: number, value: BarValue) => (several ? `${props.series[seriesIndex] ?? ''} ${value.text}` : value.text);
  // Room after the longest bar for its text, so no text runs off the right edge.
  const textRoom = Math.min(width / 2, gap + Math.max(...props.rows.flatMap((row) => row.values.map((value, index) => textWidth(barText(index, value))))));
  const largest = Math.max(0, ...props.rows.flatMap((row) => row.values.map((value) => value.value ?? 0)));
  const barLength = (value: number | null) => (value === null || largest === 0 ? 0 : (Math.max(0, value) / largest) * (width - textRoom));

  let y = 0;
  const groups = props.rows.map((row) => {
    const lines = wrapLabel(row.label);
    const labelTop = y;
    y += lines.length * lineHeight + 4;
    const bars = row.values.map((value, index) => {
      const top = y;
      y += barHeight + gap;
      const length = barLength(value.value);
      return (
        <g>
          {length > 0 ? <rect class={`bar-chart__bar bar-chart__bar--${index % 5}`} x="0" y={top} width={length.toFixed(1)} height={barHeight} /> : null}
          <text class={value.value === null ? 'bar-chart__value bar-chart__value--suppressed' : 'bar-chart__value'} x={(length + gap).toFixed(1)} y={top + barHeight - 6}>
            {barText(index, value)}
          </text>
        </g>
      );
    });
    y += rowGap;
    return (
      <g>
        <text class="bar-chart__label" y={labelTop}>
          {lines.map((line, index) => (
            <tspan x="0" dy={index === 0 ? fontSize : lineHeight}>
              {line}
            </tspan>
          ))}
        </text>
        {bars}
      </g>
    );
  });
  const height = Math.ceil(y - rowGap);

  return (
    <figure class="bar-chart" aria-labelledby={titleId}>
      <p class="bar-chart__title" id={titleId}>
        {props.title}
      </p>
      {props.description ? (
        <p class="bar-chart__description" id={descriptionId}>
          {props.description}
        </p>
      ) : null}
      <svg
        class="bar-chart__svg"
        role="img"
        aria-labelledby={props.description ? `${titleId} ${descriptionId}` : titleId}
        viewBox={`0 0 ${width} ${height}`}
        font-size={fontSize}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title>{props.title}</title>
        {groups}
      </svg>
      <FigureTable
        class="bar-chart__table"
        caption={props.title}
        hiddenCaption
        columns={[props.categoryHeading, ...props.series]}
        rows={props.rows.map((row) => ({ label: row.href ? <a href={row.href}>{row.label}</a> : row.label, cells: row.values.map((value) => value.text) }))}
      />
    </figure>
  );
}
