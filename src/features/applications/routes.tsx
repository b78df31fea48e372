import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { recordAudit } from '../../audit/record-audit';
import { clientAddress } from '../../auth/client-address';
import { allow } from '../../auth/middleware';
import { users } from '../../auth/schema';
import { unseal } from '../../crypto/sealed-box';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm } from '../../ui/form';
import { renderSetupSheet } from '../accounts/pages';
import { applicationNotes, applications, consents } from '../workers/schema';
import { addApplicationNote } from './add-application-note';
import { acceptApplication, declineApplication } from './decide-application';
import {
  applicationStatuses,
  renderApplicationDetail,
  renderApplicationList,
  renderApply,
  renderApplyThanks,
  type ApplicationDetail,
  type ApplicationStatus,
} from './pages';
import { submitApplication, type SensitiveData } from './submit-application';
import { acceptForm, applicationForm, declineForm, noteForm } from './validation';

export const applicationRoutes = new Hono<AppEnv>();

applicationRoutes.get('/apply', allow('public'), (c) => renderApply(c, {}));

applicationRoutes.post('/apply', allow('public'), async (c) => {
  const form = await readForm(c, applicationForm);
  if (!form.ok) return renderApply(c, { errors: form.errors, values: form.values, lists: form.lists }, 400);
  const result = await submitApplication(c.var.deps.db, c.var.deps.encryptionKey, form.data, clientAddress(c));
  if (!result.ok) {
    const problem = c.var.t('apply.error.rateLimited', { minutes: Math.ceil(result.waitSeconds / 60) });
    return renderApply(c, { problem, values: form.values, lists: form.lists }, 429);
  }
  return c.redirect('/apply/thanks', 303);
});

applicationRoutes.get('/apply/thanks', allow('public'), (c) => renderApplyThanks(c));

applicationRoutes.get('/applications', allow('applications.manage'), async (c) => {
  const requested = c.req.query('status');
  const status: ApplicationStatus = applicationStatuses.find((each) => each === requested) ?? 'new';
  const db = c.var.deps.db;
  const tallies = await db.select({ status: applications.status, total: count() }).from(applications).groupBy(applications.status);
  const counts = Object.fromEntries(applicationStatuses.map((each) => [each, tallies.find((row) => row.status === each)?.total ?? 0])) as Record<ApplicationStatus, number>;
  const rows = await db
    .select()
    .from(applications)
    .where(eq(applications.status, status))
    .orderBy(status === 'new' || status === 'interviewing' ? asc(applications.submittedAt) : desc(applications.submittedAt));
  return renderApplicationList(c, status, counts, rows);
});

const applicationId = z.uuid();
const decider = alias(users, 'decider');

/** Everything the detail page shows; viewing sealed disability or health data is audited. */
async function loadApplicationDetail(c: AppContext, id: string): Promise<ApplicationDetail | null> {
  const db = c.var.deps.db;
  const [found] = await db
    .select({ application: applications, decidedByName: decider.displayName, accountLoginId: users.loginId })
    .from(applications)
    .leftJoin(decider, eq(decider.id, applications.decidedBy))
    .leftJoin(users, eq(users.id, applications.userId))
    .where(eq(applications.id, id));
  if (!found) return null;
  const { application } = found;
  const sensitiveConsent = await db
    .select({ id: consents.id })
    .from(consents)
    .where(and(eq(consents.applicationId, id), eq(consents.purpose, 'sensitive_data'), isNull(consents.withdrawnAt)));
  const sensitive =
    application.sensitiveEncrypted && sensitiveConsent.length > 0
      ? unseal<SensitiveData>(c.var.deps.encryptionKey, application.sensitiveEncrypted)
      : null;
  if (sensitive) {
    await recordAudit(db, {
      actorId: c.var.user!.id,
      action: 'application.sensitive.view',
      subjectApplicationId: id,
      subjectUserId: application.userId,
      detail: { fields: ['disability', 'details'] },
    });
  }
  const notes = await db
    .select({ body: applicationNotes.body, createdAt: applicationNotes.createdAt, author: users.displayName })
    .from(applicationNotes)
    .leftJoin(users, eq(users.id, applicationNotes.authorId))
    .where(eq(applicationNotes.applicationId, id))
    .orderBy(asc(applicationNotes.createdAt));
  const consentRows = await db
    .select({ purpose: consents.purpose, textVersion: consents.textVersion, givenAt: consents.givenAt })
    .from(consents)
    .where(eq(consents.applicationId, id))
    .orderBy(asc(consents.givenAt));
  return { application, sensitive, notes, consents: consentRows, decidedByName: found.decidedByName, accountLoginId: found.accountLoginId };
}

/** The application named in the path, or a 404 page for an unknown or malformed id. */
async function withApplication(c: AppContext, handle: (detail: ApplicationDetail) => Response | Promise<Response>) {
  const id = applicationId.safeParse(c.req.param('id'));
  const detail = id.success ? await loadApplicationDetail(c, id.data) : null;
  if (!detail) return renderErrorPage(c, 'notFound');
  return handle(detail);
}

applicationRoutes.get('/applications/:id', allow('applications.manage'), (c) => withApplication(c, (detail) => renderApplicationDetail(c, detail)));

applicationRoutes.post('/applications/:id/notes', allow('applications.manage'), (c) =>
  withApplication(c, async (detail) => {
    const form = await readForm(c, noteForm);
    if (!form.ok) return renderApplicationDetail(c, detail, { note: form }, 400);
    await addApplicationNote(c.var.deps.db, c.var.user!.id, detail.application.id, form.data.body);
    return c.redirect(`/applications/${detail.application.id}?noted=1`, 303);
  }),
);

applicationRoutes.post('/applications/:id/accept', allow('applications.manage'), (c) =>
  withApplication(c, async (detail) => {
    const form = await readForm(c, acceptForm);
    if (!form.ok) return renderApplicationDetail(c, detail, { accept: form }, 400);
    const result = await acceptApplication(c.var.deps.db, c.var.user!, detail.application.id, {
      ...form.data,
      reason: c.var.t('applications.acceptedReason'),
    });
    if (!result.ok) {
      if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
      if (result.reason === 'forbidden') return renderErrorPage(c, 'forbidden');
      if (result.reason === 'loginIdTaken') {
        return renderApplicationDetail(c, detail, { accept: { errors: { loginId: 'account.error.loginIdTaken' }, values: form.data } }, 409);
      }
      return renderApplicationDetail(c, detail, { problem: c.var.t('applications.error.alreadyDecided') }, 409);
    }
    return renderSetupSheet(c, { ...result.user, code: result.code, expiresAt: result.expiresAt, created: true });
  }),
);

applicationRoutes.post('/applications/:id/decline', allow('applications.manage'), (c) =>
  withApplication(c, async (detail) => {
    const form = await readForm(c, declineForm);
    if (!form.ok) return renderApplicationDetail(c, detail, { decline: form }, 400);
    const result = await declineApplication(c.var.deps.db, c.var.user!, detail.application.id, form.data.reason);
    if (!result.ok) return renderApplicationDetail(c, detail, { problem: c.var.t('applications.error.alreadyDecided') }, 409);
    return c.redirect(`/applications/${detail.application.id}?declined=1`, 303);
  }),
);
