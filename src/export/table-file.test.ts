import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { renderTableFile, renderTablesFile, type Table } from './table-file';

const table: Table = { sheetName: '支払 2026/11', columns: ['氏名', 'ﾌﾘｶﾞﾅ', '支払額'], rows: [['山田 太郎', 'ﾔﾏﾀﾞ ﾀﾛｳ', 12345], ['=1+1', null, -500]] };

describe('renderTableFile', () => {
  it('writes CSV in UTF-8 with a BOM and CRLF, formulas defused', async () => {
    const file = await renderTableFile(table, 'csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text).toBe('\uFEFF氏名,ﾌﾘｶﾞﾅ,支払額\r\n山田 太郎,ﾔﾏﾀﾞ ﾀﾛｳ,12345\r\n\'=1+1,,-500\r\n');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
  });

  it('writes CSV in Shift_JIS (CP932) without a BOM, half-width kana as single bytes', async () => {
    const file = await renderTableFile(table, 'csv-sjis');
    expect([...file.bytes.subarray(0, 4)]).toEqual([0x8e, 0x81, 0x96, 0xbc]); // 氏名
    expect(iconv.decode(Buffer.from(file.bytes), 'cp932')).toBe('氏名,ﾌﾘｶﾞﾅ,支払額\r\n山田 太郎,ﾔﾏﾀﾞ ﾀﾛｳ,12345\r\n\'=1+1,,-500\r\n');
    expect(file.bytes).toContain(0xd4); // ﾔ is one byte in Shift_JIS
  });

  it('writes XLSX that keeps numbers as numbers', async () => {
    const file = await renderTableFile(table, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('支払 2026 11');
    expect(sheet.getRow(2).values).toEqual([undefined, '山田 太郎', 'ﾔﾏﾀﾞ ﾀﾛｳ', 12345]);
    expect(sheet.getCell('C3').value).toBe(-500);
  });
});

describe('renderTablesFile', () => {
  const hours: Table = { sheetName: '就労時間', columns: ['区分', '人数'], rows: [['20時間未満', 3], ['20時間以上', null]] };
  const revenue: Table = { sheetName: '取引先別売上', columns: ['取引先', '売上'], rows: [['株式会社みなと, 本社', 120000]] };

  it('writes XLSX with a sheet per table, in order, numbers as numbers', async () => {
    const file = await renderTablesFile([hours, revenue], 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['就労時間', '取引先別売上']);
    expect(workbook.worksheets[0]!.getRow(2).values).toEqual([undefined, '20時間未満', 3]);
    expect(workbook.worksheets[1]!.getCell('B2').value).toBe(120000);
    expect(file.extension).toBe('xlsx');
  });

  it('keeps sheets apart whose names Excel would cut to the same 31 characters', async () => {
    const long = '2026年度 目標区分別の就労者数と平均就労時間（月別、町と厚生労働省）';
    const file = await renderTablesFile([{ ...hours, sheetName: `${long} 上期` }, { ...hours, sheetName: `${long} 下期` }], 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.buffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([long.slice(0, 31), `${long.slice(0, 27)} (2)`]);
  });

  it('writes CSV in UTF-8 with each table under its title, a blank line between', async () => {
    const file = await renderTablesFile([hours, revenue], 'csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text).toBe('\uFEFF就労時間\r\n区分,人数\r\n20時間未満,3\r\n20時間以上,\r\n\r\n取引先別売上\r\n取引先,売上\r\n"株式会社みなと, 本社",120000\r\n');
  });

  it('writes the same CSV in Shift_JIS (CP932)', async () => {
    const file = await renderTablesFile([hours, revenue], 'csv-sjis');
    expect(file.contentType).toBe('text/csv; charset=Shift_JIS');
    expect(iconv.decode(Buffer.from(file.bytes), 'cp932')).toBe('就労時間\r\n区分,人数\r\n20時間未満,3\r\n20時間以上,\r\n\r\n取引先別売上\r\n取引先,売上\r\n"株式会社みなと, 本社",120000\r\n');
  });
});
