import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { downloadResponse } from '../../export/download-response';
import { doneNotice, uuidParam } from '../../ui/route-params';
import { renderErrorPage } from '../../ui/error-pages';
import { siteOfPath } from '../centre/site-of-path';
import { readForm } from '../../ui/form';
import type { MessageKey } from '../../ui/i18n';
import { translator } from '../../ui/i18n';
import { tenantStaff } from '../tenants/schema';
import { findCentreBill, listCentreBills, listPayerBills, type CentreBill, type CentreBillCharge } from './find-centre-bill';
import { findFeePlan, listFeePlans } from './list-fee-plans';
import { feePlanValues, renderBillPage, renderBillsPage, renderFeePlanFormPage, renderFeePlansPage, renderMyBillsPage, renderReceiptPage } from './pages';
import { payCentreBill } from './pay-centre-bill';
import { receiptFacts } from './receipt-facts';
import { renderReceiptPdf } from './render-receipt-pdf';
import { addFeePlan, retireFeePlan, updateFeePlan } from './save-fee-plan';
import { feePlanForm, paymentForm } from './validation';

export const centreFeeRoutes = new Hono<AppEnv>();

const planNotices = { added: 'fees.plan.added', saved: 'fees.plan.saved', retired: 'fees.plan.retiredNotice' } satisfies Record<string, MessageKey>;

centreFeeRoutes.get('/centre/sites/:id/fees', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  if (!site) return renderErrorPage(c, 'notFound');
  return renderFeePlansPage(c, { site, plans: await listFeePlans(c.var.deps.db, site.id), notice: doneNotice(c, planNotices) });
});

centreFeeRoutes.get('/centre/sites/:id/fees/new', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  if (!site) return renderErrorPage(c, 'notFound');
  return renderFeePlanFormPage(c, { site, values: { kind: 'hourly' } });
});

centreFeeRoutes.post('/centre/sites/:id/fees/new', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  if (!site) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, feePlanForm);
  if (!form.ok) return renderFeePlanFormPage(c, { site, values: form.values, errors: form.errors }, 400);
  await addFeePlan(c.var.deps.db, site.id, form.data);
  return c.redirect(`/centre/sites/${site.id}/fees?done=added`, 303);
});

/** The site and the plan still offered that the path names. */
async function planOfPath(c: AppContext) {
  const site = await siteOfPath(c);
  const planId = uuidParam(c, 'planId');
  const plan = site && planId ? await findFeePlan(c.var.deps.db, site.id, planId) : undefined;
  return site && plan && !plan.retiredAt ? { site, plan } : undefined;
}

centreFeeRoutes.get('/centre/sites/:id/fees/:planId/edit', allow('centre.manage'), async (c) => {
  const found = await planOfPath(c);
  if (!found) return renderErrorPage(c, 'notFound');
  return renderFeePlanFormPage(c, { site: found.site, planId: found.plan.id, values: feePlanValues(found.plan) });
});

centreFeeRoutes.post('/centre/sites/:id/fees/:planId/edit', allow('centre.manage'), async (c) => {
  const found = await planOfPath(c);
  if (!found) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, feePlanForm);
  if (!form.ok) return renderFeePlanFormPage(c, { site: found.site, planId: found.plan.id, values: form.values, errors: form.errors }, 400);
  if (!(await updateFeePlan(c.var.deps.db, found.site.id, found.plan.id, form.data))) return renderErrorPage(c, 'notFound');
  return c.redirect(`/centre/sites/${found.site.id}/fees?done=saved`, 303);
});

centreFeeRoutes.post('/centre/sites/:id/fees/:planId/retire', allow('centre.manage'), async (c) => {
  const found = await planOfPath(c);
  if (!found || !(await retireFeePlan(c.var.deps.db, found.site.id, found.plan.id))) return renderErrorPage(c, 'notFound');
  return c.redirect(`/centre/sites/${found.site.id}/fees?done=retired`, 303);
});

centreFeeRoutes.get('/centre/bills', allow('centre.manage'), async (c) => renderBillsPage(c, await listCentreBills(c.var.deps.db)));

type FoundBill = { bill: CentreBill; charges: CentreBillCharge[] };

async function billOfPath(c: AppContext): Promise<FoundBill | undefined> {
  const id = uuidParam(c, 'id');
  return id ? findCentreBill(c.var.deps.db, id) : undefined;
}

