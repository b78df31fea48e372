import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { visibleText } from '../../testing/html';
import { testEncryptionKey, useTestApp } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { bankDayOnOrAfter } from '../../money/pay-due-date';
import { seal } from '../../crypto/sealed-box';
import { payStatements } from '../pay/schema';
import { workerProfiles } from '../workers/schema';
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
      expect((await browser.post(`/transfers/${batchId}/cancel`, { 'cancel-reason': '銀行が受け付けなかった' })).status).toBe(403);
    }
    expect((await admin.get('/transfers/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await admin.get('/transfers/not-a-uuid/zengin')).status).toBe(404);
    expect((await test.db.select().from(transferBatches))[0]).toMatchObject({ confirmedOn: null, cancelled: false });
  });
});

describe('cancelling a transfer batch the bank refused', () => {
  const reason = '白樺さんの口座番号の誤りで銀行が受け付けなかった';

  it('needs a reason, keeps the batch and its file on record, and gives its statements back to a new batch that is then paid', async () => {
    const { jiro, first, second } = await waitingStatements();
    const coordinator = await test.signedIn('coordinator');
    const batchId = batchIdOf((await coordinator.post('/transfers', { transferOn })).headers.get('location'));
    const sent = Buffer.from(await (await coordinator.get(`/transfers/${batchId}/zengin`)).arrayBuffer());
    expect(visibleText(await (await coordinator.get(`/transfers/${batchId}`)).text())).toContain('振込ファイルを取り消す');

    const blank = await coordinator.post(`/transfers/${batchId}/cancel`, { 'cancel-reason': '  ' });
    expect(blank.status).toBe(400);
    expect(await blank.text()).toMatch(/id="field-cancel-reason-error">入力してください。</);
    expect((await test.db.select().from(transferBatches))[0]!.cancelled).toBe(false);

    const cancelled = await coordinator.post(`/transfers/${batchId}/cancel`, { 'cancel-reason': reason });
    expect(cancelled.status).toBe(303);
    const page = visibleText(await (await coordinator.get(cancelled.headers.get('location')!)).text());
    expect(page).toContain('振込ファイルを取り消しました。2件の支払通知書は振込待ちに戻り');
    expect(page).toMatch(/状態 .*取り消し 取り消した人 coordinator \d+ 取り消す理由 白樺さんの口座番号の誤りで/);
    expect(page).not.toContain('振込済みにする');
    // The file stays as it was sent, and the batch still lists what it contained.
    expect(Buffer.from(await (await coordinator.get(`/transfers/${batchId}/zengin`)).arrayBuffer())).toEqual(sent);
    expect(page).toContain(`No.${first.number}`);
    expect((await test.db.select().from(auditLog).where(eq(auditLog.action, 'transfer.batch.cancel')))[0]).toMatchObject({ actorId: expect.any(String), detail: { batchId } });

    const list = visibleText(await (await coordinator.get('/transfers')).text());
    expect(list).toContain('振込を待っている支払通知書（4件');
    expect(list).toMatch(/振込 No\.\d+ \S+ 2 ￥154,769 \d{4}年\d+月\d+日 \d+:\d{2} 取り消し/);

    // The account is put right; a new file takes both statements again, with the new number.
    await test.db
      .update(workerProfiles)
      .set({ bankAccountEncrypted: seal(testEncryptionKey, { bankCode: '0001', branchCode: '100', type: 'savings', number: '0054321', holderKana: 'ｼﾗｶﾊﾞ ｼﾞﾛｳ' }) })
      .where(eq(workerProfiles.userId, jiro.id));
    const again = await coordinator.post('/transfers', { transferOn });
    expect(again.status).toBe(303);
    const newBatchId = batchIdOf(again.headers.get('location'));
    const records = iconv.decode(Buffer.from(await (await coordinator.get(`/transfers/${newBatchId}/zengin`)).arrayBuffer()), 'Shift_JIS').split('\r\n');
    expect(records[1]!.slice(42, 50)).toBe('4' + '0054321');
    expect((await coordinator.post(`/transfers/${newBatchId}/confirm`, { paidOn: todayInJapan() })).status).toBe(303);
    const paid = (await test.db.select().from(payStatements)).filter((statement) => statement.status === 'paid');
    expect(paid.map((statement) => statement.id).sort()).toEqual([first.id, second.id].sort());
    // The cancelled batch keeps its rows: both statements appear in two batches, live in one.
    const rows = await test.db.select().from(transferBatchStatements).where(eq(transferBatchStatements.statementId, first.id));
    expect(rows.map((row) => [row.batchId, row.batchCancelled]).sort()).toEqual([[batchId, true], [newBatchId, false]].sort());
  });

  it('refuses to confirm a cancelled batch and to cancel a confirmed or cancelled one', async () => {
    await waitingStatements();
    const admin = await test.signedIn('admin');
    const cancelledId = batchIdOf((await admin.post('/transfers', { transferOn })).headers.get('location'));
    expect((await admin.post(`/transfers/${cancelledId}/cancel`, { 'cancel-reason': reason })).status).toBe(303);
    const confirm = await admin.post(`/transfers/${cancelledId}/confirm`, { paidOn: todayInJapan() });
    expect(confirm.status).toBe(409);
    expect(visibleText(await confirm.text())).toContain('この振込はすでに取り消されているため、振込済みにも取り消しにもできません。');
    expect((await admin.post(`/transfers/${cancelledId}/cancel`, { 'cancel-reason': 'もう一度' })).status).toBe(409);
    expect((await test.db.select().from(payStatements)).every((statement) => statement.status === 'closed')).toBe(true);

    const confirmedId = batchIdOf((await admin.post('/transfers', { transferOn })).headers.get('location'));
    expect((await admin.post(`/transfers/${confirmedId}/confirm`, { paidOn: todayInJapan() })).status).toBe(303);
    const cancel = await admin.post(`/transfers/${confirmedId}/cancel`, { 'cancel-reason': reason });
    expect(cancel.status).toBe(409);
    expect(visibleText(await cancel.text())).toContain('この振込はすでに振込済みになっているため');
    const [confirmed] = await test.db.select().from(transferBatches).where(eq(transferBatches.id, confirmedId));
    expect(confirmed).toMatchObject({ cancelled: false, cancelReason: null });
    expect((await admin.post('/transfers/00000000-0000-4000-8000-000000000000/cancel', { 'cancel-reason': reason })).status).toBe(404);
  });

  it('lets only one of a confirmation and a cancellation sent at the same moment win', async () => {
    await waitingStatements();
    const admin = await test.signedIn('admin');
    const coordinator = await test.signedIn('coordinator');
    const batchId = batchIdOf((await admin.post('/transfers', { transferOn })).headers.get('location'));
    const [confirm, cancel] = await Promise.all([
      admin.post(`/transfers/${batchId}/confirm`, { paidOn: todayInJapan() }),
      coordinator.post(`/transfers/${batchId}/cancel`, { 'cancel-reason': reason }),
    ]);
    expect([confirm.status, cancel.status].sort()).toEqual([303, 409]);
    const [batch] = await test.db.select().from(transferBatches);
    const statuses = (await test.db.select().from(payStatements)).map((statement) => statement.status);
    if (confirm.status === 303) {
      expect(batch).toMatchObject({ cancelled: false, confirmedOn: todayInJapan() });
      expect(visibleText(await cancel.text())).toContain('すでに振込済み');
      expect(statuses.filter((status) => status === 'paid')).toHaveLength(2);
    } else {
      expect(batch).toMatchObject({ cancelled: true, confirmedOn: null });
      expect(visibleText(await confirm.text())).toContain('すでに取り消されている');
      expect(statuses.every((status) => status === 'closed')).toBe(true);
    }
  });

  it('has the database refuse un-cancelling, a changed file, a cancellation without a reason, and dropping what a batch contained', async () => {
    await waitingStatements();
    const actor = await test.createUser('coordinator');
    const created = await createTransferBatch(test.db, testEncryptionKey, actor.id, transferOn);
    const batchId = created.ok ? created.batchId : '';
    const where = eq(transferBatches.id, batchId);
    await expect(test.db.update(transferBatches).set({ cancelled: true, cancelledAt: new Date(), cancelReason: ' ' }).where(where)).rejects.toThrow();
    await expect(test.db.update(transferBatches).set({ cancelled: true, cancelledAt: new Date(), cancelReason: reason, confirmedOn: todayInJapan() }).where(where)).rejects.toThrow();
    await expect(test.db.update(transferBatches).set({ zenginFile: 'changed' }).where(where)).rejects.toThrow();
    await expect(test.db.delete(transferBatchStatements).where(eq(transferBatchStatements.batchId, batchId))).rejects.toThrow();
    // A statement row cannot be freed on its own: only the batch's cancellation reaches it.
    await expect(test.db.update(transferBatchStatements).set({ batchCancelled: true }).where(eq(transferBatchStatements.batchId, batchId))).rejects.toThrow();

    await test.db.update(transferBatches).set({ cancelled: true, cancelledAt: new Date(), cancelledBy: actor.id, cancelReason: reason }).where(where);
    expect((await test.db.select().from(transferBatchStatements)).every((row) => row.batchCancelled)).toBe(true);
    await expect(test.db.update(transferBatches).set({ cancelled: false, cancelledAt: null, cancelledBy: null, cancelReason: null }).where(where)).rejects.toThrow();
    await expect(test.db.update(transferBatches).set({ cancelReason: 'ほかの理由' }).where(where)).rejects.toThrow();
    await expect(test.db.update(transferBatches).set({ zenginFile: 'changed' }).where(where)).rejects.toThrow();
    await expect(test.db.update(transferBatchStatements).set({ batchCancelled: false })).rejects.toThrow();
    await expect(test.db.delete(transferBatches).where(where)).rejects.toThrow();
    expect(await test.db.select().from(transferBatchStatements)).toHaveLength(2);
  });
});
