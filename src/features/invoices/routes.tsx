import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { downloadResponse } from '../../export/download-response';
import { renderErrorPage } from '../../ui/error-pages';
import { formatMonth } from '../../ui/format';
import { readForm, withoutPrefix, type FieldErrors } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import { translator, type MessageKey } from '../../ui/i18n';
import { todayInJapan } from '../availability/calendar';
import { findUsersClient } from '../clients/find-users-client';
import { listClients } from '../clients/list-clients';
import { addInvoiceItem } from './add-invoice-item';
import { createMonthlyInvoice } from './create-monthly-invoice';
import { createOrderInvoice } from './create-order-invoice';
import { deleteInvoiceDraft } from './delete-invoice-draft';
import { findInvoice, type InvoiceDetails } from './find-invoice';
import { renderInvoicePage, type InvoicePageForms } from './invoice-page';
import { issueInvoice, type IssueResult } from './issue-invoice';
import { itemFormValues, renderItemForm } from './item-page';
import { listInvoiceMonths } from './list-invoice-months';
import { listInvoiceableOrders } from './list-invoiceable-orders';
import { listInvoices } from './list-invoices';
import { recentMonths, renderInvoiceList, renderNewInvoice, renderOverdueList } from './pages';
import { renderPortalInvoices } from './portal-page';
import { recordInvoicePayment } from './record-invoice-payment';
import { removeInvoiceItem } from './remove-invoice-item';
import { renderInvoicePdf } from './render-invoice-pdf';
import { saveInvoiceDetails } from './save-invoice-details';
import { updateInvoiceItem } from './update-invoice-item';
import { invoiceDetailsForm, invoiceItemForm, invoiceListFilter, monthlyInvoiceForm, orderInvoiceForm, paymentForm, voidForm } from './validation';
import { voidInvoice } from './void-invoice';

export const invoiceRoutes = new Hono<AppEnv>();

const uuid = z.uuid();

/** The invoice named by the path's :id, or null for an unknown or malformed id. */
async function loadInvoice(c: AppContext): Promise<InvoiceDetails | null> {
  const id = uuid.safeParse(c.req.param('id'));
  return id.success ? findInvoice(c.var.deps.db, id.data, todayInJapan()) : null;
}

const clientChoices = (c: AppContext) => listClients(c.var.deps.db, {}, todayInJapan());

/** The client's orders a monthly invoice's line may name (none needed on an order's invoice). */
const lineOrders = (c: AppContext, details: InvoiceDetails) => (details.invoice.kind === 'monthly' ? listInvoiceableOrders(c.var.deps.db, details.invoice.clientId) : Promise.resolve([]));

async function showInvoice(c: AppContext, details: InvoiceDetails, forms: InvoicePageForms, status: 200 | 400 | 409, notice?: string) {
  return renderInvoicePage(c, { details, orders: await lineOrders(c, details), forms, notice }, status);
}

const notices = {
  created: 'invoice.done.created',
  details: 'invoice.done.details',
  item: 'invoice.done.item',
  itemRemoved: 'invoice.done.itemRemoved',
  issued: 'invoice.done.issued',
  payment: 'invoice.done.payment',
  voided: 'invoice.done.voided',
} as const satisfies Record<string, MessageKey>;

const backTo = (c: AppContext, id: string, done: keyof typeof notices, section: string) => c.redirect(`/invoices/${id}?done=${done}#${section}`, 303);

/**
 * The answer to a change refused because the invoice is missing or no longer a draft (checked
 * before the form, so an issued invoice says why whatever was sent; the domain functions check
 * again under a lock).
 */
async function draftRefused(c: AppContext, details: InvoiceDetails, state: 'notFound' | 'locked') {
  if (state === 'notFound') return renderErrorPage(c, 'notFound');
  const current = (await findInvoice(c.var.deps.db, details.invoice.id, todayInJapan())) ?? details;
  return showInvoice(c, current, { problem: 'invoice.error.locked' }, 409);
}

