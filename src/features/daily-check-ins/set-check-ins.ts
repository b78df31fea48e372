import type { Db } from '../../db/client';
import { checkInSettings } from './schema';

/** The worker turns their daily check-ins on or off (their choice; off unless they turn it on). */
export async function setCheckIns(db: Db, userId: string, enabled: boolean, now = new Date()): Promise<void> {
  await db
    .insert(checkInSettings)
    .values({ userId, enabled, changedAt: now })
    .onConflictDoUpdate({ target: checkInSettings.userId, set: { enabled, changedAt: now } });
}
