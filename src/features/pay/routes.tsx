import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { downloadResponse } from '../../export/download-response';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import { formatMonth } from '../../ui/format';
import type { MessageKey } from '../../ui/i18n';
import { todayInJapan } from '../availability/calendar';
import { loadMoneySettings } from '../money-settings/load-money-settings';
import { monthParam, shiftMonth, type Month } from '../tasks/month';
import { addPayAdjustment } from './add-pay-adjustment';
import { renderAdjustmentsPage } from './adjustments-page';
import { answerPayAdjustment } from './answer-pay-adjustment';
import { closePayMonth } from './close-pay-month';
import { renderPayDashboard } from './dashboard-page';
import { draftPayMonth } from './draft-pay-month';
import { findPayStatement, type PayStatementDetails } from './find-pay-statement';
import { listPayAdjustments } from './list-pay-adjustments';
import { listPayStatements } from './list-pay-statements';
import { listPayWarnings } from './list-pay-warnings';
import { listPayableWorkers } from './list-payable-workers';
import { renderMyPayPage } from './my-pay-page';
import { renderPayStatementPdf } from './render-pay-statement-pdf';
import { renderStatementPage } from './statement-page';
import { adjustmentForm, closeForm } from './validation';
import { withdrawPayAdjustment } from './withdraw-pay-adjustment';

export const payRoutes = new Hono<AppEnv>();

const uuid = z.uuid();

/** The path's :id when it is a well-formed id. */
const idParam = (c: AppContext) => {
  const id = uuid.safeParse(c.req.param('id'));
  return id.success ? id.data : null;
};

/** This month and the twelve before it, newest first, plus `also` when it is older. */
function monthChoices(today: string, also?: Month): Month[] {
  const current = today.slice(0, 7);
  const months = Array.from({ length: 13 }, (_, index) => shiftMonth(current, -index));
  return also && !months.includes(also) ? [...months, also] : months;
}

/** The /pay page for `month`: warnings, what a close would pay, and the month's statements. */
async function showDashboard(c: AppContext, month: Month, messages: { notice?: string; problem?: string } = {}, status: 200 | 400 | 409 = 200) {
  const db = c.var.deps.db;
  const today = todayInJapan();
  const settings = await loadMoneySettings(db);
  const ended = month < today.slice(0, 7);
  const adjustments = await listPayAdjustments(db);
  return renderPayDashboard(
    c,
    {
      month,
      months: monthChoices(today, month),
      today,
      closableFrom: ended ? null : `${shiftMonth(month, 1)}-01`,
      drafts: await draftPayMonth(db, month, settings),
      proposedWaiting: adjustments.filter((row) => row.status === 'proposed' && row.month <= month).length,
      statements: await listPayStatements(db, { month }),
      warnings: await listPayWarnings(db, settings, today),
      warningDays: settings.payWarningDays,
      ...messages,
    },
    status,
  );
}

payRoutes.get('/pay', allow('pay.manage'), async (c) => {
  const today = todayInJapan();
  // Until chosen, the month before this one: the month there is to close.
  const month = monthParam(c.req.query('month'), `${shiftMonth(today.slice(0, 7), -1)}-01`);
  const count = Number(c.req.query('count') ?? 0);
  const notice = c.req.query('done') === 'closed' ? c.var.t(count > 0 ? 'pay.done.closed' : 'pay.done.nothing', { month: formatMonth(month, c.var.locale), count }) : undefined;
  return showDashboard(c, month, { notice });
});

payRoutes.post('/pay/close', allow('pay.manage'), async (c) => {
  const form = await readForm(c, closeForm);
  if (!form.ok) return showDashboard(c, shiftMonth(todayInJapan().slice(0, 7), -1), { problem: c.var.t('pay.error.month') }, 400);
  const result = await closePayMonth(c.var.deps.db, form.data.month, c.var.user!.id);
  if (!result.ok) return showDashboard(c, form.data.month, { problem: c.var.t('pay.problem.notEnded', { month: formatMonth(form.data.month, c.var.locale) }) }, 409);
  return c.redirect(`/pay?month=${form.data.month}&done=closed&count=${result.statementIds.length}`, 303);
});

/** The statement as a PDF download named after its month and number. */
async function statementPdf(c: AppContext, details: PayStatementDetails) {
  const { statement } = details;
  const bytes = await renderPayStatementPdf(details, await loadMoneySettings(c.var.deps.db));
  const fileName = c.var.t('pay.pdf.fileName', { month: statement.month, number: statement.number });
  return downloadResponse(c, bytes, 'application/pdf', fileName, `payment-statement-${statement.month}-${statement.number}.pdf`);
}

payRoutes.get('/pay/statements/:id', allow('pay.manage'), async (c) => {
  const id = idParam(c);
  const details = id ? await findPayStatement(c.var.deps.db, id) : null;
  if (!details) return renderErrorPage(c, 'notFound');
  return renderStatementPage(c, details, { pdf: `/pay/statements/${id}/pdf`, back: `/pay?month=${details.statement.month}`, backLabel: 'pay.statement.back' });
});

