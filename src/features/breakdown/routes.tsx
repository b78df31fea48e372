import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import type { Db } from '../../db/client';
import { maxFileBytes } from '../../files/limits';
import { readUploads } from '../../files/read-uploads';
import { fileRoutes } from '../../files/routes';
import { storeFiles } from '../../files/store-files';
import { renderErrorPage } from '../../ui/error-pages';
import { namesWithoutPrefix, namesWithPrefix, readForm, withoutPrefix, type FieldErrors, type FormResult } from '../../ui/form';
import type { MessageKey } from '../../ui/i18n';
import { cancelTask } from './cancel-task';
import { createTasksFromCsv } from './create-tasks-from-csv';
import { createWorkPackage } from './create-work-package';
import { findBreakdown, type Breakdown, type PackageSummary } from './find-breakdown';
import { findTaskOrderId } from './find-task-order-id';
import { listOfferCandidates } from './list-offer-candidates';
import { listOrderTasks } from './list-order-tasks';
import { offerTask } from './offer-task';
import { formPrefix, renderBreakdownPage, renderOrderTasksPage, type FailedForm } from './pages';
import { parseTaskCsv } from './parse-task-csv';
import { splitFollowUpPackage } from './split-follow-up-package';
import { splitPackageByCount, type SplitResult } from './split-package-by-count';
import { followUpSplitForm, offerForm, packageForm, splitForm, taskListFilter } from './validation';
import { withdrawOffer } from './withdraw-offer';

export const breakdownRoutes = new Hono<AppEnv>();

// Downloads are checked per file (src/files/may-download-file.ts); they are served with the breakdown's routes.
breakdownRoutes.route('/', fileRoutes);

/** The order named by :id with its breakdown, or null for an unknown or malformed id. */
async function loadBreakdown(c: AppContext): Promise<Breakdown | null> {
  const id = z.uuid().safeParse(c.req.param('id'));
  return id.success ? findBreakdown(c.var.deps.db, id.data) : null;
}

/** The order's package named by :packageId, with the order's breakdown. */
async function loadPackage(c: AppContext): Promise<{ breakdown: Breakdown; workPackage: PackageSummary } | null> {
  const breakdown = await loadBreakdown(c);
  const workPackage = breakdown?.packages.find((candidate) => candidate.id === c.req.param('packageId'));
  return breakdown && workPackage ? { breakdown, workPackage } : null;
}

/** A prefixed form's failure as the page shows it: errors under the full field names, values under the plain ones. */
function failedPrefixed(form: string, prefix: string, errors: FieldErrors, values: Record<string, string> = {}): FailedForm {
  return {
    form,
    errors: namesWithPrefix(errors, prefix),
    values: namesWithoutPrefix(values, prefix),
  };
}

const breakdownNotices = { package: 'breakdown.done.package', files: 'breakdown.done.files' } as const;

breakdownRoutes.get('/orders/:id/breakdown', allow('orders.manage'), async (c) => {
  const breakdown = await loadBreakdown(c);
  if (!breakdown) return renderErrorPage(c, 'notFound');
  const done = c.req.query('done');
  const count = Number(c.req.query('count'));
  const notice =
    done === 'tasks' && Number.isInteger(count)
      ? c.var.t('breakdown.done.tasks', { count })
      : done && Object.hasOwn(breakdownNotices, done)
        ? c.var.t(breakdownNotices[done as keyof typeof breakdownNotices])
        : undefined;
  return renderBreakdownPage(c, { breakdown, notice });
});

breakdownRoutes.post('/orders/:id/packages', allow('orders.manage'), async (c) => {
  const breakdown = await loadBreakdown(c);
  if (!breakdown) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, packageForm);
  const failed = (errors: FieldErrors) => renderBreakdownPage(c, { breakdown, failed: { form: 'package', errors, values: form.values, lists: form.lists } }, 400);
  if (!form.ok) return failed(form.errors);
  const result = await createWorkPackage(c.var.deps.db, breakdown.order.id, c.var.user!.id, form.data);
  if (!result.ok) return failed({ followsPackageId: 'error.invalid' });
  return c.redirect(`/orders/${breakdown.order.id}/breakdown?done=package#packages-title`, 303);
});

/** After tasks were made: back to the package, saying how many; or its form again with what went wrong. */
function afterSplit(c: AppContext, loaded: { breakdown: Breakdown; workPackage: PackageSummary }, result: SplitResult, failedForm: (errors: FieldErrors) => FailedForm, field: string) {
  const { breakdown, workPackage } = loaded;
  if (result.ok) return c.redirect(`/orders/${breakdown.order.id}/breakdown?done=tasks&count=${result.count}#package-${workPackage.position}-title`, 303);
  if (result.reason === 'notFound' || result.reason === 'followUp') return renderErrorPage(c, 'notFound');
  const key: MessageKey = result.reason === 'tooMany' ? 'breakdown.error.tooMany' : 'breakdown.error.nothingToFollow';
  return renderBreakdownPage(c, { breakdown, failed: failedForm({ [field]: key }) }, result.reason === 'tooMany' ? 400 : 409);
}

