import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { renderTableFile, type Table } from './table-file';

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
