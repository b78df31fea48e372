import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Db } from '../../db/client';
import type { CheckedUpload } from '../../files/check-upload';
import { uploadPath, writeUpload } from '../../files/store-files';
import { notify } from '../notifications/notify';
import { threadAttachments, threadMentions, threadPosts } from './schema';

export type NewPost = {
  order: { id: string; title: string };
  author: { id: string; displayName: string };
  body: string;
  files: CheckedUpload[];
  /** People to tell; the route has checked they are on the team. */
  mentionIds: string[];
  dataDir: string;
};

/** Where a post is read: its place in the thread. */
export function postLink(orderId: string, postId: string): string {
  return `/teams/${orderId}#post-${postId}`;
}

/**
 * Posts in an order's thread: the text, its files (bytes written inside the transaction that
 * records them; removed again if it rolls back) and the people named, each told in the app.
 */
export async function postInThread(db: Db, post: NewPost): Promise<string> {
  const written: string[] = [];
  try {
    return await db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const [row] = await db.insert(threadPosts).values({ orderId: post.order.id, authorId: post.author.id, body: post.body }).returning({ id: threadPosts.id });
      const postId = row!.id;
      for (const file of post.files) {
        const [attachment] = await db
          .insert(threadAttachments)
          .values({
            postId,
            originalName: file.name,
            contentType: file.contentType,
            sizeBytes: file.bytes.length,
            sha256: createHash('sha256').update(file.bytes).digest('hex'),
          })
          .returning({ id: threadAttachments.id });
        await writeUpload(post.dataDir, attachment!.id, file.bytes);
        written.push(attachment!.id);
      }
      const told = [...new Set(post.mentionIds)].filter((id) => id !== post.author.id);
      if (told.length > 0) {
        await db.insert(threadMentions).values(told.map((userId) => ({ postId, userId })));
        await notify(db, told, { key: 'teamTalk.notice.mentioned', params: { name: post.author.displayName, order: post.order.title }, link: postLink(post.order.id, postId) });
      }
      return postId;
    });
  } catch (error) {
    await Promise.all(written.map((id) => rm(uploadPath(post.dataDir, id), { force: true })));
    throw error;
  }
}
