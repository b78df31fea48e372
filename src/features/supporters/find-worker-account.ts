import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Role } from '../../auth/roles';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';

/** The roles that take work and so may have supporters. */
export const workerRoles = ['leader', 'worker', 'trainee'] as const satisfies readonly Role[];

/** An account that takes work (leader, worker, trainee), or undefined. */
export async function findWorkerAccount(db: Db, id: string) {
  const [worker] = await db
    .select({ id: users.id, displayName: users.displayName, loginId: users.loginId })
    .from(users)
    .where(and(eq(users.id, id), inArray(users.role, workerRoles)));
  return worker;
}

/** An enabled supporter account with this login ID, or undefined. */
export async function findSupporterByLoginId(db: Db, loginId: string) {
  const [supporter] = await db
    .select({ id: users.id, displayName: users.displayName, loginId: users.loginId })
    .from(users)
    .where(and(eq(users.loginId, loginId), eq(users.role, 'supporter'), isNull(users.disabledAt)));
  return supporter;
}
