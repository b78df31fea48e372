import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { recordAudit } from '../../audit/record-audit';
import { downloadResponse } from '../../export/download-response';
import { renderTableFile, tableFileFormats } from '../../export/table-file';
import { bankDayOnOrAfter } from '../../money/pay-due-date';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm, readQuery, withoutPrefix } from '../../ui/form';
import { todayInJapan } from '../availability/calendar';
import { cancelTransferBatch } from './cancel-transfer-batch';
import { confirmTransferBatch } from './confirm-transfer-batch';
import { createTransferBatch } from './create-transfer-batch';
import { exportYearEnd } from './export-year-end';
import { findTransferBatch, type TransferBatch } from './find-transfer-batch';
import { gatherTransfers, listTransferCandidates } from './gather-transfers';
import { listTransferBatches } from './list-transfer-batches';
import { renderTransferBatchPage, renderTransferPreview, renderTransfersPage, renderYearEndPage } from './pages';
import { summarizeYearEnd } from './summarize-year-end';
import { transferBatchTable } from './transfer-batch-table';
import { cancelForm, confirmForm, transferDateForm, yearEndQuery } from './validation';
import { yearEndTable } from './year-end-table';

export const transferRoutes = new Hono<AppEnv>();

const uuid = z.uuid();

/** The batch named by the path's :id, or undefined for an unknown or malformed id. */
async function loadBatch(c: AppContext): Promise<TransferBatch | undefined> {
  const id = uuid.safeParse(c.req.param('id'));
  return id.success ? findTransferBatch(c.var.deps.db, id.data) : undefined;
}

/** A download that carries the workers' accounts: each worker in it is audited. */
async function auditBatchDownload(c: AppContext, batch: TransferBatch, format: string) {
  for (const workerId of new Set(batch.statements.map((statement) => statement.workerId))) {
    await recordAudit(c.var.deps.db, { actorId: c.var.user!.id, action: 'transfer.file.download', subjectUserId: workerId, detail: { batchId: batch.id, format } });
  }
}

transferRoutes.get('/transfers', allow('pay.manage'), async (c) => {
  const db = c.var.deps.db;
  const [batches, waiting] = await Promise.all([listTransferBatches(db), listTransferCandidates(db)]);
  // Suggest the earliest pay date still waiting (the list is in that order), or the next bank day when it has passed.
  const today = todayInJapan();
  const earliest = waiting[0]?.scheduledOn;
  return renderTransfersPage(c, { batches, waiting, defaultDate: bankDayOnOrAfter(earliest && earliest > today ? earliest : today) });
});

transferRoutes.get('/transfers/new', allow('pay.manage'), async (c) => {
  const today = todayInJapan();
  if (c.req.query('transferOn') === undefined) return c.redirect(`/transfers/new?transferOn=${bankDayOnOrAfter(today)}`, 303);
  const form = readQuery(c, transferDateForm(today));
  if (!form.ok) return renderTransferPreview(c, { transferOn: form.values.transferOn ?? '', state: { errors: form.errors, values: form.values } }, 400);
  const gathered = await gatherTransfers(c.var.deps.db, c.var.deps.encryptionKey, c.var.user!.id, form.data.transferOn, 'check');
  return renderTransferPreview(c, { transferOn: form.data.transferOn, gathered });
});

transferRoutes.post('/transfers', allow('pay.manage'), async (c) => {
  const form = await readForm(c, transferDateForm(todayInJapan()));
  const typed = form.values.transferOn ?? '';
  if (!form.ok) return renderTransferPreview(c, { transferOn: typed, state: { errors: form.errors, values: form.values } }, 400);
  const result = await createTransferBatch(c.var.deps.db, c.var.deps.encryptionKey, c.var.user!.id, form.data.transferOn);
  if (result.ok) return c.redirect(`/transfers/${result.batchId}?done=created`, 303);
  const problem = ({ settings: 'transfers.error.settings', nothing: 'transfers.error.nothing', conflict: 'transfers.error.conflict' } as const)[result.reason];
  // After a conflict, show what is left now that the other batch has its statements.
  const gathered = result.reason === 'conflict' ? await gatherTransfers(c.var.deps.db, c.var.deps.encryptionKey, c.var.user!.id, form.data.transferOn, 'check') : result.gathered;
  return renderTransferPreview(c, { transferOn: form.data.transferOn, gathered, problem }, 409);
});

