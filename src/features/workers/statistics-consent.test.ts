import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { users } from '../../auth/schema';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { consentStands } from './active-consent';
import { consents, workerProfiles } from './schema';
import { createWorker } from './testing';

const test = useTestApp();

async function signedInAs(loginId: string): Promise<TestBrowser> {
  const browser = test.browser();
  expect((await browser.signIn(loginId)).status).toBe(303);
  return browser;
}

const statisticsConsents = (workerId: string) =>
  test.db
    .select()
    .from(consents)
    .where(and(eq(consents.userId, workerId), eq(consents.purpose, 'statistics')));

const give = { choice: 'give', purpose: 'statistics' };
const withdraw = { choice: 'withdraw', purpose: 'statistics' };

describe('the statistics consent', () => {
  it('is given by the worker on /me/consents, once however often they press, and audited', async () => {
    const worker = await createWorker(test, { loginId: 'hanako' });
    const browser = await signedInAs('hanako');
    const before = visibleText(await (await browser.get('/me/consents')).text());
    expect(before).toContain('町への報告で、人数を数えることへの同意');
    expect(before).toContain('報告の人数に数えることに同意する');

    // Two tabs pressing at once still make one consent.
    const [first, second] = await Promise.all([browser.post('/me/consents', give), browser.post('/me/consents', give)]);
    expect(first.status).toBe(303);
    expect(second.headers.get('location')).toBe('/me/consents?done=consentGiven');
    expect(await statisticsConsents(worker.id)).toMatchObject([{ textVersion: '2026-11', withdrawnAt: null }]);

    const after = visibleText(await (await browser.get('/me/consents?done=consentGiven')).text());
    expect(after).toContain('同意を記録しました。');
    expect(after).toContain('報告の人数に数えることへの同意を取り消す');
    expect(after).toContain('取り消すと、これから作る報告では、あなたを人数に数えません。');
    // The sensitive-data consent is its own choice, still not given.
    expect(after).toMatch(/障がい.*今は同意していません。.*同意する/);
    const [sensitive] = await test.db.select().from(consents).where(and(eq(consents.userId, worker.id), eq(consents.purpose, 'sensitive_data')));
    expect(sensitive).toBeUndefined();

    const audit = await test.db.select().from(auditLog).where(and(eq(auditLog.subjectUserId, worker.id), eq(auditLog.action, 'worker.consent.give')));
    expect(audit).toMatchObject([{ actorId: worker.id, detail: { purpose: 'statistics', textVersion: '2026-11' } }]);
  });

  it('is withdrawn without touching the disability and health details', async () => {
    const worker = await createWorker(test, { loginId: 'hanako' });
    const browser = await signedInAs('hanako');
    await browser.post('/me/consents', { choice: 'give', purpose: 'sensitive_data' });
    await browser.post('/me/profile', { phone: '0267-55-0000', preferredLocations: 'home', accountType: 'ordinary', sensitiveShown: 'yes', healthDetails: '腰痛があります' });
    await browser.post('/me/consents', give);

    const withdrawn = await browser.post('/me/consents', withdraw);
    expect(withdrawn.headers.get('location')).toBe('/me/consents?done=statisticsWithdrawn');
    const page = visibleText(await (await browser.get('/me/consents?done=statisticsWithdrawn')).text());
    expect(page).toContain('同意を取り消しました。これから作る報告では、あなたを人数に数えません。');
    expect(page).toContain('報告の人数に数えることに同意する');
    expect((await statisticsConsents(worker.id))[0]?.withdrawnAt).toBeInstanceOf(Date);
    const [profile] = await test.db.select().from(workerProfiles).where(eq(workerProfiles.userId, worker.id));
    expect(profile?.sensitiveEncrypted).toMatch(/^v1\./);
    expect(visibleText(await (await browser.get('/me/profile')).text())).toContain('腰痛があります');

    // Withdrawing again changes nothing and is not audited twice.
    await browser.post('/me/consents', withdraw);
    const withdrawals = await test.db.select().from(auditLog).where(and(eq(auditLog.subjectUserId, worker.id), eq(auditLog.action, 'worker.consent.withdraw')));
    expect(withdrawals).toMatchObject([{ detail: { purpose: 'statistics' } }]);
  });

  it('refuses an unknown purpose with the page again and stores nothing', async () => {
    const worker = await createWorker(test, { loginId: 'hanako' });
    const browser = await signedInAs('hanako');
    const refused = await browser.post('/me/consents', { choice: 'give', purpose: 'supporter_link' });
    expect(refused.status).toBe(400);
    expect(visibleText(await refused.text())).toContain('報告の人数に数えることに同意する');
    expect(await test.db.select().from(consents).where(eq(consents.userId, worker.id))).toEqual([]);
  });

  it('is shown to staff with the other consents in force, and in the audit list by name', async () => {
    const worker = await createWorker(test, { loginId: 'hanako' });
    const browser = await signedInAs('hanako');
    const coordinator = await test.signedIn('coordinator');
    expect(visibleText(await (await coordinator.get(`/workers/${worker.id}`)).text())).toContain('今有効な同意 今有効な同意はありません。');

    await browser.post('/me/consents', give);
    await browser.post('/me/consents', { choice: 'give', purpose: 'sensitive_data' });
    const record = visibleText(await (await coordinator.get(`/workers/${worker.id}`)).text());
    expect(record).toMatch(/今有効な同意 障がい・健康[^）]*（版 2026-11、[^）]+） 町への報告で、人数を数えることへの同意（版 2026-11、\d{4}年/);

    await browser.post('/me/consents', withdraw);
    const later = visibleText(await (await coordinator.get(`/workers/${worker.id}`)).text());
    expect(later).not.toContain('町への報告で、人数を数えることへの同意');
    const audit = visibleText(await (await coordinator.get(`/workers/${worker.id}/audit`)).text());
    expect(audit).toMatch(/worker \d+ 同意 町への報告で、人数を数えることへの同意/);
    expect(audit).toMatch(/worker \d+ 同意の取り消し 町への報告で、人数を数えることへの同意/);
  });

  it('lets the reports count only the workers whose consent is in force', async () => {
    const counted = await createWorker(test, { loginId: 'hanako' });
    await createWorker(test, { loginId: 'jiro' });
    await createWorker(test, { loginId: 'saburo' });
    await (await signedInAs('hanako')).post('/me/consents', give);
    const saburo = await signedInAs('saburo');
    await saburo.post('/me/consents', give);
    await saburo.post('/me/consents', withdraw);

    const rows = await test.db.select({ id: users.id }).from(users).where(consentStands(users.id, 'statistics'));
    expect(rows).toEqual([{ id: counted.id }]);
    const [joined] = await test.db.select({ n: count() }).from(workerProfiles).where(consentStands(workerProfiles.userId, 'statistics'));
    expect(joined?.n).toBe(1);
  });
});

describe('demo data', () => {
  it('has the demo worker and leader counted in reports, and the trainee not', async () => {
    const { seedDemo } = await import('../demo/seed');
    await seedDemo(test.db);
    const rows = await test.db.select({ loginId: users.loginId }).from(users).where(consentStands(users.id, 'statistics')).orderBy(users.loginId);
    expect(rows.map((row) => row.loginId)).toEqual(['leader', 'worker']);
  });
});
