import { asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { feePlans } from '../centre-fees/schema';
import { guestProfiles } from './schema';

const checker = alias(users, 'checker');

const guestColumns = {
  profile: guestProfiles,
  displayName: users.displayName,
  loginId: users.loginId,
  email: users.email,
  feePlanName: feePlans.name,
  checkedByName: checker.displayName,
};

export type Guest = Awaited<ReturnType<typeof selectGuests>>[number];

function selectGuests(db: Db) {
  return db
    .select(guestColumns)
    .from(guestProfiles)
    .innerJoin(users, eq(users.id, guestProfiles.userId))
    .leftJoin(feePlans, eq(feePlans.id, guestProfiles.feePlanId))
    .leftJoin(checker, eq(checker.id, guestProfiles.identityCheckedBy));
}

/** Every guest: those waiting for an identity check first (oldest registration first), then the newest. */
export function listGuests(db: Db): Promise<Guest[]> {
  return selectGuests(db).orderBy(
    sql`${guestProfiles.identityCheckedAt} is not null`,
    sql`case when ${guestProfiles.identityCheckedAt} is null then ${guestProfiles.registeredAt} end asc`,
    desc(guestProfiles.registeredAt),
    asc(users.displayName),
  );
}

export async function findGuest(db: Db, userId: string): Promise<Guest | undefined> {
  const [guest] = await selectGuests(db).where(eq(guestProfiles.userId, userId));
  return guest;
}
