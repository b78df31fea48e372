import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { recordAudit } from '../../audit/record-audit';
import { allow } from '../../auth/middleware';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import { doneNotice, uuidParam } from '../../ui/route-params';
import { todayInJapan } from '../availability/calendar';
import { findActiveLink } from '../supporters/find-active-link';
import { listWorkerSupporters } from '../supporters/list-worker-supporters';
import { setSupporterConsent } from '../supporters/set-supporter-consent';
import { checkInsEnabled } from './check-ins-enabled';
import { listCheckInPeople } from './list-check-in-people';
import { listCheckIns } from './list-check-ins';
import { renderCheckInPeople, renderMyCheckIn, renderPersonCheckIns } from './pages';
import { saveCheckIn } from './save-check-in';
import { setCheckIns } from './set-check-ins';
import { checkInForm, yesNoForm } from './validation';

/** Daily check-ins a worker chooses to make, and the coordinators' "may need a call" list. */
export const dailyCheckInRoutes = new Hono<AppEnv>();

const myNotices = {
  on: 'checkIns.done.on',
  off: 'checkIns.done.off',
  saved: 'checkIns.done.saved',
  shared: 'checkIns.done.shared',
  unshared: 'checkIns.done.unshared',
} as const;

async function showMine(c: AppContext, state?: FormState, status: 200 | 400 | 409 = 200) {
  const db = c.var.deps.db;
  const userId = c.var.user!.id;
  const enabled = await checkInsEnabled(db, userId);
  const [checkIns, supporters] = enabled ? await Promise.all([listCheckIns(db, userId), listWorkerSupporters(db, userId)]) : [[], { active: [] }];
  return renderMyCheckIn(c, { enabled, today: todayInJapan(), checkIns, supporters: supporters.active, state, notice: doneNotice(c, myNotices) }, status);
}

dailyCheckInRoutes.get('/me/check-in', allow('checkIns.self'), (c) => showMine(c));

dailyCheckInRoutes.post('/me/check-in/settings', allow('checkIns.self'), async (c) => {
  const form = await readForm(c, yesNoForm);
  if (!form.ok) return showMine(c, {}, 400);
  const enabled = form.data.choice === 'yes';
  await setCheckIns(c.var.deps.db, c.var.user!.id, enabled);
  return c.redirect(`/me/check-in?done=${enabled ? 'on' : 'off'}`, 303);
});

dailyCheckInRoutes.post('/me/check-in', allow('checkIns.self'), async (c) => {
  const form = await readForm(c, checkInForm);
  if (!form.ok) return showMine(c, { errors: form.errors, values: form.values }, 400);
  if (!(await saveCheckIn(c.var.deps.db, c.var.user!.id, form.data))) return showMine(c, { problem: c.var.t('checkIns.error.off') }, 409);
  return c.redirect('/me/check-in?done=saved', 303);
});

dailyCheckInRoutes.post('/me/check-in/supporters/:supporterId', allow('checkIns.self'), async (c) => {
  const supporterId = uuidParam(c, 'supporterId');
  const form = await readForm(c, yesNoForm);
  if (!supporterId || !form.ok) return renderErrorPage(c, 'notFound');
  const share = form.data.choice === 'yes';
  const result = await setSupporterConsent(c.var.deps.db, { workerId: c.var.user!.id, supporterId, purpose: 'supporter_check_ins', share });
  if (!result.ok) return renderErrorPage(c, 'notFound');
  return c.redirect(`/me/check-in?done=${share ? 'shared' : 'unshared'}`, 303);
});

dailyCheckInRoutes.get('/check-ins', allow('checkIns.review'), async (c) => {
  const db = c.var.deps.db;
  const people = await listCheckInPeople(db);
  await recordAudit(db, { actorId: c.var.user!.id, action: 'checkIns.list.view', detail: { people: people.length } });
  return renderCheckInPeople(c, { people, today: todayInJapan() });
});

/** One person who checks in, or undefined (not such a person, or check-ins off: then "not found"). */
async function checkInPerson(c: AppContext, name: string) {
  const id = uuidParam(c, name);
  const [person] = id ? await listCheckInPeople(c.var.deps.db, { onlyId: id }) : [];
  return person;
}

dailyCheckInRoutes.get('/check-ins/:workerId', allow('checkIns.review'), async (c) => {
  const db = c.var.deps.db;
  const person = await checkInPerson(c, 'workerId');
  if (!person) return renderErrorPage(c, 'notFound');
  await recordAudit(db, { actorId: c.var.user!.id, action: 'worker.checkIns.view', subjectUserId: person.id, detail: { via: 'coordinator' } });
  return renderPersonCheckIns(c, { person, checkIns: await listCheckIns(db, person.id), viewer: 'coordinator' });
});

dailyCheckInRoutes.get('/supporter/workers/:id/check-ins', allow('supporters.self'), async (c) => {
  const db = c.var.deps.db;
  const actor = c.var.user!;
  const id = uuidParam(c, 'id');
  const link = id ? await findActiveLink(db, actor.id, id) : undefined;
  // Like the supporter's worker page: 403 without an active link and the worker's consent, whether or not such a worker exists.
  if (!link?.sharesCheckIns) return renderErrorPage(c, 'forbidden');
  const person = await checkInPerson(c, 'id');
  if (!person) return renderErrorPage(c, 'forbidden');
  await recordAudit(db, { actorId: actor.id, action: 'worker.checkIns.view', subjectUserId: person.id, detail: { via: 'supporter' } });
  return renderPersonCheckIns(c, { person, checkIns: await listCheckIns(db, person.id), viewer: 'supporter' });
});
