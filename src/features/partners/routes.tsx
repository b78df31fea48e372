import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm, type FieldErrors } from '../../ui/form';
import { doneNotice, uuidParam } from '../../ui/route-params';
import { listTokenOwnerChoices } from '../api-tokens/list-api-tokens';
import { endPartner } from './end-partner';
import { findOrderToSubcontract } from './find-order-to-subcontract';
import { listPartners, listSubcontracts } from './list-partners';
import { offerSubcontract } from './offer-subcontract';
import { renderEndPartnerPage, renderNewPartnerPage, renderOfferPage, renderPartnerPage, renderPartnersPage } from './pages';
import { registerPartner } from './register-partner';
import { setPartnerToken } from './set-partner-token';
import { partnerForm, partnerTokenForm, subcontractForm } from './validation';

/** Partner towns (連携先) and the work we sub-contract to them (再委託). */
export const partnerRoutes = new Hono<AppEnv>();

partnerRoutes.get('/partners', allow('partners.manage'), async (c) =>
  renderPartnersPage(c, await listPartners(c.var.deps.db), doneNotice(c, { ended: 'partners.done.ended' })),
);

partnerRoutes.get('/partners/new', allow('partners.manage'), async (c) => renderNewPartnerPage(c, (await listTokenOwnerChoices(c.var.deps.db)).clients));

partnerRoutes.post('/partners/new', allow('partners.manage'), async (c) => {
  const { db, encryptionKey } = c.var.deps;
  const form = await readForm(c, partnerForm);
  const again = async (errors: FieldErrors) =>
    renderNewPartnerPage(c, (await listTokenOwnerChoices(db)).clients, { errors, values: form.values }, 400);
  if (!form.ok) return again(form.errors);
  const registered = await registerPartner(db, encryptionKey, c.var.user!.id, form.data);
  if (!registered.ok) return again(registered.errors);
  return c.redirect(`/partners/${registered.id}?done=registered`, 303);
});

/** The partner named by the path, or undefined (then "not found"). */
async function partnerFromPath(c: AppContext) {
  const id = uuidParam(c, 'id');
  return id ? (await listPartners(c.var.deps.db, id))[0] : undefined;
}

partnerRoutes.get('/partners/:id', allow('partners.manage'), async (c) => {
  const partner = await partnerFromPath(c);
  if (!partner) return renderErrorPage(c, 'notFound');
  const subcontracts = await listSubcontracts(c.var.deps.db, { partnerId: partner.id });
  return renderPartnerPage(c, partner, subcontracts, { notice: doneNotice(c, { registered: 'partners.done.registered', offered: 'partners.done.offered', token: 'partners.done.token' }) });
});

partnerRoutes.post('/partners/:id/token', allow('partners.manage'), async (c) => {
  const { db, encryptionKey } = c.var.deps;
  const partner = await partnerFromPath(c);
  if (!partner || partner.endedAt) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, partnerTokenForm);
  if (!form.ok) return renderPartnerPage(c, partner, await listSubcontracts(db, { partnerId: partner.id }), { token: { errors: form.errors } }, 400);
  if (!(await setPartnerToken(db, encryptionKey, c.var.user!.id, partner.id, form.data.theirToken))) return renderErrorPage(c, 'notFound');
  return c.redirect(`/partners/${partner.id}?done=token`, 303);
});

partnerRoutes.get('/partners/:id/end', allow('partners.manage'), async (c) => {
  const partner = await partnerFromPath(c);
  return partner && !partner.endedAt ? renderEndPartnerPage(c, partner) : renderErrorPage(c, 'notFound');
});

partnerRoutes.post('/partners/:id/end', allow('partners.manage'), async (c) => {
  const id = uuidParam(c, 'id');
  if (!id || !(await endPartner(c.var.deps.db, c.var.user!.id, id))) return renderErrorPage(c, 'notFound');
  return c.redirect('/partners?done=ended', 303);
});

/** The offer page's order, partners to choose and what this order has offered so far; undefined when the order cannot be sub-contracted. */
async function offerPage(c: AppContext) {
  const db = c.var.deps.db;
  const orderId = uuidParam(c, 'id');
  const order = orderId ? await findOrderToSubcontract(db, orderId) : undefined;
  if (!order) return undefined;
  const [choices, subcontracts] = await Promise.all([listTokenOwnerChoices(db), listSubcontracts(db, { orderId: order.id })]);
  return { order, partners: choices.partners, subcontracts };
}

partnerRoutes.get('/orders/:id/subcontracts/new', allow('partners.manage'), async (c) => {
  const page = await offerPage(c);
  return page ? renderOfferPage(c, page, { values: {} }) : renderErrorPage(c, 'notFound');
});

partnerRoutes.post('/orders/:id/subcontracts/new', allow('partners.manage'), async (c) => {
  const page = await offerPage(c);
  if (!page) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, subcontractForm);
  if (!form.ok) return renderOfferPage(c, page, { errors: form.errors, values: form.values }, 400);
  const offered = await offerSubcontract(c.var.deps.db, c.var.user!.id, page.order.id, form.data);
  if (!offered.ok) return 'notFound' in offered ? renderErrorPage(c, 'notFound') : renderOfferPage(c, page, { errors: offered.errors, values: form.values }, 400);
  return c.redirect(`/partners/${form.data.partnerId}?done=offered`, 303);
});
