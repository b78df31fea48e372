import { eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';

/**
 * The demo worker's account has an e-mail address (the one in their profile), so trying
 * 「すぐにメールで」 or the morning digest fills the outbox admins read at /admin/outbox.
 * Their mode stays the default (the daily digest).
 */
export async function seedDemoNotificationSettings(db: Db): Promise<void> {
  await db.update(users).set({ email: 'yumi.megami@example.jp' }).where(eq(users.loginId, 'worker'));
}
