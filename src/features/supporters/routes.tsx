import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { recordAudit } from '../../audit/record-audit';
import { allow } from '../../auth/middleware';
import { can } from '../../auth/policy';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm, type FieldErrors } from '../../ui/form';
import type { MessageKey } from '../../ui/i18n';
import { addDays, todayInJapan } from '../availability/calendar';
import { loadAvailability } from '../availability/load-availability';
import { listPayStatements } from '../pay/list-pay-statements';
import { agreeSupporterLink } from './agree-supporter-link';
import { declineSupporterProposal } from './decline-supporter-proposal';
import { findActiveLink } from './find-active-link';
import { findSensitiveForSupporter, hasSharableSensitive } from './find-sensitive-for-supporter';
import { findWorkerAccount } from './find-worker-account';
import { listSupportedWorkers } from './list-supported-workers';
import { listWorkerSupporters } from './list-worker-supporters';
import { renderMySupporters, renderSupportedWorker, renderSupporterHome, renderWorkerSupporters } from './pages';
import { proposeSupporterLink } from './propose-supporter-link';
import { revokeSupporterLink } from './revoke-supporter-link';
import { setSupporterPay } from './set-supporter-pay';
import { setSupporterSensitive } from './set-supporter-sensitive';
import { proposeSupporterForm, supporterShareForm } from './validation';

export const supporterRoutes = new Hono<AppEnv>();

const uuid = z.uuid();

/** The worker a coordinator's page is about, or undefined (then the page is "not found"). */
async function workerFromPath(c: AppContext) {
  const id = uuid.safeParse(c.req.param('id'));
  return id.success ? findWorkerAccount(c.var.deps.db, id.data) : undefined;
}

supporterRoutes.get('/workers/:id/supporters', allow('workers.manage'), async (c) => {
  const worker = await workerFromPath(c);
  if (!worker) return renderErrorPage(c, 'notFound');
  const supporters = await listWorkerSupporters(c.var.deps.db, worker.id);
  const notice = c.req.query('proposed') === '1' ? c.var.t('workerSupporters.proposed') : undefined;
  return renderWorkerSupporters(c, { worker, supporters, state: {}, notice });
});

const proposeProblems: Record<'noSuchSupporter' | 'alreadyLinked' | 'alreadyProposed', MessageKey> = {
  noSuchSupporter: 'workerSupporters.error.noSuchSupporter',
  alreadyLinked: 'workerSupporters.error.alreadyLinked',
  alreadyProposed: 'workerSupporters.error.alreadyProposed',
};

supporterRoutes.post('/workers/:id/supporters', allow('workers.manage'), async (c) => {
  const db = c.var.deps.db;
  const worker = await workerFromPath(c);
  if (!worker) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, proposeSupporterForm);
  const again = async (errors: FieldErrors, values: Record<string, string>, status: 400 | 409) =>
    renderWorkerSupporters(c, { worker, supporters: await listWorkerSupporters(db, worker.id), state: { errors, values } }, status);
  if (!form.ok) return again(form.errors, form.values, 400);
  const result = await proposeSupporterLink(db, c.var.user!, { workerId: worker.id, supporterLoginId: form.data.loginId });
  if (!result.ok) {
    if (result.reason === 'forbidden') return renderErrorPage(c, 'forbidden');
    return again({ loginId: proposeProblems[result.reason] }, { loginId: form.data.loginId }, result.reason === 'noSuchSupporter' ? 400 : 409);
  }
  return c.redirect(`/workers/${worker.id}/supporters?proposed=1`, 303);
});

/** What the worker's page says after each answer. */
const mySupporterNotices = {
  agreed: 'mySupporters.agreed',
  alreadyLinked: 'mySupporters.alreadyLinked',
  declined: 'mySupporters.declined',
  revoked: 'mySupporters.revoked',
  payAllowed: 'mySupporters.payAllowed',
  payStopped: 'mySupporters.payStopped',
  sensitiveAllowed: 'mySupporters.sensitiveAllowed',
  sensitiveStopped: 'mySupporters.sensitiveStopped',
  sensitiveNotPossible: 'mySupporters.sensitiveNotPossible',
  notPending: 'mySupporters.notPending',
} as const satisfies Record<string, MessageKey>;

const backToMySupporters = (c: AppContext, done: keyof typeof mySupporterNotices) => c.redirect(`/me/supporters?done=${done}`, 303);

supporterRoutes.get('/me/supporters', allow('workers.self'), async (c) => {
  const [supporters, canShareSensitive] = await Promise.all([
    listWorkerSupporters(c.var.deps.db, c.var.user!.id),
    hasSharableSensitive(c.var.deps.db, c.var.user!.id),
  ]);
  const done = c.req.query('done');
  const notice = done && Object.hasOwn(mySupporterNotices, done) ? c.var.t(mySupporterNotices[done as keyof typeof mySupporterNotices]) : undefined;
  return renderMySupporters(c, { supporters, canShareSensitive, notice });
});

