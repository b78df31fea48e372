import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { can } from '../../auth/policy';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { doneNotice, uuidParam } from '../../ui/route-params';
import { listSiteChoices, teamOrdersFor } from './audience-choices';
import { listMyAnnouncements, listSentAnnouncements } from './list-announcements';
import { listAudience } from './list-audience';
import { loadAnnouncement } from './load-announcement';
import { renderAnnouncementPage, renderAnnouncementsPage, renderNewAnnouncementPage } from './pages';
import { publishAnnouncement } from './publish-announcement';
import { recordRead } from './record-read';
import { announcementForm } from './validation';
import { withdrawAnnouncement } from './withdraw-announcement';

/** お知らせ: staff and leaders tell everyone, a role, a site or a team; read status. */
export const announcementRoutes = new Hono<AppEnv>();

const listNotices = { withdrawn: 'announcements.done.withdrawn' } as const satisfies Record<string, MessageKey>;
const pageNotices = { published: 'announcements.done.published' } as const satisfies Record<string, MessageKey>;

announcementRoutes.get('/announcements', allow('signedIn'), async (c) => {
  const db = c.var.deps.db;
  const user = c.var.user!;
  const publisher = can(user, 'announcements.publish');
  const [mine, sent] = await Promise.all([listMyAnnouncements(db, user.id), publisher ? listSentAnnouncements(db, user) : null]);
  return renderAnnouncementsPage(c, { mine, sent, staff: user.role === 'admin' || user.role === 'coordinator', notice: doneNotice(c, listNotices) });
});

async function newPage(c: AppContext, state: FormState = {}, status: 200 | 400 = 200) {
  const db = c.var.deps.db;
  const [orders, sites] = await Promise.all([teamOrdersFor(db, c.var.user!), listSiteChoices(db)]);
  return renderNewAnnouncementPage(c, { state, orders, sites }, status);
}

announcementRoutes.get('/announcements/new', allow('announcements.publish'), (c) => newPage(c));

announcementRoutes.post('/announcements/new', allow('announcements.publish'), async (c) => {
  const form = await readForm(c, announcementForm);
  if (!form.ok) return newPage(c, { errors: form.errors, values: form.values }, 400);
  const result = await publishAnnouncement(c.var.deps.db, c.var.user!, form.data);
  if (!result.ok) return newPage(c, { errors: { [result.field]: result.problem }, values: form.values }, 400);
  return c.redirect(`/announcements/${result.id}?done=published`, 303);
});

/** An announcement's page; with `confirmWithdraw`, the question before withdrawing it. Outside its audience: 404. */
async function announcementPage(c: AppContext, options: { confirmWithdraw?: boolean; problem?: string } = {}, status: 200 | 409 = 200) {
  const db = c.var.deps.db;
  const user = c.var.user!;
  const id = uuidParam(c, 'id');
  const announcement = id ? await loadAnnouncement(db, id, user) : undefined;
  if (!announcement || (options.confirmWithdraw && !announcement.manage)) return renderErrorPage(c, 'notFound');
  if (!announcement.withdrawnAt && !options.confirmWithdraw) await recordRead(db, announcement.id, user.id);
  const audience = announcement.manage ? await listAudience(db, announcement.id) : null;
  return renderAnnouncementPage(c, announcement, { ...options, audience, notice: doneNotice(c, pageNotices) }, status);
}

announcementRoutes.get('/announcements/:id', allow('signedIn'), (c) => announcementPage(c));

announcementRoutes.get('/announcements/:id/withdraw', allow('announcements.publish'), (c) => announcementPage(c, { confirmWithdraw: true }));

announcementRoutes.post('/announcements/:id/withdraw', allow('announcements.publish'), async (c) => {
  const db = c.var.deps.db;
  const user = c.var.user!;
  const id = uuidParam(c, 'id');
  const announcement = id ? await loadAnnouncement(db, id, user) : undefined;
  if (!announcement?.manage) return renderErrorPage(c, 'notFound');
  if (!(await withdrawAnnouncement(db, announcement.id, user.id))) return announcementPage(c, { problem: c.var.t('announcements.refused.withdrawn') }, 409);
  return c.redirect('/announcements?done=withdrawn', 303);
});