invoiceRoutes.get('/invoices', allow('invoices.manage'), async (c) => {
  const db = c.var.deps.db;
  const today = todayInJapan();
  const filter = invoiceListFilter.parse(c.req.query());
  const [rows, overdue, clients, months] = await Promise.all([
    listInvoices(db, { clientId: filter.client || undefined, status: filter.status || undefined, month: filter.month || undefined }, today),
    listInvoices(db, { status: 'overdue' }, today),
    clientChoices(c),
    listInvoiceMonths(db),
  ]);
  const notice = c.req.query('done') === 'deleted' ? c.var.t('invoice.done.deleted') : undefined;
  return renderInvoiceList(c, { rows, filter, clients, months, overdueCount: overdue.length, notice });
});

invoiceRoutes.get('/invoices/overdue', allow('invoices.manage'), async (c) => renderOverdueList(c, { rows: await listInvoices(c.var.deps.db, { status: 'overdue' }, todayInJapan()) }));

async function newInvoicePage(c: AppContext, forms: { order?: FormState; monthly?: FormState }, status: 200 | 400 | 409 = 200) {
  const [orders, clients] = await Promise.all([listInvoiceableOrders(c.var.deps.db), clientChoices(c)]);
  return renderNewInvoice(c, { orders, clients, months: recentMonths(todayInJapan()), ...forms }, status);
}

invoiceRoutes.get('/invoices/new', allow('invoices.manage'), async (c) =>
  newInvoicePage(c, { order: { values: { 'order-orderId': c.req.query('order') ?? '' } }, monthly: { values: { 'monthly-clientId': c.req.query('client') ?? '' } } }),
);

invoiceRoutes.post('/invoices/new/order', allow('invoices.manage'), async (c) => {
  const form = await readForm(c, withoutPrefix('order-', orderInvoiceForm));
  if (!form.ok) return newInvoicePage(c, { order: form }, 400);
  const id = await createOrderInvoice(c.var.deps.db, c.var.user!.id, form.data);
  if (!id) return newInvoicePage(c, { order: { errors: { orderId: 'invoice.error.order' }, values: form.values } }, 400);
  return c.redirect(`/invoices/${id}?done=created`, 303);
});

invoiceRoutes.post('/invoices/new/monthly', allow('invoices.manage'), async (c) => {
  const form = await readForm(c, withoutPrefix('monthly-', monthlyInvoiceForm));
  if (!form.ok) return newInvoicePage(c, { monthly: form }, 400);
  // The subject is part of a Japanese document, so it is written in Japanese whoever makes it.
  const subject = translator('ja')('invoice.monthlySubject', { month: formatMonth(form.data.month, 'ja') });
  const result = await createMonthlyInvoice(c.var.deps.db, c.var.user!.id, { ...form.data, subject });
  if (!result.ok) {
    const errors: FieldErrors = result.reason === 'notFound' ? { clientId: 'invoice.error.client' } : { month: 'invoice.error.noDeliveredOrders' };
    return newInvoicePage(c, { monthly: { errors, values: form.values } }, result.reason === 'notFound' ? 400 : 409);
  }
  return c.redirect(`/invoices/${result.id}?done=created`, 303);
});

