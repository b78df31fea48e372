import type { MessageKey } from '../../ui/i18n';
import { parseTypedDate, type BusinessDate } from '../availability/calendar';

/** One task as a CSV row gives it; pay rate and deadline fall back to the package's when left empty. */
export type CsvTask = { title: string; units: number; estimateMinutes: number; payRateYen: number | null; deadline: BusinessDate | null };

/** A problem in one row (1 = the file's first row, the header included), and with the whole list when row is 0. */
export type CsvProblem = { row: number; message: MessageKey };

export type CsvResult = { ok: true; tasks: CsvTask[] } | { ok: false; problems: CsvProblem[] };

/** The most tasks one list may create, the same limit as one split by count. */
export const maxTasksPerSplit = 2000;

// Header names people write, in either language; a first row whose cells name columns is skipped.
const headerNames = new Set([
  '作業名',
  '作業',
  'タイトル',
  '名前',
  '件名',
  '件数',
  '数量',
  '単位数',
  '量',
  '見込み時間',
  '見込時間',
  '目安時間',
  '見込み（分）',
  '見込み(分)',
  '時間（分）',
  '時間(分)',
  '分',
  '単価',
  '報酬',
  '締切',
  '締め切り',
  '期限',
  '納期',
  'title',
  'name',
  'task',
  'units',
  'unit',
  'count',
  'quantity',
  'minutes',
  'estimate',
  'estimate minutes',
  'estimated minutes',
  'rate',
  'pay',
  'pay rate',
  'deadline',
  'due',
]);

/** Reads bytes as UTF-8 (with or without BOM), or as Shift_JIS when they are not UTF-8 (Excel's usual CSV). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}

/** Splits CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes doubled, line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A first row whose units cell is not a number and which names a column is a header. */
const isHeader = (cells: string[]) => wholeNumber(cells[1] ?? '') === null && cells.some((cell) => headerNames.has(cell.toLowerCase()));

/** A whole number as typed: full-width digits and thousands separators allowed. */
function wholeNumber(text: string): number | null {
  const plain = text.replace(/[,、]/g, '');
  return /^\d{1,9}$/.test(plain) ? Number(plain) : null;
}

/**
 * Reads a task list: title, units, estimate minutes, then optionally pay rate (yen) and
 * deadline. Nothing is accepted unless every row is; each problem names its row.
 */
export function parseTaskCsv(input: Uint8Array | string): CsvResult {
  const text = (typeof input === 'string' ? input : decodeCsv(input)).replace(/^\uFEFF/, '');
  const rows = csvRows(text).map((cells) => cells.map((cell) => cell.normalize('NFKC').trim()));
  const problems: CsvProblem[] = [];
  const tasks: CsvTask[] = [];
  for (const [index, cells] of rows.entries()) {
    const row = index + 1;
    if (cells.every((cell) => cell === '')) continue;
    if (index === 0 && isHeader(cells)) continue;
    const [title = '', unitsText = '', minutesText = '', rateText = '', deadlineText = ''] = cells;
    const problem = (message: MessageKey) => problems.push({ row, message });
    const units = wholeNumber(unitsText);
    const minutes = wholeNumber(minutesText);
    const rate = rateText === '' ? null : wholeNumber(rateText);
    const deadline = deadlineText === '' ? null : (parseTypedDate(deadlineText) ?? null);
    if (title === '') problem('breakdown.csv.titleMissing');
    else if (title.length > 200) problem('breakdown.csv.titleTooLong');
    if (units === null || units < 1 || units > 1_000_000) problem('breakdown.csv.units');
    if (minutes === null || minutes < 1 || minutes > 1440) problem('breakdown.csv.minutes');
    if (rateText !== '' && (rate === null || rate > 10_000_000)) problem('breakdown.csv.rate');
    if (deadlineText !== '' && deadline === null) problem('breakdown.csv.deadline');
    tasks.push({ title, units: units ?? 0, estimateMinutes: minutes ?? 0, payRateYen: rate, deadline });
  }
  if (problems.length === 0 && tasks.length === 0) problems.push({ row: 0, message: 'breakdown.csv.empty' });
  if (tasks.length > maxTasksPerSplit) problems.push({ row: 0, message: 'breakdown.csv.tooMany' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, tasks };
}
