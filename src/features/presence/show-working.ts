import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { presence } from './schema';

/** How long someone may say they are working, in whole hours. */
export const workingHours = [1, 2, 3, 4] as const;

/**
 * Shows this person as working on an order for the next `hours`: their one presence row, put in
 * place or replaced (switching order moves it). Going on with the same order keeps its start.
 */
export async function showWorking(db: Db, input: { userId: string; orderId: string; hours: number; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const until = new Date(now.getTime() + input.hours * 3600_000);
  await db
    .insert(presence)
    .values({ userId: input.userId, orderId: input.orderId, since: now, until })
    .onConflictDoUpdate({
      target: presence.userId,
      set: {
        orderId: input.orderId,
        since: sql`case when ${presence.orderId} = excluded.order_id and ${presence.until} > excluded.since then ${presence.since} else excluded.since end`,
        until,
      },
    });
}

/** Stops showing this person as working: the row goes, nothing of it is kept. */
export async function stopWorking(db: Db, userId: string): Promise<void> {
  await db.delete(presence).where(eq(presence.userId, userId));
}
