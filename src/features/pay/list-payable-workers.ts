import { asc, eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { workerProfiles } from '../workers/schema';
import { workerNameOf } from './draft-pay-month';

/** Everyone with a worker profile, by kana: the people staff may adjust pay for. */
export async function listPayableWorkers(db: Db): Promise<{ id: string; name: string }[]> {
  const rows = await db
    .select({ id: users.id, familyName: workerProfiles.familyName, givenName: workerProfiles.givenName, displayName: users.displayName })
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .orderBy(asc(workerProfiles.familyNameKana), asc(workerProfiles.givenNameKana));
  return rows.map((row) => ({ id: row.id, name: workerNameOf(row) }));
}
