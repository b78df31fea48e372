import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm, typedText } from '../../ui/form';
import { todayInJapan } from '../availability/calendar';
import { releaseExpiredHolds } from '../tasks/release-expired-holds';
import { acceptSubmission } from './accept-submission';
import { findSubmissionForReview, type SubmissionForReview } from './find-submission-for-review';
import { listReviewQueue } from './list-review-queue';
import { listWorkingNow } from './list-working-now';
import { mayReviewOrder } from './may-review-order';
import { renderReviewPage, renderReviewQueue } from './pages';
import { renderProgressPage } from './progress-page';
import { returnSubmission } from './return-submission';
import { summarizeOrderProgress } from './summarize-order-progress';

export const reviewRoutes = new Hono<AppEnv>();

/** The submission named by the path, if this reviewer may review its order; null otherwise (shown as 404). */
async function loadSubmission(c: AppContext): Promise<SubmissionForReview | null> {
  const id = z.uuid().safeParse(c.req.param('submissionId'));
  if (!id.success) return null;
  const db = c.var.deps.db;
  const item = await findSubmissionForReview(db, id.data);
  return item && (await mayReviewOrder(db, c.var.user!, item.orderId)) ? item : null;
}

const returnForm = z.object({
  comment: typedText().pipe(z.string().min(1, { error: 'review.error.commentRequired' }).max(2000, { error: 'review.error.tooLong' })),
});

const notices = { accepted: 'review.accepted', returned: 'review.returned' } as const;

reviewRoutes.get('/review', allow('orders.review'), async (c) => {
  const done = c.req.query('done');
  const notice = done && Object.hasOwn(notices, done) ? c.var.t(notices[done as keyof typeof notices]) : undefined;
  return renderReviewQueue(c, await listReviewQueue(c.var.deps.db, c.var.user!), notice);
});

reviewRoutes.get('/review/:submissionId', allow('orders.review'), async (c) => {
  const item = await loadSubmission(c);
  if (!item) return renderErrorPage(c, 'notFound');
  return renderReviewPage(c, item);
});

/** The page again after a second reviewer was too late: the decision that got through, and why nothing changed. */
async function alreadyDecided(c: AppContext, item: SubmissionForReview) {
  const decided = (await findSubmissionForReview(c.var.deps.db, item.id)) ?? item;
  return renderReviewPage(c, decided, { problem: c.var.t('review.alreadyDecided') }, 409);
}

reviewRoutes.post('/review/:submissionId/accept', allow('orders.review'), async (c) => {
  const item = await loadSubmission(c);
  if (!item) return renderErrorPage(c, 'notFound');
  const result = await acceptSubmission(c.var.deps.db, c.var.user!.id, item.id);
  if (!result.ok) return alreadyDecided(c, item);
  return c.redirect('/review?done=accepted', 303);
});

reviewRoutes.post('/review/:submissionId/return', allow('orders.review'), async (c) => {
  const item = await loadSubmission(c);
  if (!item) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, returnForm);
  if (!form.ok) return renderReviewPage(c, item, { errors: form.errors, comment: form.values.comment ?? '' }, item.decision ? 409 : 400);
  const result = await returnSubmission(c.var.deps.db, c.var.user!.id, item.id, form.data.comment);
  if (!result.ok) return alreadyDecided(c, item);
  return c.redirect('/review?done=returned', 303);
});

// Directors and admins see every order's progress; a leader the orders whose team they lead.
reviewRoutes.get('/orders/:id/progress', allow('orders.review'), async (c) => {
  const id = z.uuid().safeParse(c.req.param('id'));
  const db = c.var.deps.db;
  if (!id.success || !(await mayReviewOrder(db, c.var.user!, id.data))) return renderErrorPage(c, 'notFound');
  const now = new Date();
  await releaseExpiredHolds(db, now);
  const progress = await summarizeOrderProgress(db, id.data, todayInJapan(now));
  if (!progress) return renderErrorPage(c, 'notFound');
  return renderProgressPage(c, progress, await listWorkingNow(db, id.data));
});
