import { eq, inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import { randomToken, sha256 } from '../../auth/tokens';
import type { Db } from '../../db/client';
import { spaces } from '../centre/schema';
import { calendarFeedTokens } from './schema';

const hour = 3_600_000;

/**
 * Demo feeds, so /me/calendar has a list to show: the demo worker's own feed, made a week ago and
 * last read an hour ago, and the coordinator's feed of the first video-meeting booth. Their
 * tokens are random and never shown (a feed's URL is shown only when made), so nobody can read them.
 */
export async function seedDemoCalendarFeeds(db: Db, now = new Date()): Promise<void> {
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['worker', 'coordinator']));
  const worker = people.find((person) => person.loginId === 'worker');
  const coordinator = people.find((person) => person.loginId === 'coordinator');
  const [booth] = await db
    .select({ id: spaces.id })
    .from(spaces)
    .where(eq(spaces.kind, 'meeting_booth'))
    .orderBy(spaces.sortOrder)
    .limit(1);
  if (!worker || !coordinator || !booth) return;
  await db.insert(calendarFeedTokens).values([
    { tokenHash: sha256(randomToken()), userId: worker.id, kind: 'user', createdAt: new Date(now.getTime() - 7 * 24 * hour), lastUsedAt: new Date(now.getTime() - hour) },
    { tokenHash: sha256(randomToken()), userId: coordinator.id, kind: 'space', spaceId: booth.id, createdAt: new Date(now.getTime() - 3 * 24 * hour) },
  ]);
}
