import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { visibleText } from '../../testing/html';
import { testEncryptionKey, useTestApp } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { bankDayOnOrAfter } from '../../money/pay-due-date';
import { payStatements } from '../pay/schema';
import { createTransferBatch } from './create-transfer-batch';
import { transferBatches, transferBatchStatements } from './schema';
import { createPayStatement, createWorkerWithAccount, exampleAccount, setTransferAccount } from './testing';

const test = useTestApp();

/** A bank day some days ahead, so the date is never "in the past" whenever the tests run. */
const transferOn = bankDayOnOrAfter(addDays(todayInJapan(), 10));
const batchIdOf = (location: string | null) => /\/transfers\/([0-9a-f-]{36})\?done=created$/.exec(location ?? '')![1]!;

/** Two workers with accounts and one without, each with a statement due on or before `transferOn`; one due later. */
async function waitingStatements() {
  await setTransferAccount(test);
  const hanako = await createWorkerWithAccount(test);
  const jiro = await createWorkerWithAccount(test, { bankCode: '0001', branchCode: '100', type: 'savings', number: '0012345', holderKana: 'ｼﾗｶﾊﾞ ｼﾞﾛｳ' }, { familyName: '白樺', givenName: '次郎' });
  const noAccount = await createWorkerWithAccount(test, null, { familyName: '八ヶ岳', givenName: 'さくら' });
  const first = await createPayStatement(test, hanako.id, { month: '2026-10', workYen: 45_000, scheduledOn: transferOn });
  const second = await createPayStatement(test, jiro.id, { month: '2026-10', workYen: 110_000, consumptionTaxYen: 11_000, withholdingYen: 11_231, scheduledOn: addDays(transferOn, -3) });
  const missing = await createPayStatement(test, noAccount.id, { month: '2026-10', workYen: 8_000, scheduledOn: transferOn });
  const later = await createPayStatement(test, hanako.id, { month: '2026-11', workYen: 5_000, scheduledOn: addDays(transferOn, 7), legalDueOn: addDays(transferOn, 30) });
  return { hanako, jiro, noAccount, first, second, missing, later };
}

