import { eq } from 'drizzle-orm';
import type { Role } from '../../auth/roles';
import type { TestBrowser, TestContext } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { notifications } from '../notifications/schema';
import { events } from './schema';

/** For tests: the form of an event a week ahead, 13:30–15:30, in person (3 places) and online (2 places). */
export const eventFields = (fields: Record<string, string> = {}): Record<string, string> => ({
  kind: 'worker_meeting',
  title: 'ワーカーミーティング（秋）',
  description: '半年のふりかえり',
  date: addDays(todayInJapan(), 7),
  start: '13:30',
  end: '15:30',
  place: '立科町テレワークセンター',
  inPersonCapacity: '3',
  onlineUrl: 'https://meet.example.jp/machiwork',
  onlineCapacity: '2',
  ...fields,
});

/** For tests: an event written straight to the database (past ones too), with `capacity` places each way. */
export async function insertEvent(test: TestContext, values: Partial<typeof events.$inferInsert> = {}) {
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const [event] = await test.db
    .insert(events)
    .values({
      kind: 'worker_meeting',
      title: 'ワーカーミーティング',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      place: '立科町テレワークセンター',
      inPersonCapacity: 1,
      onlineUrl: 'https://meet.example.jp/machiwork',
      onlineCapacity: 1,
      ...values,
    })
    .returning();
  return event!;
}

/** For tests: a signed-in browser of a new user of `role`, with the user's id. */
export async function signedInPerson(test: TestContext, role: Role = 'worker'): Promise<{ id: string; browser: TestBrowser }> {
  const user = await test.createUser(role);
  const browser = test.browser();
  await browser.signIn(user.loginId);
  return { id: user.id, browser };
}

/** For tests: the message keys left for a person, oldest first. */
export async function notificationKeys(test: TestContext, userId: string): Promise<string[]> {
  const rows = await test.db.select({ key: notifications.messageKey }).from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.createdAt);
  return rows.map((row) => row.key);
}
