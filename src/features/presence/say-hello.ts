import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notify } from '../notifications/notify';
import { notifications } from '../notifications/schema';
import { listWorking } from './list-working';

const helloKey = 'presence.notice.hello';
/** One hello per pair of people an hour is friendly; more would be noise. */
const helloGapMs = 3600_000;

/**
 * Says hello to a teammate shown as working on this order: an in-app notification, at most once
 * an hour from one person to another. The pair's advisory lock makes two clicks at once one hello.
 */
export async function sayHello(
  db: Db,
  input: { from: { id: string; displayName: string }; toId: string; order: { id: string; title: string }; now?: Date },
): Promise<{ ok: true } | { ok: false; problem: 'notWorking' | 'recent' }> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`hello:${input.from.id}:${input.toId}`}))`);
    const working = await listWorking(db, [input.order.id], now);
    if (input.toId === input.from.id || !working.some((person) => person.userId === input.toId)) return { ok: false, problem: 'notWorking' };
    const [recent] = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, input.toId),
          eq(notifications.messageKey, helloKey),
          sql`${notifications.params}->>'fromId' = ${input.from.id}`,
          gt(notifications.createdAt, new Date(now.getTime() - helloGapMs)),
        ),
      )
      .limit(1);
    if (recent) return { ok: false, problem: 'recent' };
    await notify(db, [input.toId], { key: helloKey, params: { name: input.from.displayName, order: input.order.title, fromId: input.from.id }, link: `/teams/${input.order.id}` }, now);
    return { ok: true };
  });
}
