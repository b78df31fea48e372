import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { recordAudit } from '../../audit/record-audit';
import { allow } from '../../auth/middleware';
import { formatList } from '../../ui/format';
import { isMessageKey, translator, type MessageKey } from '../../ui/i18n';
import type { FieldErrors } from '../../ui/form';
import { addDays, clockTime } from '../availability/calendar';
import type { SkillCode, WorkLocation } from '../workers/vocabulary';
import type { LocalMoment } from './availability-window';
import { toCsv } from '../../export/to-csv';
import { renderDirectory } from './pages';
import { searchWorkers } from './search-workers';
import { directoryQuery, type DirectoryQuery } from './validation';

export const directoryRoutes = new Hono<AppEnv>();

const filterNames = ['q', 'status', 'skill', 'location', 'availableFrom', 'availableTo', 'page'] as const;

/** The query string's filters, validated; on failure the messages for each field. */
function readFilters(c: AppContext): { values: Record<string, string> } & ({ ok: true; query: DirectoryQuery } | { ok: false; errors: FieldErrors }) {
  const values: Record<string, string> = {};
  for (const name of filterNames) {
    const value = c.req.query(name);
    if (value !== undefined) values[name] = value;
  }
  const parsed = directoryQuery.safeParse(values);
  if (parsed.success) {
    // A datetime-local field only takes YYYY-MM-DDTHH:MM, so typed dates are written back that way.
    for (const name of ['availableFrom', 'availableTo'] as const) {
      const moment = parsed.data[name];
      if (moment) values[name] = datetimeLocal(moment);
    }
    return { ok: true, query: parsed.data, values };
  }
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'q');
    errors[field] ??= isMessageKey(issue.message) ? issue.message : 'error.invalid';
  }
  return { ok: false, errors, values };
}

function datetimeLocal(moment: LocalMoment): string {
  if (moment.minute === 24 * 60) return `${addDays(moment.date, 1)}T00:00`;
  return `${moment.date}T${clockTime(moment.minute).padStart(5, '0')}`;
}

directoryRoutes.get('/workers', allow('workers.manage'), async (c) => {
  const filters = readFilters(c);
  if (!filters.ok) return renderDirectory(c, { values: filters.values, errors: filters.errors }, 400);
  const { page, ...rest } = filters.query;
  const { rows, total } = await searchWorkers(c.var.deps.db, rest, page);
  return renderDirectory(c, { values: filters.values, errors: {}, result: { rows, total, page } });
});

const csvColumns: MessageKey[] = [
  'directory.csv.loginId',
  'directory.csv.familyName',
  'directory.csv.givenName',
  'directory.csv.familyNameKana',
  'directory.csv.givenNameKana',
  'directory.csv.status',
  'directory.csv.skills',
  'directory.csv.locations',
  'directory.csv.hoursPerWeek',
];

directoryRoutes.get('/workers.csv', allow('workers.manage'), async (c) => {
  const filters = readFilters(c);
  if (!filters.ok) return renderDirectory(c, { values: filters.values, errors: filters.errors }, 400);
  const { page: _, ...rest } = filters.query;
  const { rows } = await searchWorkers(c.var.deps.db, rest);
  // The file is for the town's office: headers and values in Japanese whatever the screen's language.
  const ja = translator('ja');
  const csv = toCsv([
    csvColumns.map((key) => ja(key)),
    ...rows.map((row) => [
      row.loginId,
      row.familyName,
      row.givenName,
      row.familyNameKana,
      row.givenNameKana,
      ja(`workerStatus.${row.status}`),
      formatList(row.skills.map((skill) => ja(`skill.${skill as SkillCode}`)), 'ja'),
      formatList(row.preferredLocations.map((code) => ja(`location.${code as WorkLocation}`)), 'ja'),
      row.hoursPerWeek,
    ]),
  ]);
  await recordAudit(c.var.deps.db, { actorId: c.var.user!.id, action: 'workers.directory.export', detail: { rows: rows.length, filters: Object.keys(filters.values) } });
  const fileName = `${ja('directory.csvFileName')}.csv`;
  return c.body(csv, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="workers.csv"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'cache-control': 'no-store',
  });
});
