import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { spaceBookingRules, type SpaceKind } from './schema';

export type BookingRules = Omit<typeof spaceBookingRules.$inferSelect, 'siteId' | 'kind'>;

/** The rules a kind of space follows while a site has saved none for it: the table's column defaults. */
export const defaultBookingRules: BookingRules = {
  unit: 'hour',
  stepMinutes: 30,
  minMinutes: 30,
  maxMinutes: 480,
  maxDaysAhead: 30,
  maxActivePerPerson: 10,
  bufferMinutes: 0,
};

/** How a kind of space is booked at a site: its saved rules, or the defaults (`saved` says which). */
export async function loadBookingRules(db: Db, siteId: string, kind: SpaceKind): Promise<BookingRules & { saved: boolean }> {
  const [row] = await db
    .select()
    .from(spaceBookingRules)
    .where(and(eq(spaceBookingRules.siteId, siteId), eq(spaceBookingRules.kind, kind)));
  if (!row) return { ...defaultBookingRules, saved: false };
  const { siteId: _siteId, kind: _kind, ...rules } = row;
  return { ...rules, saved: true };
}
