import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { toCsv } from './to-csv';

/** XLSX; CSV in UTF-8 with a BOM (Excel today); CSV in Shift_JIS (CP932) for older Excel and accounting software. */
export const tableFileFormats = ['xlsx', 'csv', 'csv-sjis'] as const;
export type TableFileFormat = (typeof tableFileFormats)[number];

export type TableCell = string | number | null | undefined;

/** One sheet of a download: column headings, then rows (numbers stay numbers in XLSX). Several tables in CSV are titled by sheetName. */
export type Table = { sheetName: string; columns: readonly string[]; rows: readonly (readonly TableCell[])[] };

export type TableFile = { bytes: Uint8Array<ArrayBuffer>; contentType: string; extension: string };

export function isTableFileFormat(text: string | undefined): text is TableFileFormat {
  return (tableFileFormats as readonly string[]).includes(text ?? '');
}

/** The table as a file in the format asked for. Shift_JIS cannot hold every character: those become "?". */
export async function renderTableFile(table: Table, format: TableFileFormat): Promise<TableFile> {
  return format === 'xlsx' ? xlsxFile([table]) : csvFile([table.columns, ...table.rows], format);
}

/**
 * Several tables in one file: in XLSX one sheet each; CSV has no sheets, so each table comes
 * under a row with its name, and a blank row separates them. Give at least one table.
 */
export async function renderTablesFile(tables: readonly Table[], format: TableFileFormat): Promise<TableFile> {
  if (format === 'xlsx') return xlsxFile(tables);
  return csvFile(
    tables.flatMap((table, index) => [...(index > 0 ? [[]] : []), [table.sheetName], table.columns, ...table.rows]),
    format,
  );
}

function csvFile(rows: readonly (readonly TableCell[])[], format: 'csv' | 'csv-sjis'): TableFile {
  const csv = toCsv(rows);
  if (format === 'csv') return { bytes: new TextEncoder().encode(csv), contentType: 'text/csv; charset=utf-8', extension: 'csv' };
  // CP932 (Windows-31J) is the Shift_JIS Excel writes: it also has ①, ㈱, NEC and IBM extensions. No BOM in Shift_JIS.
  return { bytes: new Uint8Array(iconv.encode(csv.replace(/^\uFEFF/, ''), 'cp932')), contentType: 'text/csv; charset=Shift_JIS', extension: 'csv' };
}

async function xlsxFile(tables: readonly Table[]): Promise<TableFile> {
  const workbook = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const table of tables) addSheet(workbook, sheetName(table.sheetName, used), table);
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
}

/** Excel limits sheet names to 31 characters, forbids some, and wants them unique (ignoring case). */
function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
  let name = base;
  for (let number = 2; used.has(name.toLowerCase()); number++) name = `${base.slice(0, 31 - String(number).length - 3)} (${number})`;
  used.add(name.toLowerCase());
  return name;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: Table): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([...table.columns]).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  table.columns.forEach((column, index) => {
    const widest = Math.max(column.length * 2, ...table.rows.slice(0, 200).map((row) => String(row[index] ?? '').length * 2));
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(8, widest));
  });
}
