import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { defaultBookingRule, type BookingRule } from '../bookings/load-space-rules';
import { spaceBookingRules, type SpaceKind } from './schema';

/** How a kind of space is booked at a site: its saved rules, or the defaults bookings follow until then (`saved` says which). */
export async function loadBookingRules(db: Db, siteId: string, kind: SpaceKind): Promise<BookingRule & { saved: boolean }> {
  const [row] = await db
    .select()
    .from(spaceBookingRules)
    .where(and(eq(spaceBookingRules.siteId, siteId), eq(spaceBookingRules.kind, kind)));
  if (!row) return { ...defaultBookingRule, saved: false };
  const { siteId: _siteId, kind: _kind, ...rules } = row;
  return { ...rules, saved: true };
}
