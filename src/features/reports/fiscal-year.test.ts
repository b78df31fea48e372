import { describe, expect, it } from 'vitest';
import { currentFiscalYear, fiscalYearLabel, fiscalYearOf, fiscalYearPeriod, periodFiscalYear } from './fiscal-year';

describe('fiscal years', () => {
  it('runs from April to March, by the date in Japan', () => {
    expect(fiscalYearOf('2021-03-31')).toBe(2020);
    expect(fiscalYearOf('2021-04-01')).toBe(2021);
    // 31 March 2021 16:00 UTC is already 1 April in Japan.
    expect(currentFiscalYear(new Date('2021-03-31T16:00:00Z'))).toBe(2021);
    expect(currentFiscalYear(new Date('2021-03-31T14:59:00Z'))).toBe(2020);
    expect(fiscalYearPeriod(2020)).toEqual({ from: '2020-04-01', to: '2021-03-31' });
    expect(fiscalYearPeriod(2023)).toEqual({ from: '2023-04-01', to: '2024-03-31' });
  });

  it('is named in 令和 years, the first one 元年', () => {
    expect(fiscalYearLabel(2019, 'ja')).toBe('令和元年度');
    expect(fiscalYearLabel(2020, 'ja')).toBe('令和2年度');
    expect(fiscalYearLabel(2026, 'ja')).toBe('令和8年度');
    expect(fiscalYearLabel(2020, 'en')).toBe('FY2020 (Reiwa 2)');
    expect(fiscalYearLabel(2018, 'ja')).toBe('平成30年度');
  });

  it('knows when a period is a whole fiscal year', () => {
    expect(periodFiscalYear({ from: '2020-04-01', to: '2021-03-31' })).toBe(2020);
    expect(periodFiscalYear({ from: '2020-04-01', to: '2021-03-30' })).toBeUndefined();
  });
});
