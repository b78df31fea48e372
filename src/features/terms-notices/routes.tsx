import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { downloadResponse } from '../../export/download-response';
import { renderErrorPage } from '../../ui/error-pages';
import type { MessageKey } from '../../ui/i18n';
import { orders } from '../orders/schema';
import { findTermsNotice, type FoundTermsNotice } from './find-terms-notice';
import { listOrderTermsNotices } from './list-order-terms-notices';
import { listWorkerTermsNotices } from './list-worker-terms-notices';
import { renderTermsNoticePdf } from './notice-pdf';
import { renderOrderNoticeList, renderWorkerNotice, renderWorkerNoticeList } from './pages';
import { respondToTermsNotice, type RespondResult } from './respond-to-terms-notice';
import type { TermsNoticeResponse } from './schema';

export const termsNoticeRoutes = new Hono<AppEnv>();

const uuid = z.uuid();

/** The signed-in worker's own notice named by :id; null for anyone else's (a 404, so nothing leaks). */
async function ownNotice(c: AppContext): Promise<FoundTermsNotice | null> {
  const id = uuid.safeParse(c.req.param('id'));
  return id.success ? findTermsNotice(c.var.deps.db, id.data, { workerId: c.var.user!.id }) : null;
}

async function pdfOf(c: AppContext, notice: FoundTermsNotice) {
  const bytes = await renderTermsNoticePdf(notice);
  return downloadResponse(c, bytes, 'application/pdf', `${c.var.t('termsNotices.fileName', { number: notice.number })}.pdf`, `terms-notice-${notice.number}.pdf`);
}

termsNoticeRoutes.get('/me/terms', allow('tasks.work'), async (c) => renderWorkerNoticeList(c, await listWorkerTermsNotices(c.var.deps.db, c.var.user!.id)));

termsNoticeRoutes.get('/me/terms/:id', allow('tasks.work'), async (c) => {
  const notice = await ownNotice(c);
  return notice ? renderWorkerNotice(c, notice) : renderErrorPage(c, 'notFound');
});

termsNoticeRoutes.get('/me/terms/:id/pdf', allow('tasks.work'), async (c) => {
  const notice = await ownNotice(c);
  return notice ? pdfOf(c, notice) : renderErrorPage(c, 'notFound');
});

const refusals: Record<Exclude<RespondResult, { ok: true }>['reason'], MessageKey | null> = {
  notFound: null,
  answered: 'termsNotices.problem.answered',
  wrongKind: 'termsNotices.problem.wrongKind',
  superseded: 'termsNotices.problem.superseded',
};

/** Records the answer and shows the notice again; a refused answer shows why, with the notice as it now is. */
async function answer(c: AppContext, response: TermsNoticeResponse) {
  const notice = await ownNotice(c);
  if (!notice) return renderErrorPage(c, 'notFound');
  const result = await respondToTermsNotice(c.var.deps.db, c.var.user!.id, notice.id, response);
  if (result.ok) return c.redirect(`/me/terms/${notice.id}?done=${response}`, 303);
  const problem = refusals[result.reason];
  const current = await ownNotice(c);
  if (!problem || !current) return renderErrorPage(c, 'notFound');
  return renderWorkerNotice(c, current, { problem: c.var.t(problem), status: 409 });
}

termsNoticeRoutes.post('/me/terms/:id/acknowledge', allow('tasks.work'), (c) => answer(c, 'acknowledged'));
termsNoticeRoutes.post('/me/terms/:id/agree', allow('tasks.work'), (c) => answer(c, 'agreed'));
termsNoticeRoutes.post('/me/terms/:id/refuse', allow('tasks.work'), (c) => answer(c, 'refused'));

termsNoticeRoutes.get('/orders/:id/terms-notices', allow('orders.manage'), async (c) => {
  const id = uuid.safeParse(c.req.param('id'));
  const db = c.var.deps.db;
  const [order] = id.success ? await db.select({ id: orders.id, number: orders.number, title: orders.title }).from(orders).where(eq(orders.id, id.data)) : [];
  if (!order) return renderErrorPage(c, 'notFound');
  return renderOrderNoticeList(c, { order, rows: await listOrderTermsNotices(db, order.id) });
});

termsNoticeRoutes.get('/orders/:id/terms-notices/:noticeId/pdf', allow('orders.manage'), async (c) => {
  const orderId = uuid.safeParse(c.req.param('id'));
  const noticeId = uuid.safeParse(c.req.param('noticeId'));
  const notice = orderId.success && noticeId.success ? await findTermsNotice(c.var.deps.db, noticeId.data, { orderId: orderId.data }) : null;
  return notice ? pdfOf(c, notice) : renderErrorPage(c, 'notFound');
});
