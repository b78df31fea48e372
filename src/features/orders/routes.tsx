import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm, withoutPrefix } from '../../ui/form';
import type { MessageKey } from '../../ui/i18n';
import { todayInJapan } from '../availability/calendar';
import { listClients } from '../clients/list-clients';
import { changeOrderTerms } from '../terms-notices/change-order-terms';
import { addQuoteItem } from './add-quote-item';
import { addTeamMember } from './add-team-member';
import { changeOrderStatus } from './change-order-status';
import { createInquiry } from './create-inquiry';
import { findOrder, type OrderDetails } from './find-order';
import { listOrders } from './list-orders';
import { renderOrderPage } from './order-page';
import { inquiryFormValues, renderInquiryForm, renderOrderList } from './pages';
import { renderQuotePrint } from './quote-print-page';
import { recordNda } from './record-nda';
import { removeQuoteItem } from './remove-quote-item';
import { removeTeamMember } from './remove-team-member';
import { saveQuoteDates } from './save-quote-dates';
import { orderStatuses } from './schema';
import { setTeamRole } from './set-team-role';
import { renderTermsForm, termsFormValues } from './terms-page';
import { updateOrder } from './update-order';
import { inquiryForm, ndaForm, quoteDatesForm, quoteItemForm, statusForm, teamMemberForm, teamRoleForm, termsForm } from './validation';

export const orderRoutes = new Hono<AppEnv>();

const uuid = z.uuid();

/** The order named by the path's :id, or null for an unknown or malformed id. */
async function loadOrder(c: AppContext): Promise<OrderDetails | null> {
  const id = uuid.safeParse(c.req.param('id'));
  return id.success ? findOrder(c.var.deps.db, id.data) : null;
}

/** Clients to choose from, by name. */
const clientChoices = async (c: AppContext) => listClients(c.var.deps.db, {}, todayInJapan());

const notices = {
  created: 'order.created',
  saved: 'order.saved',
  item: 'order.quote.added',
  itemRemoved: 'order.quote.removed',
  dates: 'order.quote.datesSaved',
  terms: 'order.terms.saved',
  teamAdded: 'order.team.added',
  teamRole: 'order.team.roleChanged',
  teamRemoved: 'order.team.removed',
  nda: 'order.nda.recorded',
} as const satisfies Record<string, MessageKey>;

/** Back to the order page after a change, at the section it was made in. */
const backTo = (c: AppContext, id: string, done: keyof typeof notices | 'status', section: string) => c.redirect(`/orders/${id}?done=${done}#${section}`, 303);

const listFilter = z.object({
  status: z.enum(orderStatuses).or(z.literal('')).catch(''),
  client: uuid.or(z.literal('')).catch(''),
});

orderRoutes.get('/orders', allow('orders.manage'), async (c) => {
  const filter = listFilter.parse(c.req.query());
  const rows = await listOrders(c.var.deps.db, { ...(filter.status ? { status: filter.status } : {}), ...(filter.client ? { clientId: filter.client } : {}) });
  return renderOrderList(c, { rows, clients: await clientChoices(c), status: filter.status, clientId: filter.client });
});

orderRoutes.get('/orders/new', allow('orders.manage'), async (c) =>
  renderInquiryForm(c, { clients: await clientChoices(c), state: { values: { receivedOn: todayInJapan(), clientId: c.req.query('client') ?? '' } } }),
);

orderRoutes.post('/orders/new', allow('orders.manage'), async (c) => {
  const clients = await clientChoices(c);
  const form = await readForm(c, inquiryForm);
  if (!form.ok) return renderInquiryForm(c, { clients, state: { errors: form.errors, values: form.values } }, 400);
  if (!clients.some((client) => client.id === form.data.clientId)) {
    return renderInquiryForm(c, { clients, state: { errors: { clientId: 'order.error.client' }, values: form.values } }, 400);
  }
  const id = await createInquiry(c.var.deps.db, c.var.user!.id, form.data);
  return c.redirect(`/orders/${id}?done=created`, 303);
});

