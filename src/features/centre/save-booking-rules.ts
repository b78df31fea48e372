import type { Db } from '../../db/client';
import { spaceBookingRules, type SpaceKind } from './schema';
import type { BookingRulesInput } from './validation';

/** Saves how a kind of space is booked at a site, replacing its earlier rules; the table's checks are the last word. */
export async function saveBookingRules(db: Db, siteId: string, kind: SpaceKind, rules: BookingRulesInput): Promise<void> {
  await db
    .insert(spaceBookingRules)
    .values({ siteId, kind, ...rules })
    .onConflictDoUpdate({ target: [spaceBookingRules.siteId, spaceBookingRules.kind], set: rules });
}
