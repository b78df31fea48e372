import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notify } from '../notifications/notify';
import type { Month } from '../tasks/month';
import { workerProfiles } from '../workers/schema';
import { payAdjustments } from './schema';

export type NewPayAdjustment = { workerId: string; month: Month; amountYen: number; reason: string; withholds: boolean };

/**
 * Records a correction to a worker's pay, with its reason. An addition applies at once; a cut
 * waits for the worker's agreement (no reduction after acceptance without it, フリーランス法 §5),
 * so the worker is told there is something to answer.
 */
export async function addPayAdjustment(db: Db, createdBy: string, adjustment: NewPayAdjustment, now = new Date()): Promise<'ok' | 'unknownWorker'> {
  const [worker] = await db.select({ id: workerProfiles.userId }).from(workerProfiles).where(eq(workerProfiles.userId, adjustment.workerId));
  if (!worker) return 'unknownWorker';
  const cut = adjustment.amountYen < 0;
  await db.insert(payAdjustments).values({ ...adjustment, status: cut ? 'proposed' : 'applied', createdBy, createdAt: now });
  await notify(
    db,
    [worker.id],
    { key: cut ? 'pay.notify.cutProposed' : 'pay.notify.added', params: { amount: Math.abs(adjustment.amountYen).toLocaleString('ja-JP') }, link: '/me/pay' },
    now,
  );
  return 'ok';
}
