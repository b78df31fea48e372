import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm, withoutPrefix } from '../../ui/form';
import type { MessageKey } from '../../ui/i18n';
import { todayInJapan } from '../availability/calendar';
import { acceptPlanOffer } from './accept-plan-offer';
import type { AnswerResult } from './answer-result';
import { createPlan } from './create-plan';
import { declinePlanOffer } from './decline-plan-offer';
import { findPlan } from './find-plan';
import { listPlans } from './list-plans';
import { listWorkerOffers } from './list-worker-offers';
import { renderOfferPage, type DeclineState } from './offer-pages';
import { renderPlanList, renderPlanPage, type PlanView } from './plan-pages';
import { publishPlan } from './publish-plan';
import { declineForm, planForm } from './validation';

export const plannerRoutes = new Hono<AppEnv>();

/** What the form offers first: from today, the next two weeks. */
const defaultPlanDays = 14;

plannerRoutes.get('/plans', allow('plans.manage'), async (c) => {
  const plans = await listPlans(c.var.deps.db);
  return renderPlanList(c, { plans, state: { values: { from: todayInJapan(), days: String(defaultPlanDays) } } });
});

// Solving runs in a worker thread; the request waits for it, then shows the draft.
plannerRoutes.post('/plans', allow('plans.manage'), async (c) => {
  const db = c.var.deps.db;
  const form = await readForm(c, planForm(todayInJapan()));
  if (!form.ok) return renderPlanList(c, { plans: await listPlans(db), state: { errors: form.errors, values: form.values } }, 400);
  const planId = await createPlan(db, c.var.user!.id, form.data);
  return c.redirect(`/plans/${planId}?done=created`, 303);
});

const planNotices = { created: 'planner.done.created', published: 'planner.done.published' } as const satisfies Record<string, MessageKey>;
const publishProblems = { notDraft: 'planner.problem.notDraft', outdated: 'planner.problem.outdated' } as const satisfies Record<string, MessageKey>;

async function showPlan(c: AppContext, view: PlanView, problem?: MessageKey) {
  const id = z.uuid().safeParse(c.req.param('id'));
  const details = id.success ? await findPlan(c.var.deps.db, id.data) : null;
  if (!details) return renderErrorPage(c, 'notFound');
  const done = c.req.query('done');
  const notice = done && Object.hasOwn(planNotices, done) ? c.var.t(planNotices[done as keyof typeof planNotices]) : undefined;
  return renderPlanPage(c, { details, view, notice, problem: problem ? c.var.t(problem) : undefined }, problem ? 409 : 200);
}

plannerRoutes.get('/plans/:id', allow('plans.manage'), (c) => showPlan(c, 'days'));
plannerRoutes.get('/plans/:id/workers', allow('plans.manage'), (c) => showPlan(c, 'workers'));
plannerRoutes.get('/plans/:id/orders', allow('plans.manage'), (c) => showPlan(c, 'orders'));

plannerRoutes.post('/plans/:id/publish', allow('plans.manage'), async (c) => {
  const id = z.uuid().safeParse(c.req.param('id'));
  if (!id.success) return renderErrorPage(c, 'notFound');
  const result = await publishPlan(c.var.deps.db, id.data, c.var.user!.id);
  if (result.ok) return c.redirect(`/plans/${id.data}?done=published`, 303);
  if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
  return showPlan(c, 'days', publishProblems[result.reason]);
});

const offerNotices = { accepted: 'planner.offers.done.accepted', declined: 'planner.offers.done.declined' } as const satisfies Record<string, MessageKey>;

async function showOffers(c: AppContext, options: { problem?: MessageKey; decline?: DeclineState; status?: 200 | 400 | 409 } = {}) {
  const offers = await listWorkerOffers(c.var.deps.db, c.var.user!.id, todayInJapan());
  // A refused decline form is shown again only on an open offer of theirs.
  if (options.decline && !offers.some((offer) => offer.id === options.decline!.offerId && offer.status === 'offered')) return renderErrorPage(c, 'notFound');
  const done = c.req.query('done');
  const notice = done && Object.hasOwn(offerNotices, done) ? c.var.t(offerNotices[done as keyof typeof offerNotices]) : undefined;
  const problem = options.problem ? c.var.t(options.problem) : undefined;
  return renderOfferPage(c, { offers, notice, problem, decline: options.decline }, options.status ?? 200);
}

/** After an answer: back to the list, or why nothing changed (not theirs: not found). */
function afterAnswer(c: AppContext, result: AnswerResult, done: keyof typeof offerNotices) {
  if (result.ok) return c.redirect(`/me/offers?done=${done}`, 303);
  if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
  return showOffers(c, { problem: 'planner.offers.problem.notOpen', status: 409 });
}

plannerRoutes.get('/me/offers', allow('tasks.work'), (c) => showOffers(c));

plannerRoutes.post('/me/offers/:offerId/accept', allow('tasks.work'), async (c) => {
  const id = z.uuid().safeParse(c.req.param('offerId'));
  if (!id.success) return renderErrorPage(c, 'notFound');
  return afterAnswer(c, await acceptPlanOffer(c.var.deps.db, c.var.user!.id, id.data), 'accepted');
});

plannerRoutes.post('/me/offers/:offerId/decline', allow('tasks.work'), async (c) => {
  const id = z.uuid().safeParse(c.req.param('offerId'));
  if (!id.success) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix(`decline-${id.data}-`, declineForm));
  if (!form.ok) return showOffers(c, { decline: { offerId: id.data, state: { errors: form.errors, values: form.values } }, status: 400 });
  return afterAnswer(c, await declinePlanOffer(c.var.deps.db, c.var.user!.id, id.data, form.data.note), 'declined');
});
