import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { can } from '../../auth/policy';
import { doneNotice, uuidParam } from '../../ui/route-params';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { answerEvent } from './answer-event';
import { cancelAnswer } from './cancel-answer';
import { cancelEvent } from './cancel-event';
import { countAnswers } from './count-answers';
import { listEvents } from './list-events';
import { listAnswers, loadEvent } from './load-event';
import { markAttendance } from './mark-attendance';
import { eventValues, renderEventForm, renderEventList, renderEventPage, renderManageList, renderStaffEventPage } from './pages';
import { createEvent, updateEvent } from './save-event';
import { events } from './schema';
import { sendReminder } from './send-reminder';
import { answerForm, attendanceForm, eventForm, reportForm } from './validation';
import { writeReport } from './write-report';

export const eventRoutes = new Hono<AppEnv>();

const idOf = (c: AppContext) => uuidParam(c, 'id');

const notices = {
  created: 'events.done.created',
  saved: 'events.done.saved',
  cancelled: 'events.done.cancelled',
  marked: 'events.done.marked',
  reported: 'events.done.reported',
  going: 'events.done.going',
  waitlisted: 'events.done.waitlisted',
  withdrawn: 'events.done.withdrawn',
} as const satisfies Record<string, MessageKey>;
const eventNotice = (c: AppContext) =>
  c.req.query('done') === 'reminded' ? c.var.t('events.done.reminded', { count: Number(c.req.query('count') ?? 0) }) : doneNotice(c, notices);

// Staff routes first: /events/manage must not be read as an event's id.
eventRoutes.get('/events/manage', allow('events.manage'), async (c) => {
  const now = new Date();
  return renderManageList(c, { ...(await listEvents(c.var.deps.db, c.var.user!.id, now, { pastOnlyMine: false })), now, notice: eventNotice(c) });
});

eventRoutes.get('/events/manage/new', allow('events.manage'), (c) => renderEventForm(c, { values: { kind: 'worker_meeting' } }, { action: '/events/manage/new', editing: false }));

eventRoutes.post('/events/manage/new', allow('events.manage'), async (c) => {
  const options = { action: '/events/manage/new', editing: false };
  const form = await readForm(c, eventForm);
  if (!form.ok) return renderEventForm(c, { values: form.values, errors: form.errors }, options, 400);
  const result = await createEvent(c.var.deps.db, c.var.user!.id, form.data);
  if (!result.ok) return renderEventForm(c, { values: form.values, errors: result.reason === 'invalid' ? result.errors : {} }, options, 400);
  return c.redirect(`/events/manage/${result.id}?done=created`, 303);
});

async function eventRowOf(c: AppContext) {
  const id = idOf(c);
  if (!id) return undefined;
  const [event] = await c.var.deps.db.select().from(events).where(eq(events.id, id));
  return event;
}

async function staffPage(c: AppContext, extra: { notice?: string | undefined; problem?: string; report?: FormState } = {}, status: 200 | 400 | 409 = 200) {
  const event = await eventRowOf(c);
  if (!event) return renderErrorPage(c, 'notFound');
  const db = c.var.deps.db;
  const counts = (await countAnswers(db, [event.id])).get(event.id)!;
  return renderStaffEventPage(c, { event, counts, answers: await listAnswers(db, event.id), now: new Date(), ...extra }, status);
}

eventRoutes.get('/events/manage/:id', allow('events.manage'), (c) => staffPage(c, { notice: eventNotice(c) }));

eventRoutes.get('/events/manage/:id/edit', allow('events.manage'), async (c) => {
  const event = await eventRowOf(c);
  if (!event) return renderErrorPage(c, 'notFound');
  if (event.cancelledAt || event.startsAt <= new Date()) return staffPage(c, { problem: c.var.t('events.refused.notEditable') }, 409);
  return renderEventForm(c, { values: eventValues(event) }, { action: `/events/manage/${event.id}/edit`, editing: true });
});

eventRoutes.post('/events/manage/:id/edit', allow('events.manage'), async (c) => {
  const id = idOf(c);
  if (!id) return renderErrorPage(c, 'notFound');
  const options = { action: `/events/manage/${id}/edit`, editing: true };
  const form = await readForm(c, eventForm);
  if (!form.ok) return renderEventForm(c, { values: form.values, errors: form.errors }, options, 400);
  const result = await updateEvent(c.var.deps.db, id, form.data);
  if (result.ok) return c.redirect(`/events/manage/${id}?done=saved`, 303);
  if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
  if (result.reason === 'notEditable') return staffPage(c, { problem: c.var.t('events.refused.notEditable') }, 409);
  return renderEventForm(c, { values: form.values, errors: result.errors }, options, 400);
});

