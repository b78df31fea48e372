import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { isAtCentre } from '../../auth/at-centre';
import { allow } from '../../auth/middleware';
import { readUploads } from '../../files/read-uploads';
import { renderErrorPage } from '../../ui/error-pages';
import { formatDateTime } from '../../ui/format';
import { readForm, withoutPrefix, type FieldErrors } from '../../ui/form';
import type { MessageKey } from '../../ui/i18n';
import { todayInJapan } from '../availability/calendar';
import { acceptOffer } from './accept-offer';
import { claimTask } from './claim-task';
import { declareAbsence } from './declare-absence';
import { declineOffer } from './decline-offer';
import { editWorkLogEntry } from './edit-work-log-entry';
import type { WorkerSeat } from './eligibility';
import { findWorkLogTask } from './find-work-log-task';
import { findWorkerTask, type WorkerTask } from './find-worker-task';
import { giveBackTask } from './give-back-task';
import { handInTask } from './hand-in-task';
import { listAbsencePreview } from './list-absence-preview';
import { listWorkerTasks } from './list-worker-tasks';
import { logWork } from './log-work';
import { monthParam, shiftMonth } from './month';
import { renderAbsenceDone, renderAbsencePage, renderMonthPage, renderTaskList, renderTaskPage, type TaskPageForms } from './pages';
import { releaseExpiredHolds } from './release-expired-holds';
import { startTimer } from './start-timer';
import { stopTimer } from './stop-timer';
import { summarizeMonth } from './summarize-month';
import { giveBackForm, handInForm, workLogForm } from './validation';

export const taskRoutes = new Hono<AppEnv>();

const seatOf = (c: AppContext): WorkerSeat => ({ workerId: c.var.user!.id, atCentre: isAtCentre(c) });

/** The task named by :taskId as this worker may see it, or null (unknown, malformed, or not theirs to open). */
async function loadTask(c: AppContext): Promise<WorkerTask | null> {
  const id = z.uuid().safeParse(c.req.param('taskId'));
  return id.success ? findWorkerTask(c.var.deps.db, seatOf(c), id.data) : null;
}

const notices = {
  taken: 'tasks.done.taken',
  givenBack: 'tasks.done.givenBack',
  handedIn: 'tasks.done.handedIn',
  accepted: 'tasks.done.accepted',
  offerAccepted: 'tasks.done.offerAccepted',
  offerDeclined: 'tasks.done.offerDeclined',
  timerStarted: 'tasks.done.timerStarted',
  timerStopped: 'tasks.done.timerStopped',
  logged: 'tasks.done.logged',
  edited: 'tasks.done.edited',
} as const satisfies Record<string, MessageKey>;

/** The notice for `?done=…` after a redirect; the reservation's end for a task just taken. */
function noticeFor(c: AppContext, task?: WorkerTask): string | undefined {
  const done = c.req.query('done');
  if (!done || !Object.hasOwn(notices, done)) return undefined;
  const date = task?.hold ? formatDateTime(task.hold.expiresAt, c.var.locale) : '';
  return c.var.t(notices[done as keyof typeof notices], { date });
}

function showTask(c: AppContext, task: WorkerTask, options: { forms?: TaskPageForms; problem?: MessageKey; status?: 200 | 400 | 409 } = {}) {
  const problem = options.problem ? c.var.t(options.problem) : undefined;
  return renderTaskPage(c, { task, today: todayInJapan(), forms: options.forms, notice: noticeFor(c, task), problem }, options.status ?? 200);
}

taskRoutes.get('/tasks', allow('tasks.work'), async (c) => {
  const lists = await listWorkerTasks(c.var.deps.db, seatOf(c));
  return renderTaskList(c, lists, noticeFor(c));
});

taskRoutes.get('/tasks/:taskId', allow('tasks.work'), async (c) => {
  const task = await loadTask(c);
  if (!task) return renderErrorPage(c, 'notFound');
  return showTask(c, task);
});

const claimProblems = { taken: 'tasks.problem.taken', missingSkills: 'tasks.problem.missingSkills', waiting: 'tasks.problem.waiting' } as const;

taskRoutes.post('/tasks/:taskId/take', allow('tasks.work'), async (c) => {
  const task = await loadTask(c);
  if (!task) return renderErrorPage(c, 'notFound');
  const result = await claimTask(c.var.deps.db, seatOf(c), task.id);
  if (result.ok) return c.redirect(`/tasks/${task.id}?done=taken`, 303);
  if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
  const current = (await loadTask(c)) ?? task;
  return showTask(c, current, { problem: claimProblems[result.reason], status: 409 });
});

taskRoutes.post('/tasks/:taskId/give-back', allow('tasks.work'), async (c) => {
  const task = await loadTask(c);
  if (!task?.hold) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('giveBack-', giveBackForm));
  if (!form.ok) return showTask(c, task, { forms: { giveBack: { errors: form.errors, values: form.values } }, status: 400 });
  if (!(await giveBackTask(c.var.deps.db, c.var.user!.id, task.id, form.data.note))) return showTask(c, task, { problem: 'tasks.problem.notHeld', status: 409 });
  return c.redirect('/tasks?done=givenBack', 303);
});

