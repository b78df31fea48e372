import { describe, expect, it } from 'vitest';
import { bankDayOnOrBefore, isBankDay, lastDayOf, legalPayDueOn, scheduledPayDay } from './pay-due-date';

describe('legalPayDueOn (60 days, the day of acceptance counted as day 1)', () => {
  it.each([
    ['2026-04-01', '2026-05-30'],
    ['2026-01-31', '2026-03-31'], // across a 28-day February
    ['2028-01-31', '2028-03-30'], // leap year: 29 February is one of the 60 days
    ['2028-02-29', '2028-04-28'], // accepted on the leap day itself
    ['2026-12-31', '2027-02-28'], // across the year end
    ['2026-11-30', '2027-01-28'],
  ])('work accepted on %s must be paid by %s', (inspectedOn, due) => {
    expect(legalPayDueOn(inspectedOn)).toBe(due);
  });

  it('counts 30 days from the client payment date for disclosed re-commissioning', () => {
    expect(legalPayDueOn('2026-04-01', '2026-05-31')).toBe('2026-06-29');
    expect(legalPayDueOn('2028-01-15', '2028-02-29')).toBe('2028-03-29');
  });
});

describe('bank days', () => {
  it.each([
    ['2026-11-24', true], // Tuesday
    ['2026-11-28', false], // Saturday
    ['2026-11-29', false], // Sunday
    ['2026-11-23', false], // 勤労感謝の日
    ['2026-12-30', true],
    ['2026-12-31', false], // bank holiday
    ['2027-01-01', false],
    ['2027-01-04', true],
    ['2026-05-06', false], // 振替休日
  ])('%s is a bank day: %s', (date, expected) => {
    expect(isBankDay(date)).toBe(expected);
  });

  it('moves a non-bank day back to the last bank day before it', () => {
    expect(bankDayOnOrBefore('2026-11-24')).toBe('2026-11-24');
    expect(bankDayOnOrBefore('2026-11-29')).toBe('2026-11-27'); // Sunday → Friday
    expect(bankDayOnOrBefore('2027-01-03')).toBe('2026-12-30'); // across the year-end holidays
    expect(bankDayOnOrBefore('2026-05-06')).toBe('2026-05-01'); // Golden Week
  });

  it('knows the last day of each month, leap years included', () => {
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });
});

describe('scheduledPayDay', () => {
  it('pays on the pay day of the next month, clamped to the month length', () => {
    expect(scheduledPayDay('2026-10', 25, '2026-12-30')).toBe('2026-11-25');
    expect(scheduledPayDay('2027-01', 31, '2027-03-30')).toBe('2027-02-26'); // 28 Feb 2027 is a Sunday
    expect(scheduledPayDay('2028-01', 31, '2028-03-30')).toBe('2028-02-29'); // leap year, a Tuesday
  });

  it('moves a pay day on a holiday back, never later', () => {
    // 23 November 2026 is a holiday (Monday): paid on Friday the 20th.
    expect(scheduledPayDay('2026-10', 23, '2026-12-30')).toBe('2026-11-20');
  });

  it('pays before the legal limit when the regular pay day would be too late', () => {
    // Re-commissioned work whose limit comes before the pay day; the limit falls on a Sunday.
    expect(scheduledPayDay('2026-10', 30, '2026-11-29')).toBe('2026-11-27');
  });
});