orderRoutes.get('/orders/:id', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const done = c.req.query('done');
  const count = Number(c.req.query('count') ?? 0);
  let notice: string | undefined;
  if (done === 'status') notice = c.var.t('order.statusChanged', { status: c.var.t(`order.status.${details.order.status}`) });
  else if (done === 'teamRemoved' && count > 0) notice = c.var.t('order.team.removedWithTasks', { count });
  else if (done === 'termsChanged') notice = c.var.t('termsNotices.termsChangeAsked', { count });
  else if (done && Object.hasOwn(notices, done)) notice = c.var.t(notices[done as keyof typeof notices]);
  return renderOrderPage(c, { details, notice });
});

orderRoutes.get('/orders/:id/edit', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  if (!details) return renderErrorPage(c, 'notFound');
  return renderInquiryForm(c, { order: details.order, clients: await clientChoices(c), state: { values: inquiryFormValues(details.order) } });
});

orderRoutes.post('/orders/:id/edit', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const clients = await clientChoices(c);
  const form = await readForm(c, inquiryForm);
  if (!form.ok) return renderInquiryForm(c, { order: details.order, clients, state: { errors: form.errors, values: form.values } }, 400);
  if (!clients.some((client) => client.id === form.data.clientId)) {
    return renderInquiryForm(c, { order: details.order, clients, state: { errors: { clientId: 'order.error.client' }, values: form.values } }, 400);
  }
  if (!(await updateOrder(c.var.deps.db, details.order.id, form.data))) return renderErrorPage(c, 'notFound');
  return c.redirect(`/orders/${details.order.id}?done=saved`, 303);
});

orderRoutes.post('/orders/:id/status', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('status-', statusForm));
  const note = form.values['status-note'];
  if (!form.ok) return renderOrderPage(c, { details, forms: { status: { note, problem: 'order.error.transition' } } }, 400);
  const result = await changeOrderStatus(c.var.deps.db, c.var.user!.id, details.order.id, form.data);
  if (result.ok) return backTo(c, details.order.id, 'status', 'status-title');
  if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
  // Show the order as it is now: after a stale attempt, that is what the other person made it.
  const current = (await findOrder(c.var.deps.db, details.order.id)) ?? details;
  const problems: Record<Exclude<typeof result.reason, 'notFound' | 'missingTerms'>, MessageKey> = {
    stale: 'order.error.stale',
    notAllowed: 'order.error.transition',
    noQuoteItems: 'order.error.noQuoteItems',
  };
  const status = result.reason === 'missingTerms' ? { note, missing: result.missing } : { note, problem: problems[result.reason] };
  return renderOrderPage(c, { details: current, forms: { status } }, result.reason === 'notAllowed' ? 400 : 409);
});

/** The answer to a quote change refused because the order is missing or past quoting. */
function quoteRefused(c: AppContext, details: OrderDetails, state: 'notFound' | 'locked') {
  if (state === 'notFound') return renderErrorPage(c, 'notFound');
  return renderOrderPage(c, { details, forms: { quoteProblem: 'order.quote.locked' } }, 409);
}

orderRoutes.post('/orders/:id/quote-items', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('item-', quoteItemForm));
  if (!form.ok) return renderOrderPage(c, { details, forms: { item: { errors: form.errors, values: form.values } } }, 400);
  const state = await addQuoteItem(c.var.deps.db, details.order.id, form.data);
  return state === 'ok' ? backTo(c, details.order.id, 'item', 'quote-title') : quoteRefused(c, details, state);
});

orderRoutes.post('/orders/:id/quote-items/:itemId/delete', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  const itemId = uuid.safeParse(c.req.param('itemId'));
  if (!details || !itemId.success) return renderErrorPage(c, 'notFound');
  const state = await removeQuoteItem(c.var.deps.db, details.order.id, itemId.data);
  return state === 'ok' ? backTo(c, details.order.id, 'itemRemoved', 'quote-title') : quoteRefused(c, details, state);
});