describe('transfer batches', () => {
  it('makes a 全銀 file of the statements due by the date, lists those it cannot pay, and downloads it as sent', async () => {
    const { hanako, jiro, noAccount, first, second, missing, later } = await waitingStatements();
    const coordinator = await test.signedIn('coordinator');

    const listHtml = await (await coordinator.get('/transfers')).text();
    // The date suggested is the earliest pay date still waiting.
    expect(listHtml).toMatch(new RegExp(`id="field-transferOn"[^>]*value="${bankDayOnOrAfter(addDays(transferOn, -3))}"`));
    const list = visibleText(listHtml);
    expect(list).toContain('振込を待っている支払通知書（4件');
    expect(list).toContain('未登録');

    const preview = await coordinator.get(`/transfers/new?transferOn=${transferOn}`);
    expect(preview.status).toBe(200);
    const previewText = visibleText(await preview.text());
    expect(previewText).toContain('振り込む支払通知書（2件、合計 ￥154,769）');
    expect(previewText).toMatch(/八ヶ岳 さくら .*振込先の口座が登録されていません。/);
    expect(previewText).not.toContain(`No.${later.number} `);

    const created = await coordinator.post('/transfers', { transferOn });
    expect(created.status).toBe(303);
    const batchId = batchIdOf(created.headers.get('location'));
    const [batch] = await test.db.select().from(transferBatches).where(eq(transferBatches.id, batchId));
    expect(batch).toMatchObject({ transferOn, recordCount: 2, totalYen: 154_769, confirmedOn: null });
    const inBatch = await test.db.select().from(transferBatchStatements).where(eq(transferBatchStatements.batchId, batchId));
    expect(inBatch.map((row) => row.statementId).sort()).toEqual([first.id, second.id].sort());
    expect(visibleText(await (await coordinator.get(`/transfers/${batchId}?done=created`)).text())).toContain('振込ファイルを作りました。');

    // The 全銀 file: decode the bytes and read the records at the layout's positions.
    const download = await coordinator.get(`/transfers/${batchId}/zengin`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('text/plain; charset=Shift_JIS');
    expect(download.headers.get('content-disposition')).toContain(`transfer-${batch!.number}-${transferOn}.txt`);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.length).toBe(5 * 122);
    const records = iconv.decode(bytes, 'Shift_JIS').split('\r\n');
    expect(records.at(-1)).toBe('');
    const [header, data1, data2, trailer, end] = records;
    expect(header!.slice(0, 14)).toBe('1210' + '0123456789');
    expect(header!.slice(14, 54).trimEnd()).toBe('ｼﾔ)ﾀﾃｼﾅﾁﾖｳｼﾝｺｳｺｳｼﾔ');
    expect(header!.slice(54, 58)).toBe(transferOn.slice(5, 7) + transferOn.slice(8, 10));
    expect(header!.slice(58, 62)).toBe('2390');
    expect(header!.slice(95, 103)).toBe('1' + '1234567');
    // Earliest scheduled first: Jiro's statement was due three days before.
    expect(data1!.slice(0, 5)).toBe('20001');
    expect(data1!.slice(42, 50)).toBe('4' + '0012345');
    expect(data1!.slice(50, 80).trimEnd()).toBe('ｼﾗｶﾊﾞ ｼﾞﾛｳ');
    expect(data1!.slice(80, 90)).toBe('0000109769');
    expect(Number(data1!.slice(91, 101))).toBe(second.number);
    expect(data2!.slice(0, 5)).toBe('20143');
    expect(data2!.slice(50, 80).trimEnd()).toBe(exampleAccount.holderKana);
    expect(data2!.slice(80, 90)).toBe('0000045000');
    expect(trailer!.slice(0, 19)).toBe('8' + '000002' + '000000154769');
    expect(end).toBe('9' + ' '.repeat(119));

    // The list, read from the same kept file, in each format.
    const xlsx = await coordinator.get(`/transfers/${batchId}/list?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('支払通知書番号');
    expect(sheet.getRow(2).values).toEqual([undefined, second.number, '白樺 次郎', '2026-10', transferOn, '0001', 'ﾐｽﾞﾎ', '100', 'ﾎﾝﾃﾝ', '貯蓄', '0012345', 'ｼﾗｶﾊﾞ ｼﾞﾛｳ', 109_769]);
    const csv = Buffer.from(await (await coordinator.get(`/transfers/${batchId}/list?format=csv`)).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain(`${first.number},立科 花子,2026-10,${transferOn},0143,ﾊﾁｼﾞﾕｳﾆﾅｶﾞﾉ,354,ﾓﾁｽﾞｷ,普通,0000765,ﾀﾃｼﾅ ﾊﾅｺ,45000`);
    const sjis = Buffer.from(await (await coordinator.get(`/transfers/${batchId}/list?format=csv-sjis`)).arrayBuffer());
    expect(iconv.decode(sjis, 'cp932')).toContain('ﾀﾃｼﾅ ﾊﾅｺ,45000');

    // Reading the accounts (check, create) and each download are in the audit log, per worker.
    const audited = await test.db.select().from(auditLog);
    const actions = (workerId: string) => audited.filter((entry) => entry.subjectUserId === workerId).map((entry) => entry.action).sort();
    expect(actions(hanako.id)).toEqual(['transfer.account.check', 'transfer.account.create', 'transfer.file.download', 'transfer.file.download', 'transfer.file.download', 'transfer.file.download']);
    expect(actions(jiro.id)).toHaveLength(6);
    expect(actions(noAccount.id)).toEqual([]);

    // The one without an account still waits; the batched ones are no longer waiting.
    const after = visibleText(await (await coordinator.get(`/transfers/new?transferOn=${transferOn}`)).text());
    expect(after).toContain('この振込日で振り込める支払通知書はありません。');
    expect(after).toContain(`No.${missing.number}`);
    const again = await coordinator.post('/transfers', { transferOn });
    expect(again.status).toBe(409);
    expect(visibleText(await again.text())).toContain('振り込める支払通知書がないため、振込ファイルは作れませんでした。');
  });

  it('marks every statement of the batch paid on confirmation, once', async () => {
    const { first, second } = await waitingStatements();
    const admin = await test.signedIn('admin');
    const batchId = batchIdOf((await admin.post('/transfers', { transferOn })).headers.get('location'));

    const future = await admin.post(`/transfers/${batchId}/confirm`, { paidOn: addDays(todayInJapan(), 1) });
    expect(future.status).toBe(400);
    expect(visibleText(await future.text())).toContain('振込が済んだ日は今日かそれより前です。');

    const paidOn = todayInJapan();
    const confirmed = await admin.post(`/transfers/${batchId}/confirm`, { paidOn });
    expect(confirmed.status).toBe(303);
    expect(visibleText(await (await admin.get(confirmed.headers.get('location')!)).text())).toContain('2件の支払通知書が支払済みになりました。');
    const statements = await test.db.select().from(payStatements);
    expect(statements.filter((statement) => statement.status === 'paid').map((statement) => statement.id).sort()).toEqual([first.id, second.id].sort());
    expect(statements.filter((statement) => statement.status === 'paid').every((statement) => statement.paidOn === paidOn)).toBe(true);
    const [batch] = await test.db.select().from(transferBatches);
    expect(batch!.confirmedOn).toBe(paidOn);

    const twice = await admin.post(`/transfers/${batchId}/confirm`, { paidOn });
    expect(twice.status).toBe(409);
    expect(visibleText(await twice.text())).toContain('この振込は');
  });

  it('never puts a statement in two batches, even when two are made at the same moment', async () => {
    await waitingStatements();
    const actor = await test.createUser('coordinator');
    const results = await Promise.all([createTransferBatch(test.db, testEncryptionKey, actor.id, transferOn), createTransferBatch(test.db, testEncryptionKey, actor.id, transferOn)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ reason: expect.stringMatching(/^(nothing|conflict)$/) });
    const rows = await test.db.select().from(transferBatchStatements);
    expect(new Set(rows.map((row) => row.statementId)).size).toBe(rows.length);
    expect(rows).toHaveLength(2);

    // The database itself refuses a second batch for a batched statement.
    const [taken] = rows;
    const [other] = await test.db.insert(transferBatches).values({ transferOn, recordCount: 1, totalYen: 1, zenginFile: '' }).returning();
    await expect(test.db.insert(transferBatchStatements).values({ batchId: other!.id, statementId: taken!.statementId })).rejects.toThrow();
  });

  it('refuses a date banks are closed or already past, and says when the transfer account is not set', async () => {
    const coordinator = await test.signedIn('coordinator');
    const sunday = (() => {
      let day = addDays(todayInJapan(), 7);
      while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 0) day = addDays(day, 1);
      return day;
    })();
    const closed = await coordinator.get(`/transfers/new?transferOn=${sunday}`);
    expect(closed.status).toBe(400);
    expect(visibleText(await closed.text())).toContain('この日は銀行の休みです');
    const past = await coordinator.post('/transfers', { transferOn: addDays(todayInJapan(), -30) });
    expect(past.status).toBe(400);
    expect(visibleText(await past.text())).toContain('振込日は今日か、それより後の日にしてください。');
    expect((await coordinator.get('/transfers/new')).headers.get('location')).toBe(`/transfers/new?transferOn=${bankDayOnOrAfter(todayInJapan())}`);

    const worker = await createWorkerWithAccount(test);
    await createPayStatement(test, worker.id, { month: '2026-10', workYen: 1000, scheduledOn: transferOn });
    const preview = visibleText(await (await coordinator.get(`/transfers/new?transferOn=${transferOn}`)).text());
    expect(preview).toContain('振込元の口座（委託者コードなど）が、お金の設定にまだありません。');
    expect(preview).toContain('事務局の管理者に');
    const refused = await coordinator.post('/transfers', { transferOn });
    expect(refused.status).toBe(409);
    expect(await test.db.select().from(transferBatches)).toEqual([]);
  });

  it('lists an account the bank list no longer knows as a problem instead of dropping it', async () => {
    await setTransferAccount(test);
    const merged = await createWorkerWithAccount(test, { ...exampleAccount, bankCode: '0002' });
    const statement = await createPayStatement(test, merged.id, { month: '2026-10', workYen: 1000, scheduledOn: transferOn });
    const admin = await test.signedIn('admin');
    const text = visibleText(await (await admin.get(`/transfers/new?transferOn=${transferOn}`)).text());
    expect(text).toContain('振込先の金融機関コードが全銀の一覧にありません');
    expect(text).toContain(`No.${statement.number}`);
  });

  it('keeps transfers from everyone without pay.manage, and answers 404 for unknown batches', async () => {
    await waitingStatements();
    const admin = await test.signedIn('admin');
    const batchId = batchIdOf((await admin.post('/transfers', { transferOn })).headers.get('location'));
    for (const role of ['director', 'leader', 'worker', 'client'] as const) {
      const browser = await test.signedIn(role);
      for (const path of ['/transfers', `/transfers/${batchId}`, `/transfers/${batchId}/zengin`, `/transfers/${batchId}/list?format=csv`, '/year-end', '/year-end/download']) {
        expect((await browser.get(path)).status, `${role} ${path}`).toBe(403);
      }
      expect((await browser.post(`/transfers/${batchId}/confirm`, { paidOn: todayInJapan() })).status).toBe(403);
    }
    expect((await admin.get('/transfers/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await admin.get('/transfers/not-a-uuid/zengin')).status).toBe(404);
    expect((await test.db.select().from(transferBatches))[0]!.confirmedOn).toBeNull();
  });
});