payRoutes.get('/pay/statements/:id/pdf', allow('pay.manage'), async (c) => {
  const id = idParam(c);
  const details = id ? await findPayStatement(c.var.deps.db, id) : null;
  if (!details) return renderErrorPage(c, 'notFound');
  return statementPdf(c, details);
});

const adjustmentNotices = {
  added: 'pay.adjustments.done.added',
  cutProposed: 'pay.adjustments.done.cutProposed',
  withdrawn: 'pay.adjustments.done.withdrawn',
} as const satisfies Record<string, MessageKey>;

async function showAdjustments(c: AppContext, messages: { state?: FormState; notice?: string; problem?: string } = {}, status: 200 | 400 | 409 = 200) {
  const db = c.var.deps.db;
  const today = todayInJapan();
  const months = [shiftMonth(today.slice(0, 7), 1), ...monthChoices(today)];
  const state = messages.state ?? { values: { month: today.slice(0, 7) } };
  return renderAdjustmentsPage(
    c,
    { workers: await listPayableWorkers(db), months, rows: await listPayAdjustments(db), state, notice: messages.notice, problem: messages.problem },
    status,
  );
}

payRoutes.get('/pay/adjustments', allow('pay.manage'), async (c) => {
  const done = c.req.query('done');
  const notice = done && Object.hasOwn(adjustmentNotices, done) ? c.var.t(adjustmentNotices[done as keyof typeof adjustmentNotices]) : undefined;
  return showAdjustments(c, { notice });
});

payRoutes.post('/pay/adjustments', allow('pay.manage'), async (c) => {
  const form = await readForm(c, adjustmentForm);
  if (!form.ok) return showAdjustments(c, { state: { errors: form.errors, values: form.values } }, 400);
  const result = await addPayAdjustment(c.var.deps.db, c.var.user!.id, form.data);
  if (result === 'unknownWorker') return showAdjustments(c, { state: { errors: { workerId: 'pay.adjustment.error.worker' }, values: form.values } }, 400);
  return c.redirect(`/pay/adjustments?done=${form.data.amountYen < 0 ? 'cutProposed' : 'added'}`, 303);
});

payRoutes.post('/pay/adjustments/:id/withdraw', allow('pay.manage'), async (c) => {
  const id = idParam(c);
  if (!id) return renderErrorPage(c, 'notFound');
  if (await withdrawPayAdjustment(c.var.deps.db, c.var.user!.id, id)) return c.redirect('/pay/adjustments?done=withdrawn', 303);
  const known = (await listPayAdjustments(c.var.deps.db)).some((row) => row.id === id);
  if (!known) return renderErrorPage(c, 'notFound');
  return showAdjustments(c, { problem: c.var.t('pay.adjustments.problem.withdraw') }, 409);
});

const myPayNotices = { agreed: 'pay.me.done.agreed', refused: 'pay.me.done.refused' } as const satisfies Record<string, MessageKey>;

async function showMyPay(c: AppContext, messages: { notice?: string; problem?: string } = {}, status: 200 | 409 = 200) {
  const db = c.var.deps.db;
  const workerId = c.var.user!.id;
  return renderMyPayPage(c, { statements: await listPayStatements(db, { workerId }), adjustments: await listPayAdjustments(db, { workerId }), ...messages }, status);
}

payRoutes.get('/me/pay', allow('workers.self'), async (c) => {
  const done = c.req.query('done');
  return showMyPay(c, { notice: done && Object.hasOwn(myPayNotices, done) ? c.var.t(myPayNotices[done as keyof typeof myPayNotices]) : undefined });
});

/** The worker's answer to a proposed cut; someone else's is "not found", their own that no longer waits gets the reason. */
async function answerCut(c: AppContext, answer: 'agreed' | 'refused') {
  const id = idParam(c);
  const workerId = c.var.user!.id;
  if (!id) return renderErrorPage(c, 'notFound');
  if (await answerPayAdjustment(c.var.deps.db, workerId, id, answer)) return c.redirect(`/me/pay?done=${answer}`, 303);
  const own = (await listPayAdjustments(c.var.deps.db, { workerId })).some((row) => row.id === id);
  if (!own) return renderErrorPage(c, 'notFound');
  return showMyPay(c, { problem: c.var.t('pay.me.problem.answered') }, 409);
}

payRoutes.post('/me/pay/adjustments/:id/agree', allow('workers.self'), (c) => answerCut(c, 'agreed'));
payRoutes.post('/me/pay/adjustments/:id/refuse', allow('workers.self'), (c) => answerCut(c, 'refused'));

payRoutes.get('/me/pay/:id', allow('workers.self'), async (c) => {
  const id = idParam(c);
  const details = id ? await findPayStatement(c.var.deps.db, id, { workerId: c.var.user!.id }) : null;
  if (!details) return renderErrorPage(c, 'notFound');
  return renderStatementPage(c, details, { pdf: `/me/pay/${id}/pdf`, back: '/me/pay', backLabel: 'pay.me.back' });
});

payRoutes.get('/me/pay/:id/pdf', allow('workers.self'), async (c) => {
  const id = idParam(c);
  const details = id ? await findPayStatement(c.var.deps.db, id, { workerId: c.var.user!.id }) : null;
  if (!details) return renderErrorPage(c, 'notFound');
  return statementPdf(c, details);
});
