import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { visibleText } from '../../testing/html';
import { useTestApp } from '../../testing/test-app';
import { summarizeYearEnd } from './summarize-year-end';
import { createPayStatement, createWorkerWithAccount } from './testing';

const test = useTestApp();

/** Hanako: paid twice in 2026 (one withheld writing job), once on 2027-01-04; Jiro: once in 2026; a closed, unpaid one doesn't count. */
async function paidYear() {
  const hanako = await createWorkerWithAccount(test, undefined, { postalAddress: '長野県北佐久郡立科町芦田1-1', familyName: '立科', givenName: '花子', familyNameKana: 'タテシナ', givenNameKana: 'ハナコ' });
  const jiro = await createWorkerWithAccount(test, undefined, { postalAddress: '長野県北佐久郡立科町芦田2-2', familyName: '白樺', givenName: '次郎', familyNameKana: 'シラカバ', givenNameKana: 'ジロウ' });
  await createPayStatement(test, hanako.id, {
    month: '2026-05',
    workYen: 30_000,
    withholdingYen: 3_063,
    scheduledOn: '2026-06-25',
    paidOn: '2026-06-25',
    lines: [{ workCategory: 'writing', yen: 30_000, withholds: true }],
  });
  await createPayStatement(test, hanako.id, {
    month: '2026-11',
    workYen: 20_000,
    consumptionTaxYen: 2_000,
    invoiceRegistrationNumber: 'T7000012050002',
    scheduledOn: '2026-12-25',
    paidOn: '2026-12-31',
    lines: [{ workCategory: 'data_entry', yen: 20_000 }],
  });
  await createPayStatement(test, hanako.id, { month: '2026-12', workYen: 9_000, scheduledOn: '2027-01-04', paidOn: '2027-01-04' });
  await createPayStatement(test, jiro.id, { month: '2026-01', workYen: 5_000, scheduledOn: '2026-02-25', paidOn: '2026-01-01' });
  await createPayStatement(test, jiro.id, { month: '2026-10', workYen: 7_000, scheduledOn: '2026-11-25' });
  return { hanako, jiro };
}

describe('year end (支払調書 data)', () => {
  it('totals each worker’s payments of the calendar year by the day they were paid', async () => {
    const { hanako, jiro } = await paidYear();
    const rows = await summarizeYearEnd(test.db, 2026);
    expect(rows).toEqual([
      {
        workerId: jiro.id,
        displayName: expect.any(String),
        fullName: '白樺 次郎',
        fullNameKana: 'シラカバ ジロウ',
        postalAddress: '長野県北佐久郡立科町芦田2-2',
        registrationNumber: null,
        categories: [],
        withheldCategories: [],
        statementCount: 1,
        grossYen: 5_000,
        consumptionTaxYen: 0,
        withholdingYen: 0,
        paidYen: 5_000,
      },
      {
        workerId: hanako.id,
        displayName: expect.any(String),
        fullName: '立科 花子',
        fullNameKana: 'タテシナ ハナコ',
        postalAddress: '長野県北佐久郡立科町芦田1-1',
        registrationNumber: 'T7000012050002',
        categories: ['data_entry', 'writing'],
        withheldCategories: ['writing'],
        statementCount: 2,
        // 30,000 + 22,000 before withholding; 3,063 withheld; 48,937 transferred.
        grossYen: 52_000,
        consumptionTaxYen: 2_000,
        withholdingYen: 3_063,
        paidYen: 48_937,
      },
    ]);
    expect((await summarizeYearEnd(test.db, 2027)).map((row) => [row.workerId, row.paidYen])).toEqual([[hanako.id, 9_000]]);
  });

  it('shows the totals without addresses, and downloads them with addresses, audited, in each format', async () => {
    const { hanako, jiro } = await paidYear();
    const coordinator = await test.signedIn('coordinator');
    const page = visibleText(await (await coordinator.get('/year-end?year=2026')).text());
    expect(page).toContain('2026年の支払（2人）');
    expect(page).toContain('立科 花子');
    expect(page).toContain('￥48,937');
    expect(page).not.toContain('芦田1-1');
    expect(await test.db.select().from(auditLog)).toEqual([]);

    const xlsx = await coordinator.get('/year-end/download?year=2026&format=xlsx');
    expect(xlsx.headers.get('content-disposition')).toContain('year-end-2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '氏名', 'フリガナ', '住所', '登録番号', '仕事の種類', '源泉徴収した仕事の種類', '支払回数', '支払金額', 'うち消費税', '源泉徴収税額', '振込額']);
    expect(sheet.getRow(3).values).toEqual([undefined, '立科 花子', 'タテシナ ハナコ', '長野県北佐久郡立科町芦田1-1', 'T7000012050002', 'データ入力、文章作成', '文章作成', 2, 52_000, 2_000, 3_063, 48_937]);

    const csv = Buffer.from(await (await coordinator.get('/year-end/download?year=2026&format=csv')).arrayBuffer()).toString('utf8');
    expect(csv).toContain('白樺 次郎,シラカバ ジロウ,長野県北佐久郡立科町芦田2-2,,,,1,5000,0,0,5000');
    const sjis = iconv.decode(Buffer.from(await (await coordinator.get('/year-end/download?year=2026&format=csv-sjis')).arrayBuffer()), 'cp932');
    expect(sjis).toContain('立科 花子,タテシナ ハナコ');

    const audited = await test.db.select().from(auditLog);
    expect(audited.filter((entry) => entry.subjectUserId === hanako.id).map((entry) => entry.action)).toEqual(['yearEnd.download', 'yearEnd.download', 'yearEnd.download']);
    expect(audited.filter((entry) => entry.subjectUserId === jiro.id)).toHaveLength(3);
  });
});