/** The supporter id in a worker's own action; an invalid one is "not found". */
function supporterIdFromPath(c: AppContext): string | undefined {
  const id = uuid.safeParse(c.req.param('supporterId'));
  return id.success ? id.data : undefined;
}

supporterRoutes.post('/me/supporters/:supporterId/agree', allow('workers.self'), async (c) => {
  const supporterId = supporterIdFromPath(c);
  if (!supporterId) return renderErrorPage(c, 'notFound');
  const result = await agreeSupporterLink(c.var.deps.db, c.var.user!.id, supporterId);
  return backToMySupporters(c, result.ok ? 'agreed' : result.reason === 'alreadyLinked' ? 'alreadyLinked' : 'notPending');
});

supporterRoutes.post('/me/supporters/:supporterId/decline', allow('workers.self'), async (c) => {
  const supporterId = supporterIdFromPath(c);
  if (!supporterId) return renderErrorPage(c, 'notFound');
  const declined = await declineSupporterProposal(c.var.deps.db, c.var.user!.id, supporterId);
  return backToMySupporters(c, declined ? 'declined' : 'notPending');
});

supporterRoutes.post('/me/supporters/:supporterId/revoke', allow('workers.self'), async (c) => {
  const supporterId = supporterIdFromPath(c);
  if (!supporterId) return renderErrorPage(c, 'notFound');
  if (!(await revokeSupporterLink(c.var.deps.db, c.var.user!.id, supporterId))) return renderErrorPage(c, 'notFound');
  return backToMySupporters(c, 'revoked');
});

supporterRoutes.post('/me/supporters/:supporterId/pay', allow('workers.self'), async (c) => {
  const supporterId = supporterIdFromPath(c);
  if (!supporterId) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, supporterShareForm);
  if (!form.ok) return renderErrorPage(c, 'notFound');
  const share = form.data.share === 'yes';
  if (!(await setSupporterPay(c.var.deps.db, c.var.user!.id, supporterId, share))) return renderErrorPage(c, 'notFound');
  return backToMySupporters(c, share ? 'payAllowed' : 'payStopped');
});

supporterRoutes.post('/me/supporters/:supporterId/sensitive', allow('workers.self'), async (c) => {
  const supporterId = supporterIdFromPath(c);
  if (!supporterId) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, supporterShareForm);
  if (!form.ok) return renderErrorPage(c, 'notFound');
  const share = form.data.share === 'yes';
  const result = await setSupporterSensitive(c.var.deps.db, c.var.user!.id, supporterId, share);
  if (!result.ok) return result.reason === 'noLink' ? renderErrorPage(c, 'notFound') : backToMySupporters(c, 'sensitiveNotPossible');
  return backToMySupporters(c, share ? 'sensitiveAllowed' : 'sensitiveStopped');
});

supporterRoutes.get('/supporter', allow('supporters.self'), async (c) =>
  renderSupporterHome(c, await listSupportedWorkers(c.var.deps.db, c.var.user!.id)),
);

/** How far ahead a supporter sees the schedule: today and the 13 days after it. */
const scheduleDays = 14;

supporterRoutes.get('/supporter/workers/:id', allow('supporters.self'), async (c) => {
  const db = c.var.deps.db;
  const actor = c.var.user!;
  const id = uuid.safeParse(c.req.param('id'));
  if (!id.success) return renderErrorPage(c, 'notFound');
  const link = await findActiveLink(db, actor.id, id.data);
  const supporterLink = link ? { sharesPay: link.sharesPay, sharesSensitive: link.sharesSensitive } : null;
  // Without an active link the answer is 403, whether or not such a worker exists.
  if (!can(actor, 'supporters.self', { kind: 'workerData', workerId: id.data, part: 'profile', supporterLink })) {
    return renderErrorPage(c, 'forbidden');
  }
  const worker = await findWorkerAccount(db, id.data);
  if (!worker) return renderErrorPage(c, 'forbidden');
  const from = todayInJapan();
  const days = await loadAvailability(db, worker.id, from, addDays(from, scheduleDays - 1));
  const showPay = can(actor, 'supporters.self', { kind: 'workerData', workerId: worker.id, part: 'pay', supporterLink });
  const sensitive = can(actor, 'supporters.self', { kind: 'workerData', workerId: worker.id, part: 'sensitive', supporterLink })
    ? await findSensitiveForSupporter(db, c.var.deps.encryptionKey, worker.id)
    : null;
  const parts = ['schedule', ...(showPay ? ['pay'] : []), ...(sensitive ? ['sensitive'] : [])];
  await recordAudit(db, { actorId: actor.id, action: 'supporter.worker.view', subjectUserId: worker.id, detail: { parts } });
  if (sensitive) await recordAudit(db, { actorId: actor.id, action: 'worker.sensitive.view', subjectUserId: worker.id, detail: { via: 'supporter' } });
  const pay = showPay ? await listPayStatements(db, { workerId: worker.id }) : null;
  return renderSupportedWorker(c, { worker, days, pay, sensitive, sharesCheckIns: link?.sharesCheckIns ?? false });
});
