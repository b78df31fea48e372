import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { threadAttachments, threadMentions, threadPosts } from './schema';

/** How many posts a page of the thread shows. */
export const postsPerPage = 50;

export type ThreadPost = {
  id: string;
  authorId: string | null;
  authorName: string | null;
  body: string;
  postedAt: Date;
  removedAt: Date | null;
  attachments: { id: string; originalName: string; sizeBytes: number }[];
  mentioned: string[];
};

/**
 * A page of an order's thread, oldest first: the latest posts, or those before the post `before`
 * (ordered by time, then id, so posts at the same moment are not skipped). `hasOlder` says
 * whether an "older posts" link leads anywhere.
 */
export async function listThread(db: Db, orderId: string, before?: string): Promise<{ posts: ThreadPost[]; hasOlder: boolean }> {
  const cursor = before
    ? sql`(${threadPosts.postedAt}, ${threadPosts.id}) < (select posted_at, id from thread_posts where id = ${before} and order_id = ${orderId})`
    : undefined;
  const rows = await db
    .select({
      id: threadPosts.id,
      authorId: threadPosts.authorId,
      authorName: users.displayName,
      body: threadPosts.body,
      postedAt: threadPosts.postedAt,
      removedAt: threadPosts.removedAt,
    })
    .from(threadPosts)
    .leftJoin(users, eq(users.id, threadPosts.authorId))
    .where(and(eq(threadPosts.orderId, orderId), cursor))
    .orderBy(desc(threadPosts.postedAt), desc(threadPosts.id))
    .limit(postsPerPage + 1);
  const page = rows.slice(0, postsPerPage).reverse();
  const ids = page.map((post) => post.id);
  const [attachments, mentions] = ids.length
    ? await Promise.all([
        db
          .select({ postId: threadAttachments.postId, id: threadAttachments.id, originalName: threadAttachments.originalName, sizeBytes: threadAttachments.sizeBytes })
          .from(threadAttachments)
          .where(inArray(threadAttachments.postId, ids))
          .orderBy(asc(threadAttachments.originalName)),
        db
          .select({ postId: threadMentions.postId, name: users.displayName })
          .from(threadMentions)
          .innerJoin(users, eq(users.id, threadMentions.userId))
          .where(inArray(threadMentions.postId, ids))
          .orderBy(asc(users.displayName)),
      ])
    : [[], []];
  return {
    posts: page.map((post) => ({
      ...post,
      attachments: attachments.filter((file) => file.postId === post.id),
      mentioned: mentions.filter((mention) => mention.postId === post.id).map((mention) => mention.name),
    })),
    hasOlder: rows.length > postsPerPage,
  };
}
