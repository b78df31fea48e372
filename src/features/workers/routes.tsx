import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { recordAudit } from '../../audit/record-audit';
import { allow } from '../../auth/middleware';
import { can } from '../../auth/policy';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm, type FormResult } from '../../ui/form';
import type { FormPageStatus } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { changeWorkerStatus } from './change-worker-status';
import { exportWorkerData } from './export-worker-data';
import { findWorkerProfile, type WorkerProfile } from './find-worker-profile';
import { giveConsent } from './give-consent';
import { listOpenRequests } from './list-open-requests';
import { listWorkerAudit } from './list-worker-audit';
import { renderOwnConsents, renderOwnProfile, renderWorkerAudit, renderWorkerRecord, type ProfilePageState, type SectionState } from './pages';
import { requestDataChange } from './request-data-change';
import { resolveDataRequest } from './resolve-data-request';
import { saveOwnSkill } from './save-own-skill';
import { updateWorkerProfile } from './update-worker-profile';
import { consentForm, dataRequestForm, ownSkillForm, profileForm, resolveRequestForm, statusForm, verifySkillForm } from './validation';
import { verifySkill } from './verify-skill';
import { withdrawConsent } from './withdraw-consent';

export const workerRoutes = new Hono<AppEnv>();

type Capability = 'workers.self' | 'workers.manage';

/** Notices after a redirect, named in the query (`?done=profile`). */
const notices: Record<string, MessageKey> = {
  profile: 'profile.saved',
  skill: 'skills.saved',
  verified: 'skills.verified',
  status: 'worker.statusChanged',
  request: 'myData.requestSent',
  resolved: 'worker.requestResolved',
  consentGiven: 'consents.givenNotice',
  consentWithdrawn: 'consents.withdrawnNotice',
  statisticsWithdrawn: 'consents.statistics.withdrawnNotice',
};

function noticeOf(c: AppContext): string | undefined {
  const key = notices[c.req.query('done') ?? ''];
  return key ? c.var.t(key) : undefined;
}

/**
 * A worker's profile as this viewer may see it: the sensitive and bank parts only where the
 * policy allows, and every showing of them written to the audit log.
 */
async function loadProfileFor(c: AppContext, capability: Capability, workerId: string) {
  const actor = c.var.user!;
  const { db, encryptionKey } = c.var.deps;
  const found = await findWorkerProfile(db, encryptionKey, workerId);
  if (!found) return undefined;
  const showSensitive = can(actor, capability, { kind: 'workerData', workerId, part: 'sensitive' });
  const showBank = can(actor, capability, { kind: 'workerData', workerId, part: 'bank' });
  const profile = { ...found, sensitive: showSensitive ? found.sensitive : null, bank: showBank ? found.bank : null };
  if (profile.sensitive) await recordAudit(db, { actorId: actor.id, action: 'worker.sensitive.view', subjectUserId: workerId });
  if (profile.bank) await recordAudit(db, { actorId: actor.id, action: 'worker.bank.view', subjectUserId: workerId });
  return { profile, flags: { showSensitive, showBank } };
}

/** What a failed form sends back to its section of the page. */
const sectionOf = (form: FormResult<unknown>): SectionState => ({
  errors: form.ok ? undefined : form.errors,
  values: form.values,
  lists: form.lists,
});

// ---- The worker's own pages ----

async function showOwnProfile(c: AppContext, state: Omit<ProfilePageState, 'showSensitive' | 'showBank'> = {}, status: FormPageStatus = 200) {
  const loaded = await loadProfileFor(c, 'workers.self', c.var.user!.id);
  if (!loaded) return renderErrorPage(c, 'notFound');
  return renderOwnProfile(c, loaded.profile, { notice: noticeOf(c), ...state, ...loaded.flags }, status);
}

workerRoutes.get('/me/profile', allow('workers.self'), (c) => showOwnProfile(c));

workerRoutes.post('/me/profile', allow('workers.self'), async (c) => {
  const actor = c.var.user!;
  const form = await readForm(c, profileForm);
  if (!form.ok) return showOwnProfile(c, { profileForm: sectionOf(form) }, 400);
  const result = await updateWorkerProfile(c.var.deps.db, c.var.deps.encryptionKey, { actorId: actor.id, workerId: actor.id, input: form.data });
  if (!result.ok) return renderErrorPage(c, 'notFound');
  return c.redirect('/me/profile?done=profile', 303);
});

workerRoutes.post('/me/skills', allow('workers.self'), async (c) => {
  const actor = c.var.user!;
  const form = await readForm(c, ownSkillForm);
  if (!form.ok) return showOwnProfile(c, { skillForm: sectionOf(form) }, 400);
  const found = await findWorkerProfile(c.var.deps.db, c.var.deps.encryptionKey, actor.id);
  if (!found) return renderErrorPage(c, 'notFound');
  const saved = await saveOwnSkill(c.var.deps.db, { workerId: actor.id, ...form.data });
  if (!saved) return showOwnProfile(c, { problem: c.var.t('skills.locked') }, 409);
  return c.redirect('/me/profile?done=skill', 303);
});

workerRoutes.get('/me/consents', allow('workers.self'), async (c) => {
  const found = await findWorkerProfile(c.var.deps.db, c.var.deps.encryptionKey, c.var.user!.id);
  if (!found) return renderErrorPage(c, 'notFound');
  return renderOwnConsents(c, found, noticeOf(c));
});

