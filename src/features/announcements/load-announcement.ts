import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { sites } from '../centre/schema';
import { orders } from '../orders/schema';
import { inAudience } from './audience';
import { author, mayManage } from './list-announcements';
import { announcements } from './schema';

/**
 * An announcement as this person may see it: addressed to them and not withdrawn, or theirs, or
 * any for the operator's staff; anyone else gets nothing (the page answers 404).
 */
export async function loadAnnouncement(db: Db, id: string, actor: Actor, now = new Date()) {
  const [row] = await db
    .select({
      id: announcements.id,
      authorId: announcements.authorId,
      authorName: author.displayName,
      title: announcements.title,
      body: announcements.body,
      audience: announcements.audience,
      audienceRole: announcements.audienceRole,
      orderTitle: orders.title,
      siteName: sites.name,
      publishedAt: announcements.publishedAt,
      withdrawnAt: announcements.withdrawnAt,
      addressed: sql<boolean>`${inAudience(now)}`,
    })
    .from(announcements)
    .innerJoin(users, eq(users.id, actor.id))
    .leftJoin(author, eq(author.id, announcements.authorId))
    .leftJoin(orders, eq(orders.id, announcements.audienceOrderId))
    .leftJoin(sites, eq(sites.id, announcements.audienceSiteId))
    .where(eq(announcements.id, id));
  if (!row) return undefined;
  const manage = mayManage(actor, row);
  if (!manage && (row.withdrawnAt || !row.addressed)) return undefined;
  return { ...row, manage };
}

export type LoadedAnnouncement = NonNullable<Awaited<ReturnType<typeof loadAnnouncement>>>;
