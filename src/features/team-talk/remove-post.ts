import { rm } from 'node:fs/promises';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { uploadPath } from '../../files/store-files';
import { threadAttachments, threadPosts } from './schema';

/**
 * Removes a post of this order's thread: its text is cleared and its files deleted, its place in
 * the thread kept. Only its author, or staff (`asStaff`), may; a post already removed, or someone
 * else's, gives false. Staff removing someone else's post is audited.
 */
export async function removePost(db: Db, input: { orderId: string; postId: string; actorId: string; asStaff: boolean; dataDir: string }): Promise<boolean> {
  const removed = await db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [post] = await db
      .update(threadPosts)
      .set({ body: '', removedAt: sql`now()` })
      .where(
        and(
          eq(threadPosts.id, input.postId),
          eq(threadPosts.orderId, input.orderId),
          isNull(threadPosts.removedAt),
          input.asStaff ? undefined : eq(threadPosts.authorId, input.actorId),
        ),
      )
      .returning({ authorId: threadPosts.authorId });
    if (!post) return undefined;
    const files = await db.delete(threadAttachments).where(eq(threadAttachments.postId, input.postId)).returning({ id: threadAttachments.id });
    if (post.authorId !== input.actorId) {
      await recordAudit(db, { actorId: input.actorId, action: 'team.post.remove', subjectUserId: post.authorId, detail: { orderId: input.orderId, postId: input.postId } });
    }
    return files;
  });
  if (!removed) return false;
  await Promise.all(removed.map((file) => rm(uploadPath(input.dataDir, file.id), { force: true })));
  return true;
}
