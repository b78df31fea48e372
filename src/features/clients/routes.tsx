import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { can } from '../../auth/policy';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm, withoutPrefix } from '../../ui/form';
import { renderSetupSheet } from '../accounts/pages';
import { loginIdField } from '../accounts/validation';
import { todayInJapan } from '../availability/calendar';
import { addClientContact } from './add-client-contact';
import { createContactAccount } from './create-contact-account';
import { findClient, type ClientDetails } from './find-client';
import { listClients } from './list-clients';
import { logSalesActivity } from './log-sales-activity';
import { clientFormValues, renderClientForm, renderClientList, renderClientPage, type ClientPageForms } from './pages';
import { saveClient } from './save-client';
import { clientStatuses } from './schema';
import { activityForm, clientForm, contactForm } from './validation';

export const clientRoutes = new Hono<AppEnv>();

const mayCreateClientAccounts = (c: AppContext) => can(c.var.user, 'accounts.manage', { kind: 'account', role: 'client' });

/** The client named by the path's :id, or null for an unknown or malformed id. */
async function loadClient(c: AppContext): Promise<ClientDetails | null> {
  const id = z.uuid().safeParse(c.req.param('id'));
  return id.success ? findClient(c.var.deps.db, id.data) : null;
}

function showClient(c: AppContext, details: ClientDetails, forms: ClientPageForms, status: 200 | 400 | 409 = 200, notice?: string) {
  return renderClientPage(c, { details, mayCreateAccounts: mayCreateClientAccounts(c), forms, notice }, status);
}

const listFilter = z.object({
  q: z.string().max(100).catch(''),
  status: z.enum(clientStatuses).or(z.literal('')).catch(''),
});

clientRoutes.get('/clients', allow('clients.manage'), async (c) => {
  const filter = listFilter.parse(c.req.query());
  const today = todayInJapan();
  const db = c.var.deps.db;
  const rows = await listClients(db, { query: filter.q, ...(filter.status ? { status: filter.status } : {}) }, today);
  const due = (await listClients(db, { status: 'prospect' }, today)).filter((row) => row.nextStepOn !== null);
  return renderClientList(c, { rows, query: filter.q, status: filter.status, due });
});

clientRoutes.get('/clients/new', allow('clients.manage'), (c) => renderClientForm(c, { state: { values: { status: 'prospect' } } }));

clientRoutes.post('/clients/new', allow('clients.manage'), async (c) => {
  const form = await readForm(c, clientForm);
  if (!form.ok) return renderClientForm(c, { state: { errors: form.errors, values: form.values } }, 400);
  const result = await saveClient(c.var.deps.db, c.var.user!.id, form.data);
  if (!result.ok) return renderClientForm(c, { state: { errors: { corporateNumber: 'client.error.corporateNumberTaken' }, values: form.values } }, 409);
  return c.redirect(`/clients/${result.id}?done=created`, 303);
});

const notices = { created: 'client.created', saved: 'client.saved', contact: 'contacts.added', activity: 'activities.added' } as const;

clientRoutes.get('/clients/:id', allow('clients.manage'), async (c) => {
  const details = await loadClient(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const done = c.req.query('done');
  const notice = done && Object.hasOwn(notices, done) ? c.var.t(notices[done as keyof typeof notices]) : undefined;
  return showClient(c, details, {}, 200, notice);
});

clientRoutes.get('/clients/:id/edit', allow('clients.manage'), async (c) => {
  const details = await loadClient(c);
  if (!details) return renderErrorPage(c, 'notFound');
  return renderClientForm(c, { id: details.client.id, name: details.client.name, state: { values: clientFormValues(details.client) } });
});

clientRoutes.post('/clients/:id/edit', allow('clients.manage'), async (c) => {
  const details = await loadClient(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const page = { id: details.client.id, name: details.client.name };
  const form = await readForm(c, clientForm);
  if (!form.ok) return renderClientForm(c, { ...page, state: { errors: form.errors, values: form.values } }, 400);
  const result = await saveClient(c.var.deps.db, c.var.user!.id, form.data, details.client.id);
  if (!result.ok) {
    if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
    return renderClientForm(c, { ...page, state: { errors: { corporateNumber: 'client.error.corporateNumberTaken' }, values: form.values } }, 409);
  }
  return c.redirect(`/clients/${details.client.id}?done=saved`, 303);
});

clientRoutes.post('/clients/:id/contacts', allow('clients.manage'), async (c) => {
  const details = await loadClient(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('contact-', contactForm));
  if (!form.ok) return showClient(c, details, { contact: { errors: form.errors, values: form.values } }, 400);
  await addClientContact(c.var.deps.db, details.client.id, form.data);
  return c.redirect(`/clients/${details.client.id}?done=contact#contacts-title`, 303);
});

clientRoutes.post('/clients/:id/activities', allow('clients.manage'), async (c) => {
  const details = await loadClient(c);
  if (!details) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('activity-', activityForm));
  if (!form.ok) return showClient(c, details, { activity: { errors: form.errors, values: form.values } }, 400);
  await logSalesActivity(c.var.deps.db, details.client.id, c.var.user!.id, form.data);
  return c.redirect(`/clients/${details.client.id}?done=activity#activities-title`, 303);
});

clientRoutes.post('/clients/:id/contacts/:contactId/account', allow('clients.manage'), async (c) => {
  const actor = c.var.user!;
  if (!mayCreateClientAccounts(c)) return renderErrorPage(c, 'forbidden');
  const details = await loadClient(c);
  const contactId = z.uuid().safeParse(c.req.param('contactId'));
  const contact = contactId.success ? details?.contacts.find((person) => person.id === contactId.data) : undefined;
  if (!details || !contact) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, z.object({ [`loginId-${contact.id}`]: loginIdField }));
  const typed = form.values[`loginId-${contact.id}`] ?? '';
  const accountState = (error: NonNullable<ClientPageForms['account']>['state']['errors']) => ({
    account: { contactId: contact.id, state: { errors: error, values: { loginId: typed } } },
  });
  if (!form.ok) return showClient(c, details, accountState({ loginId: Object.values(form.errors)[0]! }), 400);
  const result = await createContactAccount(c.var.deps.db, actor, {
    clientId: details.client.id,
    contactId: contact.id,
    loginId: form.data[`loginId-${contact.id}`]!,
  });
  if (!result.ok) {
    if (result.reason === 'forbidden') return renderErrorPage(c, 'forbidden');
    if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
    const error = result.reason === 'alreadyLinked' ? 'contact.error.alreadyLinked' : 'account.error.loginIdTaken';
    return showClient(c, details, accountState({ loginId: error }), 409);
  }
  return renderSetupSheet(c, { ...result.user, code: result.code, expiresAt: result.expiresAt, created: true });
});
