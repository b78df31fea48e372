import { asc, isNull } from 'drizzle-orm';
import { can } from '../../auth/policy';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';

/** People staff may book the centre for: active accounts whose role may book, by name. */
export async function listBookers(db: Db): Promise<{ id: string; displayName: string; loginId: string }[]> {
  const rows = await db.select({ id: users.id, displayName: users.displayName, loginId: users.loginId, role: users.role }).from(users).where(isNull(users.disabledAt)).orderBy(asc(users.displayName));
  return rows.filter((row) => can(row, 'centre.book')).map(({ id, displayName, loginId }) => ({ id, displayName, loginId }));
}