breakdownRoutes.post('/orders/:id/packages/:packageId/split', allow('orders.manage'), async (c) => {
  const loaded = await loadPackage(c);
  if (!loaded) return renderErrorPage(c, 'notFound');
  const { breakdown, workPackage } = loaded;
  const db = c.var.deps.db;
  const prefix = formPrefix('split', workPackage.position);
  const show = (form: FormResult<unknown>) => (errors: FieldErrors) => failedPrefixed(`split${workPackage.position}`, prefix, errors, form.values);
  if (workPackage.followsPackageId) {
    const form = await readForm(c, withoutPrefix(prefix, followUpSplitForm));
    if (!form.ok) return renderBreakdownPage(c, { breakdown, failed: show(form)(form.errors) }, 400);
    return afterSplit(c, loaded, await splitFollowUpPackage(db, breakdown.order.id, workPackage.id, form.data), show(form), 'estimateMinutes');
  }
  const form = await readForm(c, withoutPrefix(prefix, splitForm));
  if (!form.ok) return renderBreakdownPage(c, { breakdown, failed: show(form)(form.errors) }, 400);
  return afterSplit(c, loaded, await splitPackageByCount(db, breakdown.order.id, workPackage.id, form.data), show(form), 'unitsPerTask');
});

breakdownRoutes.post('/orders/:id/packages/:packageId/csv', allow('orders.manage'), async (c) => {
  const loaded = await loadPackage(c);
  if (!loaded) return renderErrorPage(c, 'notFound');
  const { breakdown, workPackage } = loaded;
  const { t } = c.var;
  const prefix = formPrefix('csv', workPackage.position);
  const body = await c.req.parseBody();
  const sent = body[`${prefix}file`];
  const file = sent instanceof File && sent.size > 0 ? sent : null;
  const text = typeof body[`${prefix}text`] === 'string' ? (body[`${prefix}text`] as string) : '';
  const failed = (errors: FieldErrors, rows?: string[]) =>
    renderBreakdownPage(c, { breakdown, failed: { ...failedPrefixed(`csv${workPackage.position}`, prefix, errors, { text }), rows } }, 400);
  if (file && file.size > maxFileBytes) return failed({ file: 'file.error.tooLarge' });
  const parsed = parseTaskCsv(file ? new Uint8Array(await file.arrayBuffer()) : text);
  if (!parsed.ok) {
    const rows = parsed.problems.filter((problem) => problem.row > 0);
    if (rows.length === 0) return failed({ text: parsed.problems[0]!.message });
    return failed(
      { text: 'breakdown.csv.problems' },
      parsed.problems.map((problem) => (problem.row > 0 ? t('breakdown.csv.rowProblem', { row: problem.row, problem: t(problem.message) }) : t(problem.message))),
    );
  }
  const result = await createTasksFromCsv(c.var.deps.db, breakdown.order.id, workPackage.id, parsed.tasks);
  return afterSplit(c, loaded, result, (errors) => failedPrefixed(`csv${workPackage.position}`, prefix, errors, { text }), 'text');
});

/** Stores instruction files for the order (or one of its packages), all or none; the form again with the problem otherwise. */
async function uploadInstructions(c: AppContext, breakdown: Breakdown, workPackage: PackageSummary | null) {
  const name = workPackage ? `${formPrefix('files', workPackage.position)}files` : 'orderFiles';
  const form = workPackage ? `files${workPackage.position}` : 'orderFiles';
  const uploads = await readUploads(c, name);
  if (!uploads.ok || uploads.files.length === 0) {
    const error: MessageKey = uploads.ok ? 'breakdown.files.none' : uploads.error;
    return renderBreakdownPage(c, { breakdown, failed: { form, errors: { [name]: error } } }, 400);
  }
  const { dataDir } = c.var.deps.config;
  await c.var.deps.db.transaction((tx) =>
    storeFiles(tx as unknown as Db, dataDir, c.var.user!.id, { orderId: breakdown.order.id, packageId: workPackage?.id ?? null, purpose: 'instructions' }, uploads.files),
  );
  const anchor = workPackage ? `package-${workPackage.position}-files` : 'order-files-title';
  return c.redirect(`/orders/${breakdown.order.id}/breakdown?done=files#${anchor}`, 303);
}

