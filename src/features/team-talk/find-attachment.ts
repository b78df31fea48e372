import { eq } from 'drizzle-orm';
import { can, type Actor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { findTeamOrder } from './find-team-order';
import { threadAttachments, threadPosts } from './schema';

/**
 * A thread attachment this person may download: they may open the order's team page, and for
 * centre-only work, as with the order's instruction files (src/files/may-download-file.ts), staff
 * who run orders and the team's leaders always, everyone else only from the centre's network.
 * Anything else is undefined (not found).
 */
export async function findAttachment(db: Db, actor: Actor, attachmentId: string, atCentre: boolean) {
  const [file] = await db
    .select({ id: threadAttachments.id, originalName: threadAttachments.originalName, contentType: threadAttachments.contentType, orderId: threadPosts.orderId })
    .from(threadAttachments)
    .innerJoin(threadPosts, eq(threadPosts.id, threadAttachments.postId))
    .where(eq(threadAttachments.id, attachmentId));
  const order = file ? await findTeamOrder(db, actor, file.orderId) : undefined;
  if (!file || !order) return undefined;
  if (order.confidentiality === 'centre_only' && !atCentre && !can(actor, 'orders.manage') && order.teamRole !== 'leader') return undefined;
  return file;
}
