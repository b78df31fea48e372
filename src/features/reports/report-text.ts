import type { Locale, Translate } from '../../ui/i18n';
import { formatYen } from '../../ui/format';
import { fiscalYearLabel, periodFiscalYear, type ReportPeriod } from './fiscal-year';
import type { ReportGroup } from './count-target-groups';
import type { ShownCount } from './suppress-count';
import type { Band } from './quartiles';

/** The period as people name it: 「令和2年度」 for a whole fiscal year, else its first and last days. */
export function periodLabel(t: Translate, locale: Locale, period: ReportPeriod): string {
  const year = periodFiscalYear(period);
  return year === undefined ? t('reports.periodText', { from: period.from, to: period.to }) : fiscalYearLabel(year, locale);
}

export const groupText = (t: Translate, group: ReportGroup) => (group === 'disability' ? t('reports.group.disability') : t(`targetGroup.${group}`));
export const peopleText = (t: Translate, count: ShownCount) => (count === 'fewerThan3' ? t('reports.fewerThan3') : t('reports.people', { count }));
export const rateText = (t: Translate, rate: number | null) => (rate === null ? t('reports.noRate') : t('reports.percent', { percent: (rate * 100).toFixed(1) }));
export const hoursText = (t: Translate, hours: number) => t('reports.hours', { hours: hours.toFixed(1) });
export const yenText = (locale: Locale, yen: number) => formatYen(Math.round(yen), locale);

/** A band of hours or yen as people read it: 「10時間未満」, 「￥10,000〜￥50,000」, 「￥1,000,000以上」. */
export function bandText(t: Translate, locale: Locale, unit: 'hours' | 'yen', band: Band): string {
  const write = (value: number) => (unit === 'yen' ? yenText(locale, value) : String(value));
  if (band.from === 0 && band.to !== null) return t(`reports.work.${unit}Under`, { to: write(band.to) });
  if (band.to === null) return t(`reports.work.${unit}From`, { from: write(band.from) });
  return t(`reports.work.${unit}Between`, { from: write(band.from), to: write(band.to) });
}