breakdownRoutes.post('/orders/:id/packages/:packageId/files', allow('orders.manage'), async (c) => {
  const loaded = await loadPackage(c);
  if (!loaded) return renderErrorPage(c, 'notFound');
  return uploadInstructions(c, loaded.breakdown, loaded.workPackage);
});

breakdownRoutes.post('/orders/:id/files', allow('orders.manage'), async (c) => {
  const breakdown = await loadBreakdown(c);
  if (!breakdown) return renderErrorPage(c, 'notFound');
  return uploadInstructions(c, breakdown, null);
});

const taskNotices = { offered: 'breakdown.done.offered', withdrawn: 'breakdown.done.withdrawn', cancelled: 'breakdown.done.cancelled' } as const;

/** "Who holds what" for an order, as asked (filters from the query string), with a notice or a problem. */
async function showOrderTasks(c: AppContext, breakdown: Breakdown, options: { problem?: MessageKey; status?: 200 | 400 | 409 } = {}) {
  const db = c.var.deps.db;
  const filter = taskListFilter.parse(c.req.query());
  const result = await listOrderTasks(db, breakdown.order.id, { status: filter.status || undefined, packageId: filter.package || undefined, page: filter.page });
  const done = c.req.query('done');
  return renderOrderTasksPage(
    c,
    {
      order: breakdown.order,
      packages: breakdown.packages,
      filter,
      result,
      candidates: await listOfferCandidates(db, breakdown.order.id),
      notice: done && Object.hasOwn(taskNotices, done) ? c.var.t(taskNotices[done as keyof typeof taskNotices]) : undefined,
      problem: options.problem ? c.var.t(options.problem) : undefined,
    },
    options.status,
  );
}

breakdownRoutes.get('/orders/:id/tasks', allow('orders.manage'), async (c) => {
  const breakdown = await loadBreakdown(c);
  if (!breakdown) return renderErrorPage(c, 'notFound');
  return showOrderTasks(c, breakdown);
});

/** The task named by :taskId and its order's breakdown, for the offer and cancel actions. */
async function loadTask(c: AppContext): Promise<{ taskId: string; breakdown: Breakdown } | null> {
  const taskId = z.uuid().safeParse(c.req.param('taskId'));
  const orderId = taskId.success ? await findTaskOrderId(c.var.deps.db, taskId.data) : null;
  const breakdown = orderId ? await findBreakdown(c.var.deps.db, orderId) : null;
  return breakdown && taskId.success ? { taskId: taskId.data, breakdown } : null;
}

const problems = {
  notOpen: 'breakdown.problem.notOpen',
  notEligible: 'breakdown.problem.notEligible',
  waiting: 'breakdown.problem.waiting',
  notOffered: 'breakdown.problem.notOffered',
} as const satisfies Record<string, MessageKey>;

/** Back to the order's list after an action on one task, or the list with why it could not be done. */
async function afterTaskAction(c: AppContext, loaded: { taskId: string; breakdown: Breakdown }, result: { ok: true } | { ok: false; reason: string }, done: keyof typeof taskNotices, problem?: MessageKey) {
  if (result.ok) return c.redirect(`/orders/${loaded.breakdown.order.id}/tasks?done=${done}#task-${loaded.taskId}`, 303);
  if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
  return showOrderTasks(c, loaded.breakdown, { problem: problem ?? problems[result.reason as keyof typeof problems], status: 409 });
}

breakdownRoutes.post('/tasks/:taskId/offer', allow('orders.manage'), async (c) => {
  const loaded = await loadTask(c);
  if (!loaded) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, offerForm);
  if (!form.ok) return showOrderTasks(c, loaded.breakdown, { problem: 'breakdown.error.chooseWorker', status: 400 });
  const result = await offerTask(c.var.deps.db, { taskId: loaded.taskId, workerId: form.data.workerId, offeredBy: c.var.user!.id });
  return afterTaskAction(c, loaded, result, 'offered');
});

breakdownRoutes.post('/tasks/:taskId/offer/withdraw', allow('orders.manage'), async (c) => {
  const loaded = await loadTask(c);
  if (!loaded) return renderErrorPage(c, 'notFound');
  return afterTaskAction(c, loaded, await withdrawOffer(c.var.deps.db, loaded.taskId), 'withdrawn');
});

breakdownRoutes.post('/tasks/:taskId/cancel', allow('orders.manage'), async (c) => {
  const loaded = await loadTask(c);
  if (!loaded) return renderErrorPage(c, 'notFound');
  return afterTaskAction(c, loaded, await cancelTask(c.var.deps.db, loaded.taskId), 'cancelled', 'breakdown.problem.cancelNotOpen');
});