orderRoutes.post('/orders/:id/quote', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('dates-', quoteDatesForm));
  if (!form.ok) return renderOrderPage(c, { details, forms: { dates: { errors: form.errors, values: form.values } } }, 400);
  const state = await saveQuoteDates(c.var.deps.db, details.order.id, form.data);
  return state === 'ok' ? backTo(c, details.order.id, 'dates', 'quote-title') : quoteRefused(c, details, state);
});

orderRoutes.get('/orders/:id/quote/print', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  if (!details) return renderErrorPage(c, 'notFound');
  return renderQuotePrint(c, details);
});

orderRoutes.get('/orders/:id/terms', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const { values, lists } = termsFormValues(details.order);
  return renderTermsForm(c, { order: details.order, state: { values }, lists });
});

orderRoutes.post('/orders/:id/terms', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, termsForm);
  if (!form.ok) return renderTermsForm(c, { order: details.order, state: { errors: form.errors, values: form.values }, lists: form.lists }, 400);
  const changed = await changeOrderTerms(c.var.deps.db, c.var.user!.id, details.order.id, form.data);
  if (!changed) return renderErrorPage(c, 'notFound');
  if (changed.asked > 0) return c.redirect(`/orders/${details.order.id}?done=termsChanged&count=${changed.asked}#terms-title`, 303);
  return backTo(c, details.order.id, 'terms', 'terms-title');
});

orderRoutes.post('/orders/:id/team', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('team-', teamMemberForm));
  if (!form.ok) return renderOrderPage(c, { details, forms: { team: { errors: form.errors, values: form.values } } }, 400);
  const result = await addTeamMember(c.var.deps.db, c.var.user!.id, details.order.id, form.data);
  if (result !== 'ok') return renderOrderPage(c, { details, forms: { team: { errors: { userId: 'order.team.error.notCandidate' }, values: form.values } } }, 409);
  return backTo(c, details.order.id, 'teamAdded', 'team-title');
});

/** The team member named by the path's :userId, or undefined. */
function teamMember(c: AppContext, details: OrderDetails) {
  const userId = uuid.safeParse(c.req.param('userId'));
  return userId.success ? details.team.find((member) => member.userId === userId.data) : undefined;
}

orderRoutes.post('/orders/:id/team/:userId/role', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  const member = details && teamMember(c, details);
  if (!details || !member) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, teamRoleForm);
  if (!form.ok) return renderOrderPage(c, { details }, 400);
  if (!(await setTeamRole(c.var.deps.db, c.var.user!.id, details.order.id, member.userId, form.data.role))) return renderErrorPage(c, 'notFound');
  return backTo(c, details.order.id, 'teamRole', 'team-title');
});

orderRoutes.post('/orders/:id/team/:userId/remove', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  const member = details && teamMember(c, details);
  if (!details || !member) return renderErrorPage(c, 'notFound');
  const result = await removeTeamMember(c.var.deps.db, c.var.user!.id, details.order.id, member.userId);
  if (!result) return renderErrorPage(c, 'notFound');
  return c.redirect(`/orders/${details.order.id}?done=teamRemoved&count=${result.returnedTasks}#team-title`, 303);
});

orderRoutes.post('/orders/:id/ndas', allow('orders.manage'), async (c) => {
  const details = await loadOrder(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('nda-', ndaForm));
  if (!form.ok) return renderOrderPage(c, { details, forms: { nda: { errors: form.errors, values: form.values } } }, 400);
  if (!(await recordNda(c.var.deps.db, c.var.user!.id, details.order.id, form.data))) {
    return renderOrderPage(c, { details, forms: { nda: { errors: { userId: 'order.nda.error.person' }, values: form.values } } }, 400);
  }
  return backTo(c, details.order.id, 'nda', 'team-title');
});
