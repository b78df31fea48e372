import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { checkInSettings } from './schema';

/** Whether this person has daily check-ins turned on; while off, nobody sees their check-ins. */
export async function checkInsEnabled(db: Db, userId: string): Promise<boolean> {
  const [setting] = await db.select({ enabled: checkInSettings.enabled }).from(checkInSettings).where(eq(checkInSettings.userId, userId));
  return setting?.enabled ?? false;
}