taskRoutes.post('/tasks/:taskId/hand-in', allow('tasks.work'), async (c) => {
  const task = await loadTask(c);
  if (!task?.hold) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('handIn-', handInForm));
  const upload = await readUploads(c, 'handIn-files');
  if (!form.ok || !upload.ok) {
    const errors: FieldErrors = { ...(form.ok ? {} : form.errors), ...(upload.ok ? {} : { files: upload.error }) };
    return showTask(c, task, { forms: { handIn: { errors, values: form.values } }, status: 400 });
  }
  const { deps } = c.var;
  const result = await handInTask(deps.db, deps.config.dataDir, c.var.user!.id, task.id, { ...form.data, files: upload.files });
  if (!result.ok) return showTask(c, task, { problem: 'tasks.problem.notHeld', status: 409 });
  return c.redirect(`/tasks?done=${result.needsReview ? 'handedIn' : 'accepted'}`, 303);
});

taskRoutes.post('/tasks/:taskId/offer/accept', allow('tasks.work'), async (c) => {
  const task = await loadTask(c);
  if (!task) return renderErrorPage(c, 'notFound');
  if (!(await acceptOffer(c.var.deps.db, seatOf(c), task.id))) return showTask(c, task, { problem: 'tasks.problem.offerGone', status: 409 });
  return c.redirect(`/tasks/${task.id}?done=offerAccepted`, 303);
});

taskRoutes.post('/tasks/:taskId/offer/decline', allow('tasks.work'), async (c) => {
  const task = await loadTask(c);
  if (!task) return renderErrorPage(c, 'notFound');
  if (!(await declineOffer(c.var.deps.db, c.var.user!.id, task.id))) return showTask(c, task, { problem: 'tasks.problem.offerGone', status: 409 });
  return c.redirect('/tasks?done=offerDeclined', 303);
});

taskRoutes.post('/tasks/:taskId/timer/start', allow('tasks.work'), async (c) => {
  const task = await loadTask(c);
  if (!task?.hold) return renderErrorPage(c, 'notFound');
  if (!(await startTimer(c.var.deps.db, c.var.user!.id, task.id))) return showTask(c, task, { problem: 'tasks.problem.notHeld', status: 409 });
  return c.redirect(`/tasks/${task.id}?done=timerStarted#timer-title`, 303);
});

taskRoutes.post('/tasks/:taskId/timer/stop', allow('tasks.work'), async (c) => {
  const task = await loadTask(c);
  if (!task) return renderErrorPage(c, 'notFound');
  await stopTimer(c.var.deps.db, c.var.user!.id, task.id);
  return c.redirect(`/tasks/${task.id}?done=timerStopped#log-title`, 303);
});

taskRoutes.post('/tasks/:taskId/log', allow('tasks.work'), async (c) => {
  const task = await loadTask(c);
  if (!task?.everHeld) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('log-', workLogForm(todayInJapan())));
  if (!form.ok) return showTask(c, task, { forms: { log: { errors: form.errors, values: form.values } }, status: 400 });
  await logWork(c.var.deps.db, c.var.user!.id, task.id, form.data);
  return c.redirect(`/tasks/${task.id}?done=logged#log-title`, 303);
});

taskRoutes.post('/work-log/:entryId', allow('tasks.work'), async (c) => {
  const entryId = z.uuid().safeParse(c.req.param('entryId'));
  if (!entryId.success) return renderErrorPage(c, 'notFound');
  const db = c.var.deps.db;
  const prefix = `entry-${entryId.data}-`;
  const form = await readForm(c, withoutPrefix(prefix, workLogForm(todayInJapan())));
  if (!form.ok) {
    // Shown again on the page of the entry's task, if it is the worker's and they may open it.
    const taskId = await findWorkLogTask(db, c.var.user!.id, entryId.data);
    const task = taskId ? await findWorkerTask(db, seatOf(c), taskId) : null;
    if (!task) return renderErrorPage(c, 'notFound');
    return showTask(c, task, { forms: { edit: { entryId: entryId.data, state: { errors: form.errors, values: form.values } } }, status: 400 });
  }
  const taskId = await editWorkLogEntry(db, c.var.user!.id, entryId.data, form.data);
  if (!taskId) return renderErrorPage(c, 'notFound');
  return c.redirect(`/tasks/${taskId}?done=edited#log-title`, 303);
});

taskRoutes.get('/me/work', allow('tasks.work'), async (c) => {
  const current = todayInJapan().slice(0, 7);
  const month = monthParam(c.req.query('month'), todayInJapan());
  const summary = await summarizeMonth(c.var.deps.db, c.var.user!.id, month);
  const months = Array.from({ length: 12 }, (_, index) => shiftMonth(current, -index));
  if (!months.includes(month)) months.push(month);
  const next = shiftMonth(month, 1);
  return renderMonthPage(c, { summary, months, previous: shiftMonth(month, -1), next: next <= current ? next : null });
});

taskRoutes.get('/me/absence', allow('tasks.work'), async (c) => {
  const db = c.var.deps.db;
  await releaseExpiredHolds(db, new Date());
  return renderAbsencePage(c, await listAbsencePreview(db, c.var.user!.id));
});

taskRoutes.post('/me/absence', allow('tasks.work'), async (c) => {
  const db = c.var.deps.db;
  await releaseExpiredHolds(db, new Date());
  return renderAbsenceDone(c, await declareAbsence(db, c.var.user!));
});