invoiceRoutes.get('/invoices/:id', allow('invoices.manage'), async (c) => {
  const details = await loadInvoice(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const done = c.req.query('done');
  const notice = done && Object.hasOwn(notices, done) ? c.var.t(notices[done as keyof typeof notices], { number: details.invoice.number ?? '' }) : undefined;
  return showInvoice(c, details, {}, 200, notice);
});

invoiceRoutes.post('/invoices/:id/details', allow('invoices.manage'), async (c) => {
  const details = await loadInvoice(c);
  if (!details) return renderErrorPage(c, 'notFound');
  if (details.invoice.status !== 'draft') return draftRefused(c, details, 'locked');
  const form = await readForm(c, invoiceDetailsForm);
  if (!form.ok) return showInvoice(c, details, { details: form }, 400);
  const state = await saveInvoiceDetails(c.var.deps.db, details.invoice.id, form.data);
  return state === 'ok' ? backTo(c, details.invoice.id, 'details', 'details-title') : draftRefused(c, details, state);
});

invoiceRoutes.post('/invoices/:id/items', allow('invoices.manage'), async (c) => {
  const details = await loadInvoice(c);
  if (!details) return renderErrorPage(c, 'notFound');
  if (details.invoice.status !== 'draft') return draftRefused(c, details, 'locked');
  const form = await readForm(c, withoutPrefix('item-', invoiceItemForm));
  if (!form.ok) return showInvoice(c, details, { item: form }, 400);
  const state = await addInvoiceItem(c.var.deps.db, details.invoice.id, form.data);
  if (state === 'badOrder') return showInvoice(c, details, { item: { errors: { orderId: 'invoice.error.itemOrder' }, values: form.values } }, 400);
  return state === 'ok' ? backTo(c, details.invoice.id, 'item', 'items-title') : draftRefused(c, details, state);
});

/** The line named by the path's :itemId on this invoice, or undefined. */
function invoiceItem(c: AppContext, details: InvoiceDetails) {
  const itemId = uuid.safeParse(c.req.param('itemId'));
  return itemId.success ? details.items.find((item) => item.id === itemId.data) : undefined;
}

invoiceRoutes.get('/invoices/:id/items/:itemId', allow('invoices.manage'), async (c) => {
  const details = await loadInvoice(c);
  const item = details && invoiceItem(c, details);
  if (!details || !item) return renderErrorPage(c, 'notFound');
  if (details.invoice.status !== 'draft') return draftRefused(c, details, 'locked');
  return renderItemForm(c, { details, item, orders: await lineOrders(c, details), state: { values: itemFormValues(item) } });
});

invoiceRoutes.post('/invoices/:id/items/:itemId', allow('invoices.manage'), async (c) => {
  const details = await loadInvoice(c);
  const item = details && invoiceItem(c, details);
  if (!details || !item) return renderErrorPage(c, 'notFound');
  if (details.invoice.status !== 'draft') return draftRefused(c, details, 'locked');
  const form = await readForm(c, invoiceItemForm);
  if (!form.ok) return renderItemForm(c, { details, item, orders: await lineOrders(c, details), state: form }, 400);
  const state = await updateInvoiceItem(c.var.deps.db, details.invoice.id, item.id, form.data);
  if (state === 'badOrder') return renderItemForm(c, { details, item, orders: await lineOrders(c, details), state: { errors: { orderId: 'invoice.error.itemOrder' }, values: form.values } }, 400);
  return state === 'ok' ? backTo(c, details.invoice.id, 'item', 'items-title') : draftRefused(c, details, state);
});

invoiceRoutes.post('/invoices/:id/items/:itemId/delete', allow('invoices.manage'), async (c) => {
  const details = await loadInvoice(c);
  const item = details && invoiceItem(c, details);
  if (!details || !item) return renderErrorPage(c, 'notFound');
  const state = await removeInvoiceItem(c.var.deps.db, details.invoice.id, item.id);
  return state === 'ok' ? backTo(c, details.invoice.id, 'itemRemoved', 'items-title') : draftRefused(c, details, state);
});

const issueProblems: Record<Exclude<Extract<IssueResult, { ok: false }>['reason'], 'notFound'>, MessageKey> = {
  notDraft: 'invoice.error.locked',
  noItems: 'invoice.issue.error.noItems',
  noIssuer: 'invoice.issue.error.noIssuer',
  tooLarge: 'invoice.issue.error.tooLarge',
};

invoiceRoutes.post('/invoices/:id/issue', allow('invoices.manage'), async (c) => {
  const details = await loadInvoice(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const result = await issueInvoice(c.var.deps.db, c.var.user!.id, details.invoice.id, todayInJapan());
  if (result.ok) return backTo(c, details.invoice.id, 'issued', 'summary-title');
  if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
  const current = (await findInvoice(c.var.deps.db, details.invoice.id, todayInJapan())) ?? details;
  return showInvoice(c, current, { problem: issueProblems[result.reason] }, 409);
});

invoiceRoutes.post('/invoices/:id/delete', allow('invoices.manage'), async (c) => {
  const details = await loadInvoice(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const state = await deleteInvoiceDraft(c.var.deps.db, details.invoice.id);
  return state === 'ok' ? c.redirect('/invoices?done=deleted', 303) : draftRefused(c, details, state);
});

invoiceRoutes.post('/invoices/:id/void', allow('invoices.manage'), async (c) => {
  const details = await loadInvoice(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('void-', voidForm));
  if (!form.ok) return showInvoice(c, details, { void: form }, 400);
  const state = await voidInvoice(c.var.deps.db, c.var.user!.id, details.invoice.id, form.data.reason);
  if (state === 'notFound') return renderErrorPage(c, 'notFound');
  if (state === 'notIssued') return showInvoice(c, details, { problem: 'invoice.void.error.notIssued' }, 409);
  return backTo(c, details.invoice.id, 'voided', 'summary-title');
});

invoiceRoutes.post('/invoices/:id/payments', allow('invoices.manage'), async (c) => {
  const details = await loadInvoice(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('pay-', paymentForm(todayInJapan())));
  if (!form.ok) return showInvoice(c, details, { payment: form }, 400);
  const result = await recordInvoicePayment(c.var.deps.db, c.var.user!.id, details.invoice.id, form.data);
  if (result.ok) return backTo(c, details.invoice.id, 'payment', 'payments-title');
  if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
  const current = (await findInvoice(c.var.deps.db, details.invoice.id, todayInJapan())) ?? details;
  if (result.reason === 'notIssued') return showInvoice(c, current, { problem: 'invoice.payment.error.notIssued' }, 409);
  return showInvoice(c, current, { payment: { errors: { amountYen: 'invoice.payment.error.overBalance' }, values: form.values } }, 409);
});

/** The issued invoice as a PDF download. */
async function invoicePdf(c: AppContext, details: InvoiceDetails) {
  const number = details.invoice.number ?? 0;
  const t = translator('ja');
  return downloadResponse(c, await renderInvoicePdf(details), 'application/pdf', t('invoice.doc.fileName', { number }), `invoice-${number}.pdf`);
}

invoiceRoutes.get('/invoices/:id/pdf', allow('invoices.manage'), async (c) => {
  const details = await loadInvoice(c);
  // A draft has no number and no issuer yet: there is nothing to send.
  if (!details || details.invoice.status === 'draft') return renderErrorPage(c, 'notFound');
  return invoicePdf(c, details);
});

invoiceRoutes.get('/portal/invoices', allow('portal.client'), async (c) => {
  const db = c.var.deps.db;
  const client = await findUsersClient(db, c.var.user!.id);
  const rows = client ? await listInvoices(db, { clientId: client.id, issuedOnly: true }, todayInJapan()) : [];
  return renderPortalInvoices(c, { client, rows });
});

// Another client's invoice, a draft, or one that does not exist: the same 404, nothing tells them apart.
invoiceRoutes.get('/portal/invoices/:id/pdf', allow('portal.client'), async (c) => {
  const client = await findUsersClient(c.var.deps.db, c.var.user!.id);
  const details = client ? await loadInvoice(c) : null;
  if (!client || !details || details.invoice.clientId !== client.id || details.invoice.status === 'draft') return renderErrorPage(c, 'notFound');
  return invoicePdf(c, details);
});
