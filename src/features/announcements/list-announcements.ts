import { and, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../auth/policy';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { inAudience } from './audience';
import { announcementReads, announcements, type AnnouncementAudience } from './schema';

export type AnnouncementListItem = {
  id: string;
  title: string;
  audience: AnnouncementAudience;
  publishedAt: Date;
  withdrawnAt: Date | null;
  authorName: string | null;
  /** Read by the asking person (their own announcements count as read). */
  read: boolean;
};

/** A list shows the newest this many; older ones are still reachable from their notification. */
export const listLimit = 100;

/** The announcement's author, joined under another name beside the reader's own row of `users`. */
export const author = alias(users, 'author');

async function listFor(db: Db, userId: string, where: SQL | undefined): Promise<AnnouncementListItem[]> {
  return db
    .select({
      id: announcements.id,
      title: announcements.title,
      audience: announcements.audience,
      publishedAt: announcements.publishedAt,
      withdrawnAt: announcements.withdrawnAt,
      authorName: author.displayName,
      read: sql<boolean>`(${announcements.authorId} is not distinct from ${userId}::uuid or exists (
        select 1 from ${announcementReads} where ${announcementReads.announcementId} = ${announcements.id} and ${announcementReads.userId} = ${userId}::uuid))`,
    })
    .from(announcements)
    .innerJoin(users, eq(users.id, userId))
    .leftJoin(author, eq(author.id, announcements.authorId))
    .where(where)
    .orderBy(desc(announcements.publishedAt), desc(announcements.id))
    .limit(listLimit);
}

/** The announcements addressed to this person (or written by them) and not withdrawn, newest first. */
export async function listMyAnnouncements(db: Db, userId: string, now = new Date()): Promise<AnnouncementListItem[]> {
  return listFor(db, userId, and(isNull(announcements.withdrawnAt), or(inAudience(now), eq(announcements.authorId, userId))));
}

/** What this person has not read yet, newest first: for the top of the home page. */
export async function listUnreadAnnouncements(db: Db, userId: string, now = new Date()): Promise<AnnouncementListItem[]> {
  return (await listMyAnnouncements(db, userId, now)).filter((item) => !item.read);
}

/** The operator's staff look after every announcement: open, withdraw and follow any of them. */
function isOperatorStaff(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'coordinator';
}

/** Who may see an announcement's read status and withdraw it: its author, and the operator's staff. */
export function mayManage(actor: Actor, announcement: { authorId: string | null }): boolean {
  return isOperatorStaff(actor) || announcement.authorId === actor.id;
}

/** What a publisher has sent (withdrawn ones too); the operator's staff see everyone's, to manage them. */
export async function listSentAnnouncements(db: Db, actor: Actor): Promise<AnnouncementListItem[]> {
  return listFor(db, actor.id, isOperatorStaff(actor) ? undefined : eq(announcements.authorId, actor.id));
}