/** The company a tenant's staff member belongs to, whose bills they see too. */
async function companyOf(c: AppContext): Promise<string | null> {
  const [staff] = await c.var.deps.db.select({ companyId: tenantStaff.companyId }).from(tenantStaff).where(eq(tenantStaff.userId, c.var.user!.id));
  return staff?.companyId ?? null;
}

/** A bill of the signed-in person or their company; any other bill is not found, like one that does not exist. */
async function ownBillOfPath(c: AppContext): Promise<FoundBill | undefined> {
  const found = await billOfPath(c);
  if (!found) return undefined;
  if (found.bill.payerUserId === c.var.user!.id) return found;
  const companyId = found.bill.payerCompanyId ? await companyOf(c) : null;
  return companyId && companyId === found.bill.payerCompanyId ? found : undefined;
}

const billNotices = { paid: 'fees.pay.done' } satisfies Record<string, MessageKey>;

const staffBillPage = (c: AppContext, found: FoundBill) => ({
  ...found,
  base: `/centre/bills/${found.bill.id}`,
  canPay: true,
  back: { href: '/centre/bills', label: c.var.t('fees.bills.back') },
});

centreFeeRoutes.get('/centre/bills/:id', allow('centre.manage'), async (c) => {
  const found = await billOfPath(c);
  if (!found) return renderErrorPage(c, 'notFound');
  return renderBillPage(c, { ...staffBillPage(c, found), notice: doneNotice(c, billNotices) });
});

centreFeeRoutes.post('/centre/bills/:id/pay', allow('centre.manage'), async (c) => {
  const found = await billOfPath(c);
  if (!found) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, paymentForm);
  if (!form.ok) return renderBillPage(c, { ...staffBillPage(c, found), payment: { errors: form.errors, values: form.values } }, 400);
  const result = await payCentreBill(c.var.deps.db, { billId: found.bill.id, staffId: c.var.user!.id, ...form.data });
  if (result.ok) return c.redirect(`/centre/bills/${found.bill.id}?done=paid`, 303);
  if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
  const current = (await findCentreBill(c.var.deps.db, found.bill.id)) ?? found;
  const problem = c.var.t(result.reason === 'notOpen' ? 'fees.pay.alreadyPaid' : 'fees.pay.empty');
  return renderBillPage(c, { ...staffBillPage(c, current), payment: { problem, values: form.values } }, 409);
});

async function showReceipt(c: AppContext, found: FoundBill | undefined, base: (id: string) => string) {
  const receipt = found ? receiptFacts(found.bill, found.charges) : undefined;
  if (!found || !receipt) return renderErrorPage(c, 'notFound');
  return renderReceiptPage(c, { receipt, base: base(found.bill.id) });
}

async function receiptPdf(c: AppContext, found: FoundBill | undefined) {
  const receipt = found ? receiptFacts(found.bill, found.charges) : undefined;
  if (!receipt) return renderErrorPage(c, 'notFound');
  const name = translator('ja')('fees.receipt.fileName', { number: receipt.number });
  return downloadResponse(c, await renderReceiptPdf(receipt), 'application/pdf', name, `receipt-${receipt.number}.pdf`);
}

centreFeeRoutes.get('/centre/bills/:id/receipt', allow('centre.manage'), async (c) => showReceipt(c, await billOfPath(c), (id) => `/centre/bills/${id}`));
centreFeeRoutes.get('/centre/bills/:id/receipt.pdf', allow('centre.manage'), async (c) => receiptPdf(c, await billOfPath(c)));

centreFeeRoutes.get('/me/bills', allow('centre.book'), async (c) =>
  renderMyBillsPage(c, await listPayerBills(c.var.deps.db, { userId: c.var.user!.id, companyId: await companyOf(c) })),
);

centreFeeRoutes.get('/me/bills/:id', allow('centre.book'), async (c) => {
  const found = await ownBillOfPath(c);
  if (!found) return renderErrorPage(c, 'notFound');
  return renderBillPage(c, { ...found, base: `/me/bills/${found.bill.id}`, canPay: false, back: { href: '/me/bills', label: c.var.t('fees.mine.back') } });
});

centreFeeRoutes.get('/me/bills/:id/receipt', allow('centre.book'), async (c) => showReceipt(c, await ownBillOfPath(c), (id) => `/me/bills/${id}`));
centreFeeRoutes.get('/me/bills/:id/receipt.pdf', allow('centre.book'), async (c) => receiptPdf(c, await ownBillOfPath(c)));