eventRoutes.post('/events/manage/:id/remind', allow('events.manage'), async (c) => {
  const id = idOf(c);
  if (!id) return renderErrorPage(c, 'notFound');
  const result = await sendReminder(c.var.deps.db, id);
  if (result.ok) return c.redirect(`/events/manage/${id}?done=reminded&count=${result.reminded}`, 303);
  if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
  return staffPage(c, { problem: c.var.t(`events.refused.reminder.${result.reason}`) }, 409);
});

eventRoutes.post('/events/manage/:id/cancel', allow('events.manage'), async (c) => {
  const event = await eventRowOf(c);
  if (!event) return renderErrorPage(c, 'notFound');
  const result = await cancelEvent(c.var.deps.db, event.id);
  if (!result.ok) return staffPage(c, { problem: c.var.t('events.refused.notCancellable') }, 409);
  return c.redirect(`/events/manage/${event.id}?done=cancelled`, 303);
});

eventRoutes.post('/events/manage/:id/attendance', allow('events.manage'), async (c) => {
  const event = await eventRowOf(c);
  if (!event) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, attendanceForm);
  if (!form.ok) return staffPage(c, { problem: c.var.t('events.refused.attendance') }, 400);
  const marked = await markAttendance(c.var.deps.db, event.id, form.data.rsvpId, form.data.attended === 'yes');
  if (!marked) return staffPage(c, { problem: c.var.t('events.refused.attendance') }, 409);
  return c.redirect(`/events/manage/${event.id}?done=marked`, 303);
});

eventRoutes.post('/events/manage/:id/report', allow('events.manage'), async (c) => {
  const event = await eventRowOf(c);
  if (!event) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, reportForm);
  if (!form.ok) return staffPage(c, { report: { values: form.values, errors: form.errors } }, 400);
  const written = await writeReport(c.var.deps.db, event.id, form.data.report, c.var.user!.id);
  if (!written) return staffPage(c, { problem: c.var.t('events.refused.report') }, 409);
  return c.redirect(`/events/manage/${event.id}?done=reported`, 303);
});

eventRoutes.get('/events', allow('events.attend'), async (c) => {
  const now = new Date();
  return renderEventList(c, { ...(await listEvents(c.var.deps.db, c.var.user!.id, now, { pastOnlyMine: true })), now });
});

async function personPage(c: AppContext, extra: { notice?: string | undefined; problem?: string; confirmWithdraw?: boolean } = {}, status: 200 | 400 | 409 = 200) {
  const id = idOf(c);
  const event = id ? await loadEvent(c.var.deps.db, id, c.var.user!.id) : undefined;
  if (!event) return renderErrorPage(c, 'notFound');
  return renderEventPage(c, event, { now: new Date(), staff: can(c.var.user, 'events.manage'), ...extra }, status);
}

eventRoutes.get('/events/:id', allow('events.attend'), (c) => personPage(c, { notice: eventNotice(c) }));

eventRoutes.post('/events/:id/answer', allow('events.attend'), async (c) => {
  const id = idOf(c);
  if (!id) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, answerForm);
  if (!form.ok) return personPage(c, { problem: c.var.t('events.error.mode') }, 400);
  const result = await answerEvent(c.var.deps.db, c.var.user!.id, id, form.data.mode);
  if (result.ok) return c.redirect(`/events/${id}?done=${result.status === 'going' ? 'going' : 'waitlisted'}`, 303);
  if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
  return personPage(c, { problem: c.var.t(`events.refused.${result.reason}`) }, 409);
});

/** Giving up a place cannot be undone (someone waiting may get it at once), so it is asked once more. */
eventRoutes.get('/events/:id/withdraw', allow('events.attend'), (c) => personPage(c, { confirmWithdraw: true }));

eventRoutes.post('/events/:id/withdraw', allow('events.attend'), async (c) => {
  const id = idOf(c);
  if (!id) return renderErrorPage(c, 'notFound');
  const result = await cancelAnswer(c.var.deps.db, c.var.user!.id, id);
  if (result.ok) return c.redirect(`/events/${id}?done=withdrawn`, 303);
  if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
  return personPage(c, { problem: c.var.t(`events.refused.${result.reason}`) }, 409);
});
