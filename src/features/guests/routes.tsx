import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { clientAddress } from '../../auth/client-address';
import { allow } from '../../auth/middleware';
import { deleteSession } from '../../auth/session';
import { doneNotice, uuidParam } from '../../ui/route-params';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { startSession } from '../accounts/routes';
import { listMyBookings } from '../bookings/list-my-bookings';
import { listPayerBills } from '../centre-fees/find-centre-bill';
import { listOfferedFeePlans } from '../centre-fees/list-fee-plans';
import { findGuest, listGuests, type Guest } from './list-guests';
import { renderGuestPage, renderGuestsPage, renderRegisterPage, renderWelcomePage } from './pages';
import { recordIdentityCheck } from './record-identity-check';
import { registerGuest } from './register-guest';
import { setGuestFeePlan } from './set-guest-fee-plan';
import { feePlanChoiceForm, identityCheckForm, registrationForm } from './validation';

export const guestRoutes = new Hono<AppEnv>();

guestRoutes.get('/centre/guests/register', allow('public'), (c) => renderRegisterPage(c, {}));

guestRoutes.post('/centre/guests/register', allow('public'), async (c) => {
  const form = await readForm(c, registrationForm);
  const { newPassword: _, confirmPassword: __, ...values } = form.values;
  if (!form.ok) return renderRegisterPage(c, { errors: form.errors, values }, 400);
  const result = await registerGuest(c.var.deps.db, form.data, clientAddress(c));
  if (!result.ok) {
    if (result.reason === 'loginIdTaken') return renderRegisterPage(c, { errors: { loginId: 'account.error.loginIdTaken' }, values }, 409);
    return renderRegisterPage(c, { problem: c.var.t('guests.error.rateLimited', { minutes: Math.ceil(result.waitSeconds / 60) }), values }, 429);
  }
  // Signed in as the new guest: whoever was signed in in this browser before is signed out.
  if (c.var.sessionToken) await deleteSession(c.var.deps.db, c.var.sessionToken);
  startSession(c, result.sessionToken, null);
  return c.redirect('/centre/guests/welcome', 303);
});

guestRoutes.get('/centre/guests/welcome', allow('centre.book'), (c) => renderWelcomePage(c));

guestRoutes.get('/centre/guests', allow('centre.manage'), async (c) => renderGuestsPage(c, await listGuests(c.var.deps.db)));

async function guestOfPath(c: AppContext): Promise<Guest | undefined> {
  const id = uuidParam(c, 'id');
  return id ? findGuest(c.var.deps.db, id) : undefined;
}

const guestNotices = {
  identity: 'guests.identity.recorded',
  alreadyChecked: 'guests.identity.alreadyChecked',
  plan: 'guests.feePlan.saved',
} satisfies Record<string, MessageKey>;

async function showGuest(c: AppContext, guest: Guest, forms: { identity?: FormState; plan?: FormState } = {}, status: 200 | 400 | 409 = 200) {
  const db = c.var.deps.db;
  const [plans, bookings, bills] = await Promise.all([
    listOfferedFeePlans(db),
    listMyBookings(db, guest.profile.userId, new Date()),
    listPayerBills(db, { userId: guest.profile.userId, companyId: null }),
  ]);
  const notice = doneNotice(c, guestNotices);
  return renderGuestPage(c, { guest, plans, bookings: [...bookings.upcoming, ...bookings.past], bills, notice, ...forms }, status);
}

guestRoutes.get('/centre/guests/:id', allow('centre.manage'), async (c) => {
  const guest = await guestOfPath(c);
  if (!guest) return renderErrorPage(c, 'notFound');
  return showGuest(c, guest);
});

guestRoutes.post('/centre/guests/:id/identity', allow('centre.manage'), async (c) => {
  const guest = await guestOfPath(c);
  if (!guest) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, identityCheckForm);
  if (!form.ok) return showGuest(c, guest, { identity: { errors: form.errors, values: form.values } }, 400);
  const result = await recordIdentityCheck(c.var.deps.db, { guestId: guest.profile.userId, staffId: c.var.user!.id, ...form.data });
  if (result === 'notFound') return renderErrorPage(c, 'notFound');
  return c.redirect(`/centre/guests/${guest.profile.userId}?done=${result === 'recorded' ? 'identity' : 'alreadyChecked'}`, 303);
});

guestRoutes.post('/centre/guests/:id/fee-plan', allow('centre.manage'), async (c) => {
  const guest = await guestOfPath(c);
  if (!guest) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, feePlanChoiceForm);
  const result = form.ok ? await setGuestFeePlan(c.var.deps.db, { guestId: guest.profile.userId, feePlanId: form.data.feePlanId, staffId: c.var.user!.id }) : 'unknownPlan';
  if (result === 'notFound') return renderErrorPage(c, 'notFound');
  if (result === 'unknownPlan') return showGuest(c, guest, { plan: { errors: { feePlanId: 'guests.error.feePlan' }, values: form.values } }, 400);
  return c.redirect(`/centre/guests/${guest.profile.userId}?done=plan`, 303);
});
