import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { consents, workerProfiles, workerSkills, workerStatusChanges } from './schema';
import { createWorker } from './testing';

const test = useTestApp();

async function signedInAs(loginId: string): Promise<TestBrowser> {
  const browser = test.browser();
  const response = await browser.signIn(loginId);
  expect(response.status).toBe(303);
  return browser;
}

/** The profile form as a worker fills it in, with what is on file unless told otherwise. */
const profileFields = (fields: Record<string, string> = {}) => ({
  phone: '0267-55-0000',
  preferredLocations: 'home',
  accountType: 'ordinary',
  teleworkType: 'C',
  ...fields,
});

async function actionsAbout(workerId: string) {
  const rows = await test.db.select().from(auditLog).where(eq(auditLog.subjectUserId, workerId)).orderBy(auditLog.id);
  return rows;
}

async function rawProfileRow(workerId: string): Promise<string> {
  const [row] = await test.db.select().from(workerProfiles).where(eq(workerProfiles.userId, workerId));
  return JSON.stringify(row);
}

describe('the worker’s own profile', () => {
  it('shows and saves contact, preferences, invoice number and telework data', async () => {
    const worker = await createWorker(test, { loginId: 'hanako' });
    const browser = await signedInAs('hanako');
    const page = visibleText(await (await browser.get('/me/profile')).text());
    expect(page).toContain('登録情報');
    expect(page).toContain('今は「登録していない」として記録されています。');
    expect(page).toContain('振込先はまだ登録されていません。');

    const saved = await browser.post(
      '/me/profile',
      profileFields({
        email: 'hanako@example.jp',
        accommodations: 'frequent_breaks',
        accommodationNotes: '午前中は通院があります',
        invoiceRegistrationNumber: 't 7000-0120-50002',
        movedFrom: '東京都世田谷区',
        movedInOn: '2024-04-01',
      }),
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/me/profile?done=profile');
    const after = visibleText(await (await browser.get('/me/profile?done=profile')).text());
    expect(after).toContain('登録情報を保存しました。');
    expect(after).toContain('今の登録番号: T7000012050002');
    const [row] = await test.db.select().from(workerProfiles).where(eq(workerProfiles.userId, worker.id));
    expect(row).toMatchObject({
      email: 'hanako@example.jp',
      accommodations: ['frequent_breaks'],
      invoiceRegistrationNumber: 'T7000012050002',
      teleworkType: 'C',
      movedFrom: '東京都世田谷区',
      movedInOn: '2024-04-01',
    });
    const update = (await actionsAbout(worker.id)).find((entry) => entry.action === 'worker.profile.update');
    expect(update?.detail).toEqual({ fields: expect.arrayContaining(['email', 'invoiceRegistrationNumber', 'movedInOn']) });
    expect(JSON.stringify(update?.detail)).not.toContain('hanako@example.jp');
  });

  it('puts invoice and bank messages next to their fields and keeps what was typed', async () => {
    await createWorker(test, { loginId: 'hanako' });
    const browser = await signedInAs('hanako');
    const response = await browser.post(
      '/me/profile',
      profileFields({ invoiceRegistrationNumber: 'T7000012050003', bankCode: '0002', branchCode: '12', accountNumber: '123', holderKana: '立科花子' }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    for (const field of ['invoiceRegistrationNumber', 'bankCode', 'branchCode', 'holderKana']) {
      expect(html).toContain(`id="field-${field}-error"`);
    }
    const text = visibleText(html);
    expect(text).toContain('この登録番号は存在しない番号です。');
    expect(text).toContain('この金融機関コードは見つかりません。');
    expect(text).toContain('支店コードは3桁の数字で入力してください。');
    expect(text).toContain('漢字や「・」などは使えません。');
    expect(html).toContain('value="T7000012050003"');
  });

  it('keeps the bank account sealed and shows only its last 3 digits, auditing changes and views', async () => {
    const worker = await createWorker(test, { loginId: 'hanako' });
    const browser = await signedInAs('hanako');
    const saved = await browser.post(
      '/me/profile',
      profileFields({ bankCode: '0001', branchCode: '100', accountType: 'ordinary', accountNumber: '７６５４３２１', holderKana: 'たてしな　はなこ' }),
    );
    expect(saved.status).toBe(303);
    const raw = await rawProfileRow(worker.id);
    expect(raw).not.toContain('7654321');
    expect(raw).not.toContain('ﾀﾃｼﾅ');
    expect(raw).toContain('"bankAccountEncrypted":"v1.');

    const html = await (await browser.get('/me/profile')).text();
    const text = visibleText(html);
    expect(text).toContain('今の振込先: みずほ 本店 普通 口座番号 ****321 名義 ﾀﾃｼﾅ ﾊﾅｺ');
    expect(html).not.toContain('7654321');
    const actions = (await actionsAbout(worker.id)).map((entry) => entry.action);
    expect(actions).toContain('worker.bank.update');
    expect(actions).toContain('worker.bank.view');

    // Leaving the bank fields empty keeps the account.
    await browser.post('/me/profile', profileFields({ email: 'h@example.jp' }));
    expect(visibleText(await (await browser.get('/me/profile')).text())).toContain('****321');
  });

  it('stores disability and health details only sealed, and only with consent', async () => {
    const worker = await createWorker(test, { loginId: 'hanako' });
    const browser = await signedInAs('hanako');
    const details = '聴覚に障がいがあり、電話は難しいです';

    // Without consent the fields are not on the page, and anything sent is ignored.
    expect(visibleText(await (await browser.get('/me/profile')).text())).toContain('取り扱いへの同意がある場合だけ記録できます');
    await browser.post('/me/profile', profileFields({ sensitiveShown: 'yes', disability: 'yes', healthDetails: details }));
    expect(await rawProfileRow(worker.id)).toContain('"sensitiveEncrypted":null');

    expect((await browser.post('/me/consents', { choice: 'give', purpose: 'sensitive_data' })).headers.get('location')).toBe('/me/consents?done=consentGiven');
    const [consent] = await test.db.select().from(consents).where(eq(consents.userId, worker.id));
    expect(consent).toMatchObject({ purpose: 'sensitive_data', textVersion: '2026-11', withdrawnAt: null });

    await browser.post('/me/profile', profileFields({ sensitiveShown: 'yes', disability: 'yes', healthDetails: details }));
    const raw = await rawProfileRow(worker.id);
    expect(raw).not.toContain('聴覚');
    expect(raw).toContain('"sensitiveEncrypted":"v1.');
    const page = visibleText(await (await browser.get('/me/profile')).text());
    expect(page).toContain(details);
    const entries = await actionsAbout(worker.id);
    expect(entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['worker.consent.give', 'worker.sensitive.update', 'worker.sensitive.view']));
    expect(JSON.stringify(entries)).not.toContain('聴覚');
  });

  it('erases the sensitive data at once when the consent is withdrawn', async () => {
    const worker = await createWorker(test, { loginId: 'hanako' });
    const browser = await signedInAs('hanako');
    await browser.post('/me/consents', { choice: 'give', purpose: 'sensitive_data' });
    await browser.post('/me/profile', profileFields({ sensitiveShown: 'yes', healthDetails: '腰痛があります' }));
    const coordinator = await test.signedIn('coordinator');
    expect(visibleText(await (await coordinator.get(`/workers/${worker.id}`)).text())).toContain('腰痛があります');

    const withdrawn = await browser.post('/me/consents', { choice: 'withdraw', purpose: 'sensitive_data' });
    expect(withdrawn.headers.get('location')).toBe('/me/consents?done=consentWithdrawn');
    expect(visibleText(await (await browser.get('/me/consents?done=consentWithdrawn')).text())).toContain('同意を取り消し、障がい・健康の情報を消去しました。');
    const [consent] = await test.db.select().from(consents).where(eq(consents.userId, worker.id));
    expect(consent?.withdrawnAt).toBeInstanceOf(Date);
    expect(await rawProfileRow(worker.id)).toContain('"sensitiveEncrypted":null');
    expect(visibleText(await (await browser.get('/me/profile')).text())).not.toContain('腰痛があります');
    const staffPage = visibleText(await (await coordinator.get(`/workers/${worker.id}`)).text());
    expect(staffPage).not.toContain('腰痛があります');
    expect(staffPage).toContain('ご本人の同意がないため');
  });

  it('lets the worker add self-assessed skills but not change staff-verified ones', async () => {
    const worker = await createWorker(test, { loginId: 'hanako' });
    const browser = await signedInAs('hanako');
    expect((await browser.post('/me/skills', { skill: 'data_entry', level: '2' })).status).toBe(303);
    expect(visibleText(await (await browser.get('/me/profile')).text())).toMatch(/データ入力 ひとりでできる 自己申告/);

    const coordinator = await test.signedIn('coordinator');
    const verified = await coordinator.post(`/workers/${worker.id}/skills`, { skill: 'data_entry', level: '3', note: '名簿入力の案件で確認' });
    expect(verified.status).toBe(303);
    const [skill] = await test.db.select().from(workerSkills).where(eq(workerSkills.userId, worker.id));
    expect(skill).toMatchObject({ level: 3, source: 'staff', note: '名簿入力の案件で確認' });

    const refused = await browser.post('/me/skills', { skill: 'data_entry', level: '1' });
    expect(refused.status).toBe(409);
    expect(visibleText(await refused.text())).toContain('このスキルは事務局が確認済み');
    const [unchanged] = await test.db.select().from(workerSkills).where(eq(workerSkills.userId, worker.id));
    expect(unchanged?.level).toBe(3);
  });

  it('downloads all of the worker’s own data and nothing of anyone else’s', async () => {
    const worker = await createWorker(test, { loginId: 'hanako', email: 'hanako@example.jp' });
    await createWorker(test, { loginId: 'jiro', givenName: '次郎', email: 'jiro@example.jp', phone: '0267-99-9999' });
    const browser = await signedInAs('hanako');
    await browser.post('/me/consents', { choice: 'give', purpose: 'sensitive_data' });
    await browser.post('/me/profile', profileFields({ email: 'hanako@example.jp', sensitiveShown: 'yes', healthDetails: '目が疲れやすい' }));
    await browser.post('/me/skills', { skill: 'transcription', level: '1' });

    const response = await browser.get('/me/data');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const body = await response.text();
    const data = JSON.parse(body) as { profile: { userId: string; email: string; sensitive: { details: string } }; skills: unknown[]; consents: unknown[]; auditEntries: { action: string }[] };
    expect(data.profile).toMatchObject({ userId: worker.id, email: 'hanako@example.jp', sensitive: { details: '目が疲れやすい' } });
    expect(data.skills).toHaveLength(1);
    expect(data.consents).toHaveLength(1);
    expect(data.auditEntries.map((entry) => entry.action)).toContain('worker.sensitive.update');
    expect(body).not.toContain('jiro');
    expect(body).not.toContain('次郎');
    expect(body).not.toContain('0267-99-9999');
    expect((await actionsAbout(worker.id)).map((entry) => entry.action)).toContain('worker.data.export');
  });

  it('records a correction request that staff see until they mark it handled', async () => {
    const worker = await createWorker(test, { loginId: 'hanako' });
    const browser = await signedInAs('hanako');
    const empty = await browser.post('/me/requests', { kind: 'correction', body: '' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('id="field-body-error"');
    expect((await browser.post('/me/requests', { kind: 'deletion', body: '古い住所を消してください' })).headers.get('location')).toBe('/me/profile?done=request');
    const [request] = await test.db.select().from(auditLog).where(and(eq(auditLog.subjectUserId, worker.id), eq(auditLog.action, 'worker.request.deletion')));
    expect(request).toBeDefined();

    const coordinator = await test.signedIn('coordinator');
    expect(visibleText(await (await coordinator.get(`/workers/${worker.id}`)).text())).toContain('古い住所を消してください');
    const resolved = await coordinator.post(`/workers/${worker.id}/requests/resolve`, { entryId: String(request!.id) });
    expect(resolved.status).toBe(303);
    const page = visibleText(await (await coordinator.get(`/workers/${worker.id}`)).text());
    expect(page).not.toContain('古い住所を消してください');
    expect(page).toContain('未対応のお願いはありません。');
    expect((await coordinator.post(`/workers/${worker.id}/requests/resolve`, { entryId: String(request!.id) })).status).toBe(404);
  });
});

describe('staff view of a worker', () => {
  it('lets a coordinator edit the profile, change the status with a reason and see the history', async () => {
    const worker = await createWorker(test, { loginId: 'hanako' });
    const coordinator = await test.signedIn('coordinator');
    const page = visibleText(await (await coordinator.get(`/workers/${worker.id}`)).text());
    expect(page).toMatch(/worker \d+さんの登録情報/);
    expect(page).toContain('立科 花子');

    expect((await coordinator.post(`/workers/${worker.id}/profile`, profileFields({ hoursPerWeek: '20' }))).status).toBe(303);
    const [row] = await test.db.select().from(workerProfiles).where(eq(workerProfiles.userId, worker.id));
    expect(row?.hoursPerWeek).toBe(20);

    const noReason = await coordinator.post(`/workers/${worker.id}/status`, { status: 'paused', reason: '' });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain('id="field-reason-error"');
    const same = await coordinator.post(`/workers/${worker.id}/status`, { status: 'active', reason: '確認' });
    expect(same.status).toBe(400);
    expect(visibleText(await same.text())).toContain('今と同じ状態です。');

    expect((await coordinator.post(`/workers/${worker.id}/status`, { status: 'paused', reason: '出産のため半年お休み' })).status).toBe(303);
    expect((await coordinator.post(`/workers/${worker.id}/status`, { status: 'active', reason: '復帰' })).status).toBe(303);
    const history = await test.db.select().from(workerStatusChanges).where(eq(workerStatusChanges.userId, worker.id));
    expect(history.map((change) => [change.fromStatus, change.toStatus])).toEqual(expect.arrayContaining([['active', 'paused'], ['paused', 'active']]));
    const after = visibleText(await (await coordinator.get(`/workers/${worker.id}?done=status`)).text());
    expect(after).toContain('登録の状態を変更しました。');
    expect(after).toMatch(/稼働中 → 休止中 出産のため半年お休み coordinator \d+/);
  });

  it('shows who viewed or changed the worker’s data, without the values', async () => {
    const worker = await createWorker(test, { loginId: 'hanako' });
    const browser = await signedInAs('hanako');
    await browser.post('/me/consents', { choice: 'give', purpose: 'sensitive_data' });
    await browser.post('/me/profile', profileFields({ sensitiveShown: 'yes', healthDetails: '持病があります' }));
    const coordinator = await test.signedIn('coordinator');
    await coordinator.get(`/workers/${worker.id}`);
    const audit = await coordinator.get(`/workers/${worker.id}/audit`);
    expect(audit.status).toBe(200);
    const text = visibleText(await audit.text());
    expect(text).toMatch(/coordinator \d+ 障がい・健康の情報を表示/);
    expect(text).toMatch(/worker \d+ 障がい・健康の情報を変更/);
    expect(text).not.toContain('持病があります');
  });

  it('refuses other workers, directors and clients, and answers 404 for unknown ids', async () => {
    const worker = await createWorker(test, { loginId: 'hanako' });
    await createWorker(test, { loginId: 'jiro' });
    const other = await signedInAs('jiro');
    expect((await other.get(`/workers/${worker.id}`)).status).toBe(403);
    expect((await other.post(`/workers/${worker.id}/status`, { status: 'retired', reason: 'x' })).status).toBe(403);
    for (const role of ['director', 'client', 'supporter'] as const) {
      const browser = await test.signedIn(role);
      expect((await browser.get(`/workers/${worker.id}`)).status, role).toBe(403);
      expect((await browser.get('/me/profile')).status, role).toBe(403);
    }
    const coordinator = await test.signedIn('coordinator');
    expect((await coordinator.get('/workers/not-an-id')).status).toBe(404);
    expect((await coordinator.get('/workers/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await coordinator.post('/workers/00000000-0000-4000-8000-000000000000/skills', { skill: 'web', level: '1', note: 'x' })).status).toBe(404);
  });

  it('keeps sensitive and bank data from a director even through the policy', async () => {
    // Directors never reach /workers/:id; the policy also refuses them the parts themselves.
    const { can } = await import('../../auth/policy');
    const worker = await createWorker(test);
    expect(can({ id: 'd', role: 'director' }, 'signedIn', { kind: 'workerData', workerId: worker.id, part: 'sensitive' })).toBe(false);
    expect(can({ id: 'd', role: 'director' }, 'signedIn', { kind: 'workerData', workerId: worker.id, part: 'bank' })).toBe(false);
  });
});

describe('demo data', () => {
  it('gives the demo worker, trainee and leader a profile they can open', async () => {
    const { seedDemo } = await import('../demo/seed');
    const { demoPassword } = await import('../demo/accounts');
    await seedDemo(test.db);
    for (const [loginId, name] of [['worker', '由美'], ['trainee', 'さくら'], ['leader', '健一']] as const) {
      const browser = test.browser();
      await browser.signIn(loginId, demoPassword);
      const response = await browser.get('/me/profile');
      expect(response.status, loginId).toBe(200);
      const [row] = await test.db.select().from(workerProfiles).where(eq(workerProfiles.givenName, name));
      expect(row?.sensitiveEncrypted, loginId).toBeNull();
    }
  });
});
