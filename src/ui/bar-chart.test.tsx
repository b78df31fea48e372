import { describe, expect, it } from 'vitest';
import { visibleText } from '../testing/html';
import { BarChart, type BarChartProps } from './bar-chart';

const render = (props: Partial<BarChartProps>) =>
  String(
    <BarChart
      id="revenue"
      title="取引先ごとの売上"
      categoryHeading="取引先"
      series={['2025年度']}
      rows={[]}
      emptyText="この年度の記録はまだありません。"
      {...props}
    />,
  );

const tableOf = (html: string) => visibleText(/<table[\s\S]*<\/table>/.exec(html)?.[0] ?? '');
const svgOf = (html: string) => /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';

describe('BarChart', () => {
  it('draws a bar per value, longest for the largest, and puts every figure in a table', () => {
    const html = render({
      series: ['2025年度', '2026年度'],
      rows: [
        { label: '株式会社みなと印刷', values: [{ value: 120000, text: '￥120,000' }, { value: 60000, text: '￥60,000' }] },
        { label: 'Harbour Books', values: [{ value: 30000, text: '￥30,000' }, { value: 0, text: '￥0' }] },
      ],
    });
    expect(tableOf(html)).toBe('取引先ごとの売上 取引先 2025年度 2026年度 株式会社みなと印刷 ￥120,000 ￥60,000 Harbour Books ￥30,000 ￥0');
    expect(html).toMatch(/<th scope="col">2026年度<\/th>/);
    expect(html).toMatch(/<th scope="row">Harbour Books<\/th>/);
    const widths = [...svgOf(html).matchAll(/<rect[^>]* width="([\d.]+)"/g)].map((match) => Number(match[1]));
    // A zero draws no bar; the largest is the longest, the rest in proportion.
    expect(widths).toHaveLength(3);
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
    expect((widths[2] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(0.25, 2);
    // With several series each bar says which it is, so colour is not the only cue.
    expect(visibleText(svgOf(html))).toContain('2026年度 ￥60,000');
    expect(visibleText(svgOf(html))).toContain('2025年度 ￥30,000');
  });

  it('is an image named by its visible title and description', () => {
    const html = render({ description: '3人未満の区分は数を伏せています。', rows: [{ label: '短時間', values: [{ value: 5, text: '5人' }] }] });
    expect(html).toMatch(/<p class="bar-chart__title" id="revenue-title">取引先ごとの売上<\/p>/);
    expect(html).toMatch(/<p class="bar-chart__description" id="revenue-description">3人未満/);
    expect(svgOf(html)).toMatch(/^<svg[^>]* role="img" aria-labelledby="revenue-title revenue-description"/);
    expect(svgOf(html)).toContain('<title>取引先ごとの売上</title>');
    expect(svgOf(html)).toMatch(/viewBox="0 0 320 \d+"/);
    expect(html).not.toMatch(/ style="/);
  });

  it('shows a withheld figure as its words, with no bar', () => {
    const html = render({
      rows: [
        { label: '障害のある方', values: [{ value: null, text: '3人未満' }] },
        { label: 'ひとり親の方', values: [{ value: 4, text: '4人' }] },
      ],
    });
    expect(svgOf(html).match(/<rect/g)).toHaveLength(1);
    expect(svgOf(html)).toMatch(/class="bar-chart__value bar-chart__value--suppressed"[^>]*>3人未満</);
    expect(tableOf(html)).toContain('障害のある方 3人未満');
  });

  it('breaks a long label into lines that fit', () => {
    const label = 'テレワークセンターで在宅就労を始めた子育て中の保護者の皆さん（令和八年度の新しい取り組み）';
    const html = render({ rows: [{ label, values: [{ value: 1, text: '1人' }] }] });
    const lines = [...svgOf(html).matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1] ?? '');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(label);
    expect(lines.every((line) => [...line].length <= 20)).toBe(true);
  });

  it('draws no bars when every figure is zero, and only the words when there are no rows', () => {
    const zeros = render({ rows: [{ label: '短時間', values: [{ value: 0, text: '0時間' }] }] });
    expect(svgOf(zeros)).not.toContain('<rect');
    expect(tableOf(zeros)).toContain('短時間 0時間');
    const empty = render({ rows: [] });
    expect(empty).not.toContain('<svg');
    expect(empty).not.toContain('<table');
    expect(visibleText(empty)).toBe('取引先ごとの売上 この年度の記録はまだありません。');
  });
});
