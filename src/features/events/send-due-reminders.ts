import { and, gt, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { events } from './schema';
import { sendReminder } from './send-reminder';

/** How long before an event starts its reminder goes out by itself, unless staff sent it earlier. */
export const reminderLeadMs = 24 * 3600_000;

/**
 * Sends the reminder of every live event starting within the next day that has none yet; returns
 * how many events were reminded. Each goes through `sendReminder`, whose conditional update keeps
 * it to once even when two processes (or staff pressing the button) run at the same moment.
 */
export async function sendDueReminders(db: Db, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: events.id })
    .from(events)
    .where(and(isNull(events.reminderSentAt), isNull(events.cancelledAt), gt(events.startsAt, now), lte(events.startsAt, new Date(now.getTime() + reminderLeadMs))));
  let reminded = 0;
  for (const event of due) {
    if ((await sendReminder(db, event.id, now)).ok) reminded += 1;
  }
  return reminded;
}
