import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workLocations } from '../workers/vocabulary';
import { addDays, clockTime, datesBetween, holidayOn, parseTypedDate, weekdayOf, weekdays, weekStartOf } from './calendar';
import {
  expandAvailability,
  expandAvailabilityByDay,
  slotRanges,
  totalMinutes,
  weeklyPatternMinutes,
  type DateOverride,
  type WeeklySlot,
} from './expand';

const slotStart = fc.integer({ min: 0, max: 47 }).map((index) => index * 30);
const location = fc.constantFrom(...workLocations);
const weeklySlot = fc.record({ weekday: fc.constantFrom(...weekdays), startMinute: slotStart, location });
const weekly = fc.array(weeklySlot, { maxLength: 60 });
// Dates from 2025 to 2028, which hold every kind of holiday (振替休日, 国民の休日 in 2026-09-22).
const date = fc.integer({ min: 0, max: 4 * 366 }).map((offset) => addDays('2025-01-01', offset));
const override = fc.record({ date, slots: fc.array(fc.record({ startMinute: slotStart, location }), { maxLength: 12 }) });
const overrides = fc.array(override, { maxLength: 8 }).map((list) => {
  // One override per date, as the database keeps them.
  const byDate = new Map(list.map((item) => [item.date, item]));
  return [...byDate.values()];
});
const range = fc.tuple(date, fc.integer({ min: 0, max: 60 })).map(([from, length]) => ({ from, to: addDays(from, length) }));
const input = fc.record({ weekly, dates: overrides, worksOnHolidays: fc.boolean() });

const key = (slot: { date: string; startMinute: number }) => `${slot.date} ${slot.startMinute}`;

describe('expandAvailability (properties)', () => {
  it('expanding a range equals expanding its two parts one after the other', () => {
    fc.assert(
      fc.property(input, range, fc.nat(), (given, { from, to }, cut) => {
        const length = datesBetween(from, to).length;
        const middle = addDays(from, cut % length);
        const whole = expandAvailability({ ...given, from, to });
        const parts = [
          ...expandAvailability({ ...given, from, to: middle }),
          ...expandAvailability({ ...given, from: addDays(middle, 1), to }),
        ];
        expect(parts).toEqual(whole);
      }),
    );
  });

  it('gives every slot of a plain day (no override, no holiday) from the weekly pattern of its weekday', () => {
    fc.assert(
      fc.property(input, range, (given, { from, to }) => {
        const overridden = new Set(given.dates.map((item) => item.date));
        for (const slot of expandAvailability({ ...given, from, to })) {
          if (overridden.has(slot.date) || (holidayOn(slot.date) && !given.worksOnHolidays)) continue;
          const weekday = weekdayOf(slot.date);
          expect(given.weekly.some((item) => item.weekday === weekday && item.startMinute === slot.startMinute)).toBe(true);
        }
        // …and every pattern slot shows up on such a day.
        for (const day of datesBetween(from, to)) {
          if (overridden.has(day) || (holidayOn(day) && !given.worksOnHolidays)) continue;
          const starts = new Set(expandAvailability({ ...given, from: day, to: day }).map((slot) => slot.startMinute));
          const expected = new Set(given.weekly.filter((item) => item.weekday === weekdayOf(day)).map((item) => item.startMinute));
          expect(starts).toEqual(expected);
        }
      }),
    );
  });

  it('gives an overridden date exactly its override slots, holiday or not', () => {
    fc.assert(
      fc.property(input, override, (given, extra) => {
        const dates = [...given.dates.filter((item) => item.date !== extra.date), extra];
        const slots = expandAvailability({ ...given, dates, from: extra.date, to: extra.date });
        expect(new Set(slots.map((slot) => `${slot.startMinute} ${slot.location}`))).toEqual(
          new Set(distinctByStart(extra.slots).map((slot) => `${slot.startMinute} ${slot.location}`)),
        );
      }),
    );
  });

  it('leaves national holidays empty unless the worker works on holidays', () => {
    fc.assert(
      fc.property(input, range, (given, { from, to }) => {
        const overridden = new Set(given.dates.map((item) => item.date));
        const days = expandAvailabilityByDay({ ...given, worksOnHolidays: false, from, to });
        for (const day of days) {
          if (holidayOn(day.date) && !overridden.has(day.date)) {
            expect(day.slots).toEqual([]);
            expect(day.kind).toBe('holiday');
          }
        }
      }),
    );
  });

  it('never gives the same date and start twice, and keeps date and time order', () => {
    fc.assert(
      fc.property(input, range, (given, { from, to }) => {
        const slots = expandAvailability({ ...given, from, to });
        expect(new Set(slots.map(key)).size).toBe(slots.length);
        const sorted = [...slots].sort((a, b) => a.date.localeCompare(b.date) || a.startMinute - b.startMinute);
        expect(slots).toEqual(sorted);
        for (const slot of slots) expect(slot.date >= from && slot.date <= to).toBe(true);
      }),
    );
  });

  it('totals 30 minutes per slot', () => {
    fc.assert(
      fc.property(input, range, (given, { from, to }) => {
        const slots = expandAvailability({ ...given, from, to });
        expect(totalMinutes(slots)).toBe(30 * slots.length);
        const pattern = weeklyPatternMinutes(given.weekly);
        expect(pattern % 30).toBe(0);
        expect(pattern).toBeLessThanOrEqual(7 * 24 * 60);
      }),
    );
  });

  it('offers the weekly pattern total in a week with no overrides and no holidays', () => {
    fc.assert(
      fc.property(weekly, (pattern) => {
        // 2026-06-01 is a Monday; that week has no holiday.
        const slots = expandAvailability({ weekly: pattern, dates: [], from: '2026-06-01', to: '2026-06-07', worksOnHolidays: false });
        expect(totalMinutes(slots)).toBe(weeklyPatternMinutes(pattern));
      }),
    );
  });

  it('joins adjacent slots into ranges that cover exactly the slots', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ startMinute: slotStart, location }), { maxLength: 48 }), (slots) => {
        const ranges = slotRanges(slots);
        const covered = ranges.reduce((sum, item) => sum + (item.end - item.start), 0);
        expect(covered).toBe(totalMinutes(distinctByStart(slots)));
      }),
    );
  });
});