transferRoutes.get('/transfers/:id', allow('pay.manage'), async (c) => {
  const batch = await loadBatch(c);
  if (!batch) return renderErrorPage(c, 'notFound');
  const done = c.req.query('done');
  const notice =
    done === 'created'
      ? c.var.t('transfers.created')
      : done === 'confirmed'
        ? c.var.t('transfers.confirmedNotice', { count: batch.statements.length })
        : done === 'cancelled'
          ? c.var.t('transfers.cancelledNotice', { count: batch.statements.length })
          : undefined;
  return renderTransferBatchPage(c, { batch, notice });
});

transferRoutes.get('/transfers/:id/zengin', allow('pay.manage'), async (c) => {
  const batch = await loadBatch(c);
  if (!batch) return renderErrorPage(c, 'notFound');
  await auditBatchDownload(c, batch, 'zengin');
  const bytes = new Uint8Array(Buffer.from(batch.zenginFile, 'base64'));
  return downloadResponse(c, bytes, 'text/plain; charset=Shift_JIS', `${c.var.t('transfers.fileName.zengin', { number: batch.number, date: batch.transferOn })}.txt`, `transfer-${batch.number}-${batch.transferOn}.txt`);
});

transferRoutes.get('/transfers/:id/list', allow('pay.manage'), async (c) => {
  const batch = await loadBatch(c);
  if (!batch) return renderErrorPage(c, 'notFound');
  const format = z.enum(tableFileFormats).catch('xlsx').parse(c.req.query('format'));
  await auditBatchDownload(c, batch, format);
  const file = await renderTableFile(transferBatchTable(c.var.t, batch), format);
  return downloadResponse(c, file.bytes, file.contentType, `${c.var.t('transfers.fileName.list', { number: batch.number, date: batch.transferOn })}.${file.extension}`, `transfer-${batch.number}-${batch.transferOn}.${file.extension}`);
});

transferRoutes.post('/transfers/:id/confirm', allow('pay.manage'), async (c) => {
  const batch = await loadBatch(c);
  if (!batch) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, confirmForm(todayInJapan()));
  if (!form.ok) return renderTransferBatchPage(c, { batch, confirm: { errors: form.errors, values: form.values } }, 400);
  const result = await confirmTransferBatch(c.var.deps.db, c.var.user!.id, batch.id, form.data.paidOn);
  if (result.ok) return c.redirect(`/transfers/${batch.id}?done=confirmed`, 303);
  return showEndedBatch(c, batch, result.reason);
});

transferRoutes.post('/transfers/:id/cancel', allow('pay.manage'), async (c) => {
  const batch = await loadBatch(c);
  if (!batch) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('cancel-', cancelForm));
  if (!form.ok) return renderTransferBatchPage(c, { batch, cancel: { errors: form.errors, values: form.values } }, 400);
  const result = await cancelTransferBatch(c.var.deps.db, c.var.user!.id, batch.id, form.data.reason, new Date());
  if (result.ok) return c.redirect(`/transfers/${batch.id}?done=cancelled`, 303);
  return showEndedBatch(c, batch, result.reason);
});

/** Someone confirmed or cancelled the batch first: say so, with the batch as it is now. */
async function showEndedBatch(c: AppContext, batch: TransferBatch, reason: 'notFound' | 'confirmed' | 'cancelled') {
  if (reason === 'notFound') return renderErrorPage(c, 'notFound');
  const problem = c.var.t(reason === 'confirmed' ? 'transfers.error.confirmedBefore' : 'transfers.error.cancelledBefore');
  return renderTransferBatchPage(c, { batch: (await findTransferBatch(c.var.deps.db, batch.id)) ?? batch, problem }, 409);
}

transferRoutes.get('/year-end', allow('pay.manage'), async (c) => {
  const { year } = yearEndQuery(todayInJapan()).parse(c.req.query());
  return renderYearEndPage(c, { year, rows: await summarizeYearEnd(c.var.deps.db, year) });
});

transferRoutes.get('/year-end/download', allow('pay.manage'), async (c) => {
  const { year, format } = yearEndQuery(todayInJapan()).parse(c.req.query());
  const rows = await exportYearEnd(c.var.deps.db, c.var.user!.id, year);
  const file = await renderTableFile(yearEndTable(c.var.t, year, rows), format);
  return downloadResponse(c, file.bytes, file.contentType, `${c.var.t('exports.fileName.yearEnd', { period: year })}.${file.extension}`, `year-end-${year}.${file.extension}`);
});
