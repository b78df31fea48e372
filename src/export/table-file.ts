import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { toCsv } from './to-csv';

/** XLSX; CSV in UTF-8 with a BOM (Excel today); CSV in Shift_JIS (CP932) for older Excel and accounting software. */
export const tableFileFormats = ['xlsx', 'csv', 'csv-sjis'] as const;
export type TableFileFormat = (typeof tableFileFormats)[number];

export type TableCell = string | number | null | undefined;

/** One sheet of a download: column headings, then rows (numbers stay numbers in XLSX). */
export type Table = { sheetName: string; columns: readonly string[]; rows: readonly (readonly TableCell[])[] };

export type TableFile = { bytes: Uint8Array<ArrayBuffer>; contentType: string; extension: string };

export function isTableFileFormat(text: string | undefined): text is TableFileFormat {
  return (tableFileFormats as readonly string[]).includes(text ?? '');
}

/** The table as a file in the format asked for. Shift_JIS cannot hold every character: those become "?". */
export async function renderTableFile(table: Table, format: TableFileFormat): Promise<TableFile> {
  if (format === 'xlsx') return { bytes: await toXlsx(table), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
  const csv = toCsv([table.columns, ...table.rows]);
  if (format === 'csv') return { bytes: new TextEncoder().encode(csv), contentType: 'text/csv; charset=utf-8', extension: 'csv' };
  // CP932 (Windows-31J) is the Shift_JIS Excel writes: it also has ①, ㈱, NEC and IBM extensions. No BOM in Shift_JIS.
  return { bytes: new Uint8Array(iconv.encode(csv.replace(/^\uFEFF/, ''), 'cp932')), contentType: 'text/csv; charset=Shift_JIS', extension: 'csv' };
}

async function toXlsx(table: Table): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  // Excel limits sheet names to 31 characters and forbids some.
  const sheet = workbook.addWorksheet(table.sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
  sheet.addRow([...table.columns]).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  table.columns.forEach((column, index) => {
    const widest = Math.max(column.length * 2, ...table.rows.slice(0, 200).map((row) => String(row[index] ?? '').length * 2));
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(8, widest));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
