import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { downloadResponse } from '../../export/download-response';
import { renderTableFile, type Table } from '../../export/table-file';
import { readForm, readQuery } from '../../ui/form';
import { shiftMonth } from '../tasks/month';
import { todayInJapan } from '../availability/calendar';
import { exportYearEnd } from '../transfers/export-year-end';
import { yearEndTable } from '../transfers/year-end-table';
import { renderExportsPage } from './exports-page';
import { invoicePaymentsTable } from './invoice-payments-table';
import { invoicesTable } from './invoices-table';
import { loadMoneySettings } from './load-money-settings';
import { moneySettingsValues, renderMoneySettingsPage } from './pages';
import { payLinesTable } from './pay-lines-table';
import { payStatementsTable } from './pay-statements-table';
import { saveMoneySettings } from './save-money-settings';
import { exportForm, moneySettingsForm, type ExportRequest } from './validation';

export const moneySettingsRoutes = new Hono<AppEnv>();

moneySettingsRoutes.get('/settings/money', allow('money.settings'), async (c) => {
  const saved = await loadMoneySettings(c.var.deps.db);
  const notice = c.req.query('done') === 'saved' ? c.var.t('moneySettings.saved') : undefined;
  return renderMoneySettingsPage(c, { saved, ...moneySettingsValues(saved), notice });
});

moneySettingsRoutes.post('/settings/money', allow('money.settings'), async (c) => {
  const form = await readForm(c, moneySettingsForm);
  if (!form.ok) {
    const saved = await loadMoneySettings(c.var.deps.db);
    return renderMoneySettingsPage(c, { saved, values: form.values, categories: form.lists.withholdingCategories ?? [], errors: form.errors }, 400);
  }
  await saveMoneySettings(c.var.deps.db, c.var.user!.id, form.data);
  return c.redirect('/settings/money?done=saved', 303);
});

moneySettingsRoutes.get('/exports', allow('money.settings'), (c) => {
  const today = todayInJapan();
  // Accountants usually want the month just closed.
  return renderExportsPage(c, { values: { month: shiftMonth(today.slice(0, 7), -1), year: today.slice(0, 4) } });
});

/** The table a request asks for; the year's data carries addresses, so it is audited per worker. */
async function exportTable(c: AppContext, request: ExportRequest): Promise<Table> {
  const { db } = c.var.deps;
  const { t } = c.var;
  if (request.dataset === 'yearEnd') return yearEndTable(t, request.year, await exportYearEnd(db, c.var.user!.id, request.year));
  const tables = { payStatements: payStatementsTable, payLines: payLinesTable, invoices: invoicesTable, invoicePayments: invoicePaymentsTable };
  return tables[request.dataset](db, t, request.month);
}

moneySettingsRoutes.get('/exports/download', allow('money.settings'), async (c) => {
  const form = readQuery(c, exportForm);
  if (!form.ok) return renderExportsPage(c, { errors: form.errors, values: form.values }, 400);
  const file = await renderTableFile(await exportTable(c, form.data), form.data.format);
  const period = form.data.dataset === 'yearEnd' ? String(form.data.year) : form.data.month;
  const name = `${c.var.t(`exports.fileName.${form.data.dataset}`, { period })}.${file.extension}`;
  return downloadResponse(c, file.bytes, file.contentType, name, `${form.data.dataset}-${period}.${file.extension}`);
});
