import { z } from 'zod';
import { tableFileFormats } from '../../export/table-file';
import { optionalDate } from '../../ui/form';
import { teleworkTypes } from './count-telework-types';
import { fiscalYearPeriod, type ReportPeriod } from './fiscal-year';

/** A longer custom period makes a report nobody asked for and a slow query. */
export const longestPeriodYears = 5;

const emptyIfMissing = <Schema extends z.ZodType>(schema: Schema) => z.preprocess((value) => value ?? '', schema);

/**
 * The report's period from the GET form: custom dates when either is typed (both then needed,
 * from ≤ to, at most five years), else the chosen fiscal year, else the current one.
 */
export const reportQuery = (currentYear: number) =>
  z
    .object({
      year: z.coerce.number().int().min(2000).max(currentYear + 1).catch(currentYear),
      from: emptyIfMissing(optionalDate('reports.error.date')),
      to: emptyIfMissing(optionalDate('reports.error.date')),
      format: z.enum(tableFileFormats).catch('xlsx'),
    })
    .superRefine((query, context) => {
      if (query.from === null && query.to === null) return;
      if (query.from === null || query.to === null) {
        context.addIssue({ code: 'custom', path: [query.from === null ? 'from' : 'to'], message: 'error.required' });
        return;
      }
      if (query.from > query.to) context.addIssue({ code: 'custom', path: ['to'], message: 'reports.error.order' });
      else if (query.to >= `${Number(query.from.slice(0, 4)) + longestPeriodYears}${query.from.slice(4)}`) {
        context.addIssue({ code: 'custom', path: ['to'], message: 'reports.error.tooLong' });
      }
    })
    .transform((query) => ({
      year: query.year,
      custom: query.from !== null,
      format: query.format,
      period: (query.from !== null && query.to !== null ? { from: query.from, to: query.to } : fiscalYearPeriod(query.year)) satisfies ReportPeriod,
    }));

/**
 * The part of a figure a records link narrows to, and the page. A filter naming nothing that could
 * exist (not a UUID, an unknown type) is a link nobody made: the route answers 404.
 */
export const figureFilterQuery = z.object({
  type: z.enum(teleworkTypes).optional(),
  client: z.uuid().optional(),
  space: z.uuid().optional(),
  course: z.uuid().optional(),
  returned: z.literal('1').transform(() => true).optional(),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
