import type { Db } from '../../db/client';
import { updateOrder } from '../orders/update-order';
import type { TermsInput } from '../orders/validation';
import { issueTermsChangeNotices } from './issue-terms-change-notices';

/**
 * Saves an order's terms and, in the same transaction, asks every worker whose current work they
 * change to agree (issueTermsChangeNotices). Null when there is no such order; otherwise how many
 * workers were asked.
 */
export async function changeOrderTerms(db: Db, staffId: string, orderId: string, input: TermsInput, now = new Date()): Promise<{ asked: number } | null> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    if (!(await updateOrder(db, orderId, input))) return null;
    return { asked: await issueTermsChangeNotices(db, orderId, staffId, now) };
  });
}
