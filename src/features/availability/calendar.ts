import holiday_jp from '@holiday-jp/holiday_jp';

/**
 * Business dates are plain 'YYYY-MM-DD' strings (dates in Japan). Arithmetic goes through UTC
 * midnight so that no machine time zone or daylight-saving shift can move a date.
 */
export type BusinessDate = string;

export const weekdays = [0, 1, 2, 3, 4, 5, 6] as const;
/** 0 Monday … 6 Sunday, as in `availability_slots.weekday`. */
export type Weekday = (typeof weekdays)[number];

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(date: BusinessDate): number {
  const match = datePattern.exec(date);
  if (!match) throw new Error(`not a business date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtc(milliseconds: number): BusinessDate {
  return new Date(milliseconds).toISOString().slice(0, 10);
}

/** Whether the text is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isBusinessDate(text: string): boolean {
  if (!datePattern.test(text)) return false;
  return fromUtc(toUtc(text)) === text;
}

export function addDays(date: BusinessDate, days: number): BusinessDate {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

export function weekdayOf(date: BusinessDate): Weekday {
  return ((new Date(toUtc(date)).getUTCDay() + 6) % 7) as Weekday;
}

/** The Monday of the week the date falls in. */
export function weekStartOf(date: BusinessDate): BusinessDate {
  return addDays(date, -weekdayOf(date));
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function datesBetween(from: BusinessDate, to: BusinessDate): BusinessDate[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(from, index));
}

/** Today's date in Japan. */
export function todayInJapan(now: Date = new Date()): BusinessDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const holidays = holiday_jp.holidays as Record<string, { name: string; name_en: string } | undefined>;

/** The national holiday (国民の祝日, including 振替休日) on this date, if any. */
export function holidayOn(date: BusinessDate): { name: string; nameEn: string } | undefined {
  const holiday = Object.hasOwn(holidays, date) ? holidays[date] : undefined;
  return holiday ? { name: holiday.name, nameEn: holiday.name_en } : undefined;
}

/**
 * A date as people type it: 2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日, in full-width
 * digits too. Returns YYYY-MM-DD, or undefined when it is not a real date.
 */
export function parseTypedDate(typed: string): BusinessDate | undefined {
  const text = typed.normalize('NFKC').trim();
  const match = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isBusinessDate(date) ? date : undefined;
}

/** A minute of the day as a clock time: 540 → "9:00", 1440 → "24:00". */
export function clockTime(minute: number): string {
  return `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`;
}
