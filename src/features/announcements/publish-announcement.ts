import type { Actor } from '../../auth/policy';
import type { Role } from '../../auth/roles';
import type { Db } from '../../db/client';
import type { MessageKey } from '../../ui/i18n';
import { notify } from '../notifications/notify';
import { listSiteChoices, teamOrdersFor } from './audience-choices';
import { listAudience } from './list-audience';
import { announcements, type AnnouncementAudience } from './schema';

export type AnnouncementDraft = {
  title: string;
  body: string;
  audience: AnnouncementAudience;
  role: Role | null;
  orderId: string | null;
  siteId: string | null;
};

export type PublishResult = { ok: true; id: string; notified: number } | { ok: false; field: 'audience' | 'orderId' | 'siteId'; problem: MessageKey };

/**
 * Publishes an announcement and tells its audience in the app, in one transaction: nobody is
 * told of an announcement that was not saved. A leader may address only a team they lead.
 */
export async function publishAnnouncement(db: Db, author: Actor, draft: AnnouncementDraft, now = new Date()): Promise<PublishResult> {
  if (author.role === 'leader' && draft.audience !== 'team') return { ok: false, field: 'audience', problem: 'announcements.error.leaderTeamOnly' };
  if (draft.audience === 'team') {
    const allowed = await teamOrdersFor(db, author);
    if (!allowed.some((order) => order.id === draft.orderId)) {
      return { ok: false, field: 'orderId', problem: author.role === 'leader' ? 'announcements.error.notYourTeam' : 'announcements.error.orderUnknown' };
    }
  }
  if (draft.audience === 'site' && !(await listSiteChoices(db)).some((site) => site.id === draft.siteId)) {
    return { ok: false, field: 'siteId', problem: 'announcements.error.siteUnknown' };
  }
  return db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(announcements)
      .values({
        authorId: author.id,
        title: draft.title,
        body: draft.body,
        audience: draft.audience,
        audienceRole: draft.audience === 'role' ? draft.role : null,
        audienceOrderId: draft.audience === 'team' ? draft.orderId : null,
        audienceSiteId: draft.audience === 'site' ? draft.siteId : null,
        publishedAt: now,
      })
      .returning({ id: announcements.id });
    const id = saved!.id;
    const audience = await listAudience(tx, id, now);
    await notify(
      tx,
      audience.map((person) => person.id),
      { key: 'announcements.notify', params: { title: draft.title }, link: `/announcements/${id}` },
      now,
    );
    return { ok: true, id, notified: audience.length } as const;
  });
}
