import { eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { notificationPreferences, type EmailMode } from './schema';

/** How people hear by e-mail when they never chose: one daily digest (the column's default). */
export const defaultEmailMode: EmailMode = 'digest';

/** The person's e-mail mode (the default when never chosen) and the address it goes to, if any. */
export async function findNotificationSettings(db: Db, userId: string): Promise<{ emailMode: EmailMode; email: string | null }> {
  const [row] = await db
    .select({ emailMode: notificationPreferences.emailMode, email: users.email })
    .from(users)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(eq(users.id, userId));
  return { emailMode: row?.emailMode ?? defaultEmailMode, email: row?.email ?? null };
}

/** Saves the person's choice; the last digest's time is kept so a change never sends a second one that day. */
export async function saveNotificationSettings(db: Db, userId: string, emailMode: EmailMode, now = new Date()): Promise<void> {
  await db
    .insert(notificationPreferences)
    .values({ userId, emailMode, changedAt: now })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { emailMode, changedAt: now } });
}
