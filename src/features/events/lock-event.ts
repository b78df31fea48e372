import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { events } from './schema';

/** The event row, locked until the caller's transaction ends: every change to its places queues here. */
export async function lockEvent(db: Db, eventId: string) {
  const [event] = await db.select().from(events).where(eq(events.id, eventId)).for('update');
  return event;
}
