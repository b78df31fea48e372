import type { Db } from '../../db/client';
import { salesActivities } from './schema';
import type { ActivityInput } from './validation';

/** Adds one line to a client's sales log (営業活動); lines are never edited. */
export async function logSalesActivity(db: Db, clientId: string, authorId: string, input: ActivityInput): Promise<void> {
  await db.insert(salesActivities).values({ ...input, clientId, authorId });
}
