import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { invoicePayments, invoices } from '../invoices/schema';
import { createOrder } from '../orders/testing';
import { createPayStatement, createWorkerWithAccount } from '../transfers/testing';

const test = useTestApp();

/** The month's money: two statements (one with a line of accepted work), an issued and a voided invoice, a payment. */
async function monthOfMoney() {
  const hanako = await createWorkerWithAccount(test, undefined, { familyName: '立科', givenName: '花子', postalAddress: '長野県北佐久郡立科町芦田1-1' });
  const jiro = await createWorkerWithAccount(test, undefined, { familyName: '白樺', givenName: '次郎' });
  const first = await createPayStatement(test, hanako.id, {
    month: '2026-11',
    workYen: 30_000,
    withholdingYen: 3_063,
    scheduledOn: '2026-12-25',
    paidOn: '2026-12-25',
    lines: [{ workCategory: 'writing', yen: 30_000, withholds: true }],
  });
  const second = await createPayStatement(test, jiro.id, { month: '2026-11', workYen: 12_000, scheduledOn: '2026-12-25' });
  await createPayStatement(test, jiro.id, { month: '2026-10', workYen: 99_000, scheduledOn: '2026-11-25' });
  const { clientId } = await createOrder(test);
  const issued = { kind: 'monthly' as const, clientId, month: '2026-11', subject: '11月分', issuerName: '一般社団法人立科町振興公社', issuerRegistrationNumber: 'T7000012050002', recipientName: '株式会社テスト発注' };
  const [invoice] = await test.db
    .insert(invoices)
    .values({ ...issued, number: 12, status: 'issued', issuedOn: '2026-11-30', dueOn: '2026-12-31', subtotalYen: 100_000, taxYen: 10_000, totalYen: 110_000 })
    .returning();
  await test.db
    .insert(invoices)
    .values({ ...issued, number: 13, status: 'void', issuedOn: '2026-11-30', voidedAt: new Date(), voidReason: '宛先の誤り', subtotalYen: 1_000, taxYen: 100, totalYen: 1_100 });
  await test.db.insert(invoices).values({ ...issued, number: 14, status: 'issued', issuedOn: '2026-12-01', subtotalYen: 5, taxYen: 0, totalYen: 5 });
  await test.db.insert(invoicePayments).values({ invoiceId: invoice!.id, receivedOn: '2026-11-30', amountYen: 60_000, note: '一部入金' });
  await test.db.insert(invoicePayments).values({ invoiceId: invoice!.id, receivedOn: '2026-12-10', amountYen: 50_000 });
  return { hanako, jiro, first, second };
}

const download = async (browser: TestBrowser, query: string) => {
  const response = await browser.get(`/exports/download?${query}`);
  expect(response.status, query).toBe(200);
  const buffer = await response.arrayBuffer();
  return { response, buffer, bytes: Buffer.from(buffer) };
};

const sheetOf = async (buffer: ArrayBuffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return workbook.worksheets[0]!;
};

describe('accountant exports', () => {
  it('gives a month’s statements, lines, invoices and payments, and a year’s totals, in XLSX and both CSVs', async () => {
    const { hanako, first, second } = await monthOfMoney();
    const admin = await test.signedIn('admin');
    expect(visibleText(await (await admin.get('/exports')).text())).toContain('会計のデータ');

    const statements = await download(admin, 'dataset=payStatements&month=2026-11&year=&format=xlsx');
    expect(statements.response.headers.get('content-disposition')).toContain('payStatements-2026-11.xlsx');
    const sheet = await sheetOf(statements.buffer);
    expect(sheet.name).toBe('支払通知書 2026-11');
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).values).toEqual([undefined, first.number, '立科 花子', '2026-11', '支払済み', 30_000, 0, 0, 30_000, 3_063, 26_937, undefined, '2026-12-25', '2026-12-25', '2026-12-25']);
    expect(sheet.getRow(3).getCell(1).value).toBe(second.number);

    const lines = await download(admin, 'dataset=payLines&month=２０２６年１１月&year=&format=csv');
    expect([...lines.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const linesText = lines.bytes.toString('utf8');
    expect(linesText).toContain('支払通知書番号,ワーカー,内容,仕事の種類,源泉徴収');
    expect(linesText).toContain(`${first.number},立科 花子,名刺データ入力 / 入力 1,文章作成,あり,量に応じて,30000,1,件,0,30000,2026-12-25,2026-12-25`);

    const invoiceFile = await download(admin, 'dataset=invoices&month=2026/11&year=&format=csv-sjis');
    expect(invoiceFile.response.headers.get('content-type')).toBe('text/csv; charset=Shift_JIS');
    const invoiceText = iconv.decode(invoiceFile.bytes, 'cp932');
    expect(invoiceText).toContain('12,発行済み,合計請求書,株式会社テスト発注,11月分,2026-11-30,2026-12-31,100000,10000,110000,110000,T7000012050002,');
    expect(invoiceText).toContain('13,取り消し,合計請求書,株式会社テスト発注,11月分,2026-11-30,,1000,100,1100,0,T7000012050002,宛先の誤り');
    expect(invoiceText).not.toContain('\r\n14,');

    const received = await sheetOf((await download(admin, 'dataset=invoicePayments&month=2026-11&year=&format=xlsx')).buffer);
    expect(received.rowCount).toBe(2);
    expect(received.getRow(2).values).toEqual([undefined, 12, '株式会社テスト発注', '2026-11-30', 60_000, '一部入金']);

    const yearEnd = (await download(admin, 'dataset=yearEnd&month=&year=2026&format=csv')).bytes.toString('utf8');
    expect(yearEnd).toContain('立科 花子,タテシナ ハナコ,長野県北佐久郡立科町芦田1-1,,文章作成,文章作成,1,30000,0,3063,26937');
    expect((await test.db.select().from(auditLog)).filter((entry) => entry.subjectUserId === hanako.id).map((entry) => entry.action)).toEqual(['yearEnd.download']);
  });

  it('explains a missing or malformed month or year next to its field', async () => {
    const admin = await test.signedIn('admin');
    const noMonth = await admin.get('/exports/download?dataset=payStatements&month=&year=&format=xlsx');
    expect(noMonth.status).toBe(400);
    const html = await noMonth.text();
    expect(html).toContain('id="field-month-error"');
    expect(visibleText(html)).toContain('このデータには月が必要です。');
    const badMonth = await admin.get('/exports/download?dataset=invoices&month=2026-13&year=&format=csv');
    expect(visibleText(await badMonth.text())).toContain('月は 2026-11 のように書いてください。');
    const noYear = await admin.get('/exports/download?dataset=yearEnd&month=2026-11&year=&format=csv');
    expect(noYear.status).toBe(400);
    expect(visibleText(await noYear.text())).toContain('年間の集計には年が必要です。');
    const unknown = await admin.get('/exports/download?dataset=salaries&month=2026-11&format=pdf');
    expect(unknown.status).toBe(400);
    const unknownText = visibleText(await unknown.text());
    expect(unknownText).toContain('データを選んでください。');
    expect(unknownText).toContain('ファイルの形式を選んでください。');
  });

  it('is the admin’s alone: staff who pay or invoice, workers and clients are refused', async () => {
    await monthOfMoney();
    for (const role of ['coordinator', 'director', 'worker', 'client'] as const) {
      const browser = await test.signedIn(role);
      expect((await browser.get('/exports')).status, role).toBe(403);
      expect((await browser.get('/exports/download?dataset=payStatements&month=2026-11&year=&format=csv')).status, role).toBe(403);
    }
  });
});
