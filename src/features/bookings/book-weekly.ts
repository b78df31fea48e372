import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { addDays, daysBetween, type BusinessDate } from '../availability/calendar';
import { bookSpace } from './book-space';
import type { BookingRequest } from './check-booking-rules';
import type { BookingRefusal } from './place-booking';
import { bookingSeries } from './schema';

export type WeeklyResult = {
  seriesId: string | null;
  booked: { date: BusinessDate; bookingId: string }[];
  refused: { date: BusinessDate; refusal: BookingRefusal }[];
};

/** A year of weeks at most, so one form cannot fill the table. */
export const maxWeeklyOccurrences = 53;

/**
 * Books the same space and hours every week from `request.date` to `until` as one series. Each
 * week is booked on its own (its own transaction), so a week that is closed, taken or breaks a
 * rule is reported with its reason and the others are still booked.
 */
export async function bookWeekly(db: Db, actor: Actor, request: BookingRequest, until: BusinessDate, now = new Date()): Promise<WeeklyResult> {
  const weeks = Math.min(Math.floor(daysBetween(request.date, until) / 7) + 1, maxWeeklyOccurrences);
  const dates = Array.from({ length: Math.max(0, weeks) }, (_, index) => addDays(request.date, index * 7));
  const [series] = await db.insert(bookingSeries).values({ spaceId: request.spaceId, userId: request.userId, createdBy: actor.id }).returning({ id: bookingSeries.id });
  const result: WeeklyResult = { seriesId: series!.id, booked: [], refused: [] };
  for (const date of dates) {
    const outcome = await bookSpace(db, actor, { ...request, date }, now, { seriesId: series!.id });
    if (outcome.ok) result.booked.push({ date, bookingId: outcome.bookingId });
    else result.refused.push({ date, refusal: outcome });
  }
  if (result.booked.length === 0) {
    await db.delete(bookingSeries).where(eq(bookingSeries.id, series!.id));
    result.seriesId = null;
  }
  return result;
}