workerRoutes.post('/me/consents', allow('workers.self'), async (c) => {
  const actor = c.var.user!;
  const db = c.var.deps.db;
  const form = await readForm(c, consentForm);
  const found = await findWorkerProfile(db, c.var.deps.encryptionKey, actor.id);
  if (!found) return renderErrorPage(c, 'notFound');
  if (!form.ok) return renderOwnConsents(c, found, undefined, 400);
  const { choice, purpose } = form.data;
  if (choice === 'give') await giveConsent(db, actor.id, purpose);
  else await withdrawConsent(db, actor.id, purpose);
  const done = choice === 'give' ? 'consentGiven' : purpose === 'statistics' ? 'statisticsWithdrawn' : 'consentWithdrawn';
  return c.redirect(`/me/consents?done=${done}`, 303);
});

workerRoutes.get('/me/data', allow('workers.self'), async (c) => {
  const data = await exportWorkerData(c.var.deps.db, c.var.deps.encryptionKey, c.var.user!.id);
  if (!data) return renderErrorPage(c, 'notFound');
  c.header('content-disposition', 'attachment; filename="machiwork-my-data.json"');
  c.header('cache-control', 'no-store');
  return c.json(data);
});

workerRoutes.post('/me/requests', allow('workers.self'), async (c) => {
  const actor = c.var.user!;
  const form = await readForm(c, dataRequestForm);
  if (!form.ok) return showOwnProfile(c, { requestForm: sectionOf(form) }, 400);
  await requestDataChange(c.var.deps.db, { workerId: actor.id, ...form.data });
  return c.redirect('/me/profile?done=request', 303);
});

// ---- Staff pages: /workers/:id ----

/** The worker named in the path, if the id is well-formed and the viewer may see their profile. */
function workerIdOf(c: AppContext): string | undefined {
  const id = z.uuid().safeParse(c.req.param('id'));
  return id.success ? id.data : undefined;
}

async function showWorkerRecord(c: AppContext, workerId: string, state: Omit<ProfilePageState, 'showSensitive' | 'showBank'> = {}, status: FormPageStatus = 200) {
  const loaded = await loadProfileFor(c, 'workers.manage', workerId);
  if (!loaded) return renderErrorPage(c, 'notFound');
  const requests = await listOpenRequests(c.var.deps.db, workerId);
  return renderWorkerRecord(c, loaded.profile, requests, { notice: noticeOf(c), ...state, ...loaded.flags }, status);
}

/** Runs a staff action on an existing worker the actor may manage; unknown ids answer 404. */
async function withWorker(c: AppContext, action: (workerId: string, profile: WorkerProfile) => Promise<Response>): Promise<Response> {
  const workerId = workerIdOf(c);
  if (!workerId) return renderErrorPage(c, 'notFound');
  if (!can(c.var.user, 'workers.manage', { kind: 'workerData', workerId, part: 'profile' })) return renderErrorPage(c, 'forbidden');
  const found = await findWorkerProfile(c.var.deps.db, c.var.deps.encryptionKey, workerId);
  if (!found) return renderErrorPage(c, 'notFound');
  return action(workerId, found);
}

workerRoutes.get('/workers/:id', allow('workers.manage'), (c) => withWorker(c, (workerId) => showWorkerRecord(c, workerId)));

workerRoutes.post('/workers/:id/profile', allow('workers.manage'), (c) =>
  withWorker(c, async (workerId) => {
    const form = await readForm(c, profileForm);
    if (!form.ok) return showWorkerRecord(c, workerId, { profileForm: sectionOf(form) }, 400);
    const input = can(c.var.user, 'workers.manage', { kind: 'workerData', workerId, part: 'sensitive' }) ? form.data : { ...form.data, sensitive: undefined };
    await updateWorkerProfile(c.var.deps.db, c.var.deps.encryptionKey, { actorId: c.var.user!.id, workerId, input });
    return c.redirect(`/workers/${workerId}?done=profile`, 303);
  }),
);

workerRoutes.post('/workers/:id/skills', allow('workers.manage'), (c) =>
  withWorker(c, async (workerId) => {
    const form = await readForm(c, verifySkillForm);
    if (!form.ok) return showWorkerRecord(c, workerId, { skillForm: sectionOf(form) }, 400);
    await verifySkill(c.var.deps.db, { actorId: c.var.user!.id, workerId, ...form.data });
    return c.redirect(`/workers/${workerId}?done=verified`, 303);
  }),
);

workerRoutes.post('/workers/:id/status', allow('workers.manage'), (c) =>
  withWorker(c, async (workerId) => {
    const form = await readForm(c, statusForm);
    if (!form.ok) return showWorkerRecord(c, workerId, { statusForm: sectionOf(form) }, 400);
    const result = await changeWorkerStatus(c.var.deps.db, { actorId: c.var.user!.id, workerId, ...form.data });
    if (!result.ok) {
      return showWorkerRecord(c, workerId, { statusForm: { ...sectionOf(form), errors: { status: 'worker.statusUnchanged' } } }, 400);
    }
    return c.redirect(`/workers/${workerId}?done=status`, 303);
  }),
);

workerRoutes.post('/workers/:id/requests/resolve', allow('workers.manage'), (c) =>
  withWorker(c, async (workerId) => {
    const form = await readForm(c, resolveRequestForm);
    if (!form.ok) return renderErrorPage(c, 'notFound');
    const resolved = await resolveDataRequest(c.var.deps.db, { actorId: c.var.user!.id, workerId, requestId: form.data.entryId });
    if (!resolved) return renderErrorPage(c, 'notFound');
    return c.redirect(`/workers/${workerId}?done=resolved`, 303);
  }),
);

workerRoutes.get('/workers/:id/audit', allow('workers.manage'), (c) =>
  withWorker(c, async (workerId, profile) => {
    const entries = await listWorkerAudit(c.var.deps.db, workerId);
    return renderWorkerAudit(c, profile, entries);
  }),
);
