import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { readForm, withoutPrefix } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { renderErrorPage } from '../../ui/error-pages';
import { doneNotice, uuidParam } from '../../ui/route-params';
import { decidePromotion } from './decide-promotion';
import { findPathPerson } from './find-path-person';
import { gatherProgress } from './gather-progress';
import { listPathPeople } from './list-path-people';
import { listPromotions } from './list-promotions';
import { refusalText, renderOpenPromotions, renderPathPeople, renderProgressPage, renderPromotionPage, type DecisionForms } from './pages';
import { proposePromotion } from './propose-promotion';
import { approveForm, declineForm, proposeForm } from './validation';

/** The career path: proposals to step up, coordinators' sign-off, and a person's progress page. */
export const promotionRoutes = new Hono<AppEnv>();

const progressNotices = { proposed: 'promotion.propose.done' } as const satisfies Record<string, MessageKey>;
const decisionNotices = { approved: 'promotion.done.approved', declined: 'promotion.done.declined' } as const satisfies Record<string, MessageKey>;

/** A person's progress page: their own (/me/progress), or someone's on the path for proposers; anyone else is not found. */
async function showProgress(c: AppContext, userId: string | undefined, extra: { own?: boolean; propose?: FormState; notice?: string | undefined } = {}, status: 200 | 400 | 409 = 200) {
  const db = c.var.deps.db;
  const person = userId ? await findPathPerson(db, userId) : undefined;
  if (!person) return renderErrorPage(c, 'notFound');
  const [progress, history] = await Promise.all([gatherProgress(db, person.id), listPromotions(db, { userId: person.id })]);
  return renderProgressPage(c, { person, progress, history, own: false, ...extra }, status);
}

promotionRoutes.get('/me/progress', allow('training.take'), (c) => showProgress(c, c.var.user!.id, { own: true }));

promotionRoutes.get('/people/progress', allow('promotions.propose'), async (c) => renderPathPeople(c, await listPathPeople(c.var.deps.db)));

promotionRoutes.get('/people/:id/progress', allow('promotions.propose'), (c) => showProgress(c, uuidParam(c, 'id'), { notice: doneNotice(c, progressNotices) }));

promotionRoutes.post('/people/:id/promotions', allow('promotions.propose'), async (c) => {
  const id = uuidParam(c, 'id');
  const person = id ? await findPathPerson(c.var.deps.db, id) : undefined;
  if (!person) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, proposeForm);
  if (!form.ok) return showProgress(c, person.id, { propose: { errors: form.errors, values: form.values } }, 400);
  const result = await proposePromotion(c.var.deps.db, { person, proposer: c.var.user!, reason: form.data.reason });
  if (!result.ok) return showProgress(c, person.id, { propose: { values: form.values, problem: refusalText(c.var.t, result) } }, 409);
  return c.redirect(`/people/${person.id}/progress?done=proposed`, 303);
});

promotionRoutes.get('/promotions', allow('promotions.decide'), async (c) =>
  renderOpenPromotions(c, await listPromotions(c.var.deps.db, { open: true }), doneNotice(c, decisionNotices)),
);

async function showPromotion(c: AppContext, forms: DecisionForms = {}, status: 200 | 400 | 409 = 200) {
  const id = uuidParam(c, 'id');
  const [entry] = id ? await listPromotions(c.var.deps.db, { promotionId: id }) : [];
  if (!entry) return renderErrorPage(c, 'notFound');
  return renderPromotionPage(c, entry, forms, status);
}

promotionRoutes.get('/promotions/:id', allow('promotions.decide'), (c) => showPromotion(c));

/** Approves or declines; a proposal decided meanwhile, or whose person's role changed, is refused with the reason. */
async function decide(c: AppContext, decision: 'approved' | 'declined') {
  const id = uuidParam(c, 'id');
  if (!id) return renderErrorPage(c, 'notFound');
  const form = decision === 'approved' ? await readForm(c, withoutPrefix('approve-', approveForm)) : await readForm(c, withoutPrefix('decline-', declineForm));
  const formName = decision === 'approved' ? 'approve' : 'decline';
  if (!form.ok) return showPromotion(c, { [formName]: { errors: form.errors, values: form.values } }, 400);
  const result = await decidePromotion(c.var.deps.db, { promotionId: id, decision, note: form.data.note, deciderId: c.var.user!.id });
  if (result.ok) return c.redirect(`/promotions?done=${decision}`, 303);
  if (result.problem === 'notFound') return renderErrorPage(c, 'notFound');
  const { t } = c.var;
  const problem = result.problem === 'roleChanged' ? t('promotion.refused.roleChanged', { role: t(`role.${result.role}`) }) : t('promotion.refused.decided');
  return showPromotion(c, { [formName]: { values: form.values }, problem }, 409);
}

promotionRoutes.post('/promotions/:id/approve', allow('promotions.decide'), (c) => decide(c, 'approved'));
promotionRoutes.post('/promotions/:id/decline', allow('promotions.decide'), (c) => decide(c, 'declined'));