function distinctByStart<Slot extends { startMinute: number }>(slots: Slot[]): Slot[] {
  return [...new Map(slots.toReversed().map((slot) => [slot.startMinute, slot])).values()];
}

describe('expandAvailability with real holidays', () => {
  const mondayMorning: WeeklySlot[] = [
    { weekday: 0, startMinute: 540, location: 'home' },
    { weekday: 0, startMinute: 570, location: 'home' },
  ];
  const fridayAtCentre: WeeklySlot[] = [{ weekday: 4, startMinute: 600, location: 'centre' }];

  it('treats 2026-11-23 (勤労感謝の日, a Monday) as a day off, unless the worker works on holidays', () => {
    expect(weekdayOf('2026-11-23')).toBe(0);
    expect(holidayOn('2026-11-23')?.name).toBe('勤労感謝の日');
    const off = expandAvailabilityByDay({ weekly: mondayMorning, dates: [], from: '2026-11-23', to: '2026-11-30', worksOnHolidays: false });
    expect(off[0]).toMatchObject({ kind: 'holiday', slots: [] });
    expect(off[7]).toMatchObject({ date: '2026-11-30', kind: 'pattern' });
    expect(off[7]!.slots).toHaveLength(2);
    const on = expandAvailability({ weekly: mondayMorning, dates: [], from: '2026-11-23', to: '2026-11-23', worksOnHolidays: true });
    expect(on).toEqual([
      { date: '2026-11-23', startMinute: 540, location: 'home' },
      { date: '2026-11-23', startMinute: 570, location: 'home' },
    ]);
  });

  it('keeps 2027-01-01 (元日, a Friday) free and the next Friday as usual', () => {
    expect(weekdayOf('2027-01-01')).toBe(4);
    const slots = expandAvailability({ weekly: fridayAtCentre, dates: [], from: '2026-12-28', to: '2027-01-08', worksOnHolidays: false });
    expect(slots).toEqual([{ date: '2027-01-08', startMinute: 600, location: 'centre' }]);
  });

  it('lets an override open a holiday, and an override with no slots close a working day', () => {
    const dates: DateOverride[] = [
      { date: '2027-01-01', slots: [{ startMinute: 780, location: 'home' }] },
      { date: '2027-01-08', slots: [] },
    ];
    const days = expandAvailabilityByDay({ weekly: fridayAtCentre, dates, from: '2027-01-01', to: '2027-01-08', worksOnHolidays: false });
    expect(days[0]).toMatchObject({ kind: 'override', holiday: { name: '元日' }, slots: [{ date: '2027-01-01', startMinute: 780, location: 'home' }] });
    expect(days[7]).toMatchObject({ kind: 'override', slots: [] });
  });

  it('reads the 振替休日 of 2026-05-06 as a holiday', () => {
    expect(holidayOn('2026-05-06')).toBeDefined();
    expect(holidayOn('2026-05-07')).toBeUndefined();
  });
});

describe('calendar helpers', () => {
  it('reads dates as people type them', () => {
    expect(parseTypedDate('2026-12-01')).toBe('2026-12-01');
    expect(parseTypedDate('2026/12/1')).toBe('2026-12-01');
    expect(parseTypedDate('２０２６／１２／１')).toBe('2026-12-01');
    expect(parseTypedDate('2026年12月1日')).toBe('2026-12-01');
    expect(parseTypedDate('2026-02-30')).toBeUndefined();
    expect(parseTypedDate('tomorrow')).toBeUndefined();
  });

  it('finds the Monday of a week across month and year ends', () => {
    expect(weekStartOf('2027-01-03')).toBe('2026-12-28');
    expect(weekStartOf('2026-12-28')).toBe('2026-12-28');
    expect(clockTime(540)).toBe('9:00');
    expect(clockTime(1440)).toBe('24:00');
  });

  it('does not depend on the machine time zone', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -400, max: 400 }), (start, days) => {
        expect(addDays(addDays(start, days), -days)).toBe(start);
        expect(datesBetween(start, addDays(start, 6)).map(weekdayOf).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
      }),
    );
  });
});
