import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { AccommodationCode } from './vocabulary';
import { workerProfiles } from './schema';

/** Accommodations that mean "do not phone me": a page offers 「文字で連絡」 instead of a call. */
const noCallAccommodations: readonly AccommodationCode[] = ['text_only', 'no_phone'];

/** Whether this person asked to be contacted in writing, never by phone (合理的配慮). No profile means no such request. */
export function contactByText(profile: { accommodations: readonly string[] } | null | undefined): boolean {
  return profile?.accommodations.some((code) => (noCallAccommodations as readonly string[]).includes(code)) ?? false;
}

/** Of these people, the ones to contact in writing only; for lists that would otherwise suggest a call. */
export async function whoPrefersText(db: Db, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .select({ userId: workerProfiles.userId, accommodations: workerProfiles.accommodations })
    .from(workerProfiles)
    .where(inArray(workerProfiles.userId, [...new Set(userIds)]));
  return new Set(rows.filter(contactByText).map((row) => row.userId));
}
