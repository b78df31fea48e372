import type { WorkLocation } from '../workers/vocabulary';
import { datesBetween, holidayOn, weekdayOf, type BusinessDate, type Weekday } from './calendar';

/** Availability is kept in 30-minute slots; a slot starts at minute 0, 30, …, 1410 of the day. */
export const slotMinutes = 30;
export const lastSlotStart = 24 * 60 - slotMinutes;

export function isSlotStart(minute: number): boolean {
  return Number.isInteger(minute) && minute >= 0 && minute <= lastSlotStart && minute % slotMinutes === 0;
}

/** One slot of the weekly pattern. */
export type WeeklySlot = { weekday: Weekday; startMinute: number; location: WorkLocation };
/** One slot of a date that does not follow the pattern. */
export type DateSlot = { startMinute: number; location: WorkLocation };
/** A date that overrides the pattern: its slots are exactly these; none means a day off. */
export type DateOverride = { date: BusinessDate; slots: DateSlot[] };
/** A concrete 30-minute slot on a date. */
export type AvailableSlot = { date: BusinessDate; startMinute: number; location: WorkLocation };

/** Why a day has the slots it has. */
export type DayKind = 'override' | 'holiday' | 'pattern';

/** One day as the worker will actually be available. */
export type AvailabilityDay = {
  date: BusinessDate;
  weekday: Weekday;
  kind: DayKind;
  /** The national holiday on this date, also when the worker works on holidays or overrides it. */
  holiday?: { name: string; nameEn: string } | undefined;
  slots: AvailableSlot[];
};

export type AvailabilityInput = {
  weekly: readonly WeeklySlot[];
  dates: readonly DateOverride[];
  from: BusinessDate;
  to: BusinessDate;
  worksOnHolidays: boolean;
};

const byStart = (a: { startMinute: number }, b: { startMinute: number }) => a.startMinute - b.startMinute;

/** Slots by start minute, one per start (the first wins), in order. */
function distinctSlots<Slot extends { startMinute: number }>(slots: readonly Slot[]): Slot[] {
  const seen = new Map<number, Slot>();
  for (const slot of slots) if (!seen.has(slot.startMinute)) seen.set(slot.startMinute, slot);
  return [...seen.values()].sort(byStart);
}

/**
 * The days from..to (both included) as the worker will be available: a date override first,
 * then national holidays (a day off unless `worksOnHolidays`), then the weekly pattern.
 */
export function expandAvailabilityByDay(input: AvailabilityInput): AvailabilityDay[] {
  const patternByWeekday = new Map<Weekday, WeeklySlot[]>();
  for (const slot of distinctWeekly(input.weekly)) {
    patternByWeekday.set(slot.weekday, [...(patternByWeekday.get(slot.weekday) ?? []), slot]);
  }
  const overrides = new Map<BusinessDate, DateSlot[]>();
  for (const override of input.dates) overrides.set(override.date, [...(overrides.get(override.date) ?? []), ...override.slots]);

  return datesBetween(input.from, input.to).map((date) => {
    const weekday = weekdayOf(date);
    const holiday = holidayOn(date);
    const override = overrides.get(date);
    const kind: DayKind = override ? 'override' : holiday && !input.worksOnHolidays ? 'holiday' : 'pattern';
    const source = kind === 'override' ? override! : kind === 'holiday' ? [] : (patternByWeekday.get(weekday) ?? []);
    const slots = distinctSlots(source).map((slot) => ({ date, startMinute: slot.startMinute, location: slot.location }));
    return { date, weekday, kind, holiday, slots };
  });
}

/** The concrete slots from..to, in date and time order (see `expandAvailabilityByDay` for the rules). */
export function expandAvailability(input: AvailabilityInput): AvailableSlot[] {
  return expandAvailabilityByDay(input).flatMap((day) => day.slots);
}

/** The weekly pattern with one slot per weekday and start, in order. */
export function distinctWeekly(slots: readonly WeeklySlot[]): WeeklySlot[] {
  const seen = new Map<string, WeeklySlot>();
  for (const slot of slots) {
    const key = `${slot.weekday}-${slot.startMinute}`;
    if (!seen.has(key)) seen.set(key, slot);
  }
  return [...seen.values()].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
}

/** Minutes offered by these slots (each slot is 30 minutes). */
export function totalMinutes(slots: readonly unknown[]): number {
  return slots.length * slotMinutes;
}

/** Minutes per week the weekly pattern offers. */
export function weeklyPatternMinutes(slots: readonly WeeklySlot[]): number {
  return totalMinutes(distinctWeekly(slots));
}

/** Hours for people to read: 90 minutes → "1.5". */
export function hoursText(minutes: number): string {
  return String(Math.round((minutes / 60) * 10) / 10);
}

/** Adjacent slots with the same location joined into ranges: [{ start: 540, end: 720, location }]. */
export function slotRanges(slots: readonly DateSlot[]): { start: number; end: number; location: WorkLocation }[] {
  const ranges: { start: number; end: number; location: WorkLocation }[] = [];
  for (const slot of distinctSlots(slots)) {
    const last = ranges.at(-1);
    if (last && last.end === slot.startMinute && last.location === slot.location) last.end += slotMinutes;
    else ranges.push({ start: slot.startMinute, end: slot.startMinute + slotMinutes, location: slot.location });
  }
  return ranges;
}
