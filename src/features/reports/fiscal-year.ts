import { addDays, todayInJapan, type BusinessDate } from '../availability/calendar';

/** A report's period: first and last day, both included, as dates in Japan. */
export type ReportPeriod = { from: BusinessDate; to: BusinessDate };

/** The fiscal year (年度, April to March) a date in Japan falls in, named by the calendar year it starts in. */
export function fiscalYearOf(date: BusinessDate): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month >= 4 ? year : year - 1;
}

/** The fiscal year now, in Japan. */
export function currentFiscalYear(now: Date = new Date()): number {
  return fiscalYearOf(todayInJapan(now));
}

/** 1 April to 31 March. */
export function fiscalYearPeriod(fiscalYear: number): ReportPeriod {
  return { from: `${fiscalYear}-04-01`, to: addDays(`${fiscalYear + 1}-04-01`, -1) };
}

/** 令和 began on 1 May 2019; the town names the whole fiscal year 2019 令和元年度, as the ministry does. */
const reiwaFirstYear = 2019;

/** 「令和2年度」 for 2020, 「令和元年度」 for 2019; "FY2020 (Reiwa 2)" in English. Years before 令和 in 平成. */
export function fiscalYearLabel(fiscalYear: number, locale: 'ja' | 'en'): string {
  const [era, eraEn, first] = fiscalYear >= reiwaFirstYear ? ['令和', 'Reiwa', reiwaFirstYear] : ['平成', 'Heisei', 1989];
  const number = fiscalYear - first + 1;
  if (locale === 'en') return `FY${fiscalYear} (${eraEn} ${number})`;
  return `${era}${number === 1 ? '元' : number}年度`;
}

/** The fiscal year a period is exactly, if it is one. */
export function periodFiscalYear(period: ReportPeriod): number | undefined {
  const year = fiscalYearOf(period.from);
  const whole = fiscalYearPeriod(year);
  return whole.from === period.from && whole.to === period.to ? year : undefined;
}

/** The moments a period starts and ends in Japan (the end excluded), for timestamps. */
export function periodMoments(period: ReportPeriod): { start: Date; end: Date } {
  return { start: new Date(`${period.from}T00:00:00+09:00`), end: new Date(`${addDays(period.to, 1)}T00:00:00+09:00`) };
}
