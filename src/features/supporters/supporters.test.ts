import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { users } from '../../auth/schema';
import { seal } from '../../crypto/sealed-box';
import { visibleText } from '../../testing/html';
import { testEncryptionKey, useTestApp, type TestBrowser } from '../../testing/test-app';
import { availabilitySlots } from '../availability/schema';
import { payStatements } from '../pay/schema';
import { consents, supporterLinks, workerProfiles } from '../workers/schema';
import { createWorker } from '../workers/testing';
import { withdrawConsent } from '../workers/withdraw-consent';
import { agreeSupporterLink } from './agree-supporter-link';
import { proposeSupporterLink } from './propose-supporter-link';

const test = useTestApp();

async function signedInAs(loginId: string): Promise<TestBrowser> {
  const browser = test.browser();
  expect((await browser.signIn(loginId)).status).toBe(303);
  return browser;
}

/** A worker who offers 9:00–12:00 at home every day, a supporter, and a signed-in coordinator, worker and supporter. */
async function setUp() {
  const worker = await createWorker(test, { loginId: 'hanako' });
  await test.db.insert(availabilitySlots).values(
    [0, 1, 2, 3, 4, 5, 6].flatMap((weekday) => [540, 570, 600, 630, 660, 690].map((startMinute) => ({ userId: worker.id, weekday, startMinute, location: 'home' as const }))),
  );
  const supporter = await test.createUser('supporter', 'chikuma');
  await test.db.update(users).set({ displayName: '千曲 支援者' }).where(eq(users.id, supporter.id));
  await test.db.update(users).set({ displayName: '立科 花子' }).where(eq(users.id, worker.id));
  const coordinator = await test.signedIn('coordinator');
  return { worker, supporter, coordinator, workerBrowser: await signedInAs('hanako'), supporterBrowser: await signedInAs('chikuma') };
}

/** A coordinator proposes the supporter 'chikuma' for this worker, through the domain function. */
async function proposeAsStaff(workerId: string) {
  const staff = await test.createUser('coordinator');
  const result = await proposeSupporterLink(test.db, { id: staff.id, role: 'coordinator' }, { workerId, supporterLoginId: 'chikuma' });
  expect(result.ok).toBe(true);
}

const page = async (browser: TestBrowser, path: string) => {
  const response = await browser.get(path);
  return { status: response.status, text: visibleText(await response.text()) };
};

async function activeLinks(workerId: string) {
  return test.db.select().from(supporterLinks).where(and(eq(supporterLinks.workerId, workerId), isNull(supporterLinks.revokedAt)));
}

describe('linking a supporter only with the worker’s consent', () => {
  it('a proposal shares nothing; agreeing shows the schedule; revoking takes it away again', async () => {
    const { worker, supporter, coordinator, workerBrowser, supporterBrowser } = await setUp();

    const proposed = await coordinator.post(`/workers/${worker.id}/supporters`, { loginId: 'ＣＨＩＫＵＭＡ' });
    expect(proposed.status).toBe(303);
    expect(proposed.headers.get('location')).toBe(`/workers/${worker.id}/supporters?proposed=1`);
    const staffView = await page(coordinator, `/workers/${worker.id}/supporters?proposed=1`);
    expect(staffView.text).toContain('提案しました。本人が同意すると、つながります。');
    expect(staffView.text).toContain('返事を待っている提案（1件）');
    expect(staffView.text).toContain('つながっている支援者はいません。');

    // Proposed, not agreed: the supporter is refused (403, not 404) and sees no one.
    expect((await page(supporterBrowser, `/supporter/workers/${worker.id}`)).status).toBe(403);
    expect((await page(supporterBrowser, '/supporter')).text).toContain('まだ、つながっているワーカーはいません。');

    const mine = await page(workerBrowser, '/me/supporters');
    expect(mine.text).toContain('提案された支援者: 千曲 支援者さん');
    expect(mine.text).toContain('支援者と情報を共有することへの同意');
    expect(mine.text).toContain('障がいや健康のこと、口座、報酬は見られません。');

    const agreed = await workerBrowser.post(`/me/supporters/${supporter.id}/agree`);
    expect(agreed.headers.get('location')).toBe('/me/supporters?done=agreed');
    expect((await page(workerBrowser, '/me/supporters?done=agreed')).text).toContain('支援者とつながりました。');
    const [consent] = await test.db.select().from(consents).where(eq(consents.userId, worker.id));
    expect(consent).toMatchObject({ purpose: 'supporter_link', supporterId: supporter.id, textVersion: '2026-11', withdrawnAt: null });
    const [link] = await activeLinks(worker.id);
    expect(link).toMatchObject({ supporterId: supporter.id, consentId: consent!.id, sharesPay: false });

    const list = await page(supporterBrowser, '/supporter');
    expect(list.text).toContain('立科 花子');
    const view = await page(supporterBrowser, `/supporter/workers/${worker.id}`);
    expect(view.status).toBe(200);
    expect(view.text).toContain('これから2週間の予定');
    expect(view.text).toContain('9:00〜12:00（自宅）');
    expect(view.text).not.toContain('報酬');
    const views = await test.db.select().from(auditLog).where(and(eq(auditLog.action, 'supporter.worker.view'), eq(auditLog.subjectUserId, worker.id)));
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actorId: supporter.id });

    const staffAfter = await page(coordinator, `/workers/${worker.id}/supporters`);
    expect(staffAfter.text).toContain('つながっている支援者（1人）');
    expect(staffAfter.text).toContain('返事を待っている提案はありません。');

    const revoked = await workerBrowser.post(`/me/supporters/${supporter.id}/revoke`);
    expect(revoked.headers.get('location')).toBe('/me/supporters?done=revoked');
    expect((await page(supporterBrowser, `/supporter/workers/${worker.id}`)).status).toBe(403);
    expect(await activeLinks(worker.id)).toHaveLength(0);
    const [withdrawn] = await test.db.select().from(consents).where(eq(consents.id, consent!.id));
    expect(withdrawn?.withdrawnAt).not.toBeNull();
  });

  it('shows pay only while the worker allows it, with its own consent', async () => {
    const { worker, supporter, coordinator, workerBrowser, supporterBrowser } = await setUp();
    await coordinator.post(`/workers/${worker.id}/supporters`, { loginId: 'chikuma' });
    await workerBrowser.post(`/me/supporters/${supporter.id}/agree`);
    expect((await page(supporterBrowser, `/supporter/workers/${worker.id}`)).text).not.toContain('報酬');

    const mine = await page(workerBrowser, '/me/supporters');
    expect(mine.text).toContain('報酬を支援者に見せることへの同意');
    const allowed = await workerBrowser.post(`/me/supporters/${supporter.id}/pay`, { share: 'yes' });
    expect(allowed.headers.get('location')).toBe('/me/supporters?done=payAllowed');
    const payConsents = () => test.db.select().from(consents).where(and(eq(consents.userId, worker.id), eq(consents.purpose, 'supporter_pay')));
    expect(await payConsents()).toMatchObject([{ supporterId: supporter.id, textVersion: '2026-11', withdrawnAt: null }]);
    expect((await page(supporterBrowser, `/supporter/workers/${worker.id}`)).text).toContain('まだ支払通知書はありません。');
    await test.db.insert(payStatements).values({
      workerId: worker.id,
      month: '2026-10',
      workYen: 5000,
      adjustmentYen: 0,
      consumptionTaxYen: 0,
      withholdingBaseYen: 0,
      withholdingYen: 0,
      paymentYen: 5000,
      legalDueOn: '2026-12-03',
      scheduledOn: '2026-11-25',
    });
    const withPay = await page(supporterBrowser, `/supporter/workers/${worker.id}`);
    expect(withPay.text).toContain('2026年10月 ￥5,000 2026年11月25日(水) 締め済み（未払い）');

    const stopped = await workerBrowser.post(`/me/supporters/${supporter.id}/pay`, { share: 'no' });
    expect(stopped.headers.get('location')).toBe('/me/supporters?done=payStopped');
    expect((await page(supporterBrowser, `/supporter/workers/${worker.id}`)).text).not.toContain('報酬');
    const [payConsent] = await payConsents();
    expect(payConsent?.withdrawnAt).not.toBeNull();
    expect((await activeLinks(worker.id))[0]?.sharesPay).toBe(false);
  });

  it('declining links nothing, and an answered proposal cannot be agreed to later', async () => {
    const { worker, supporter, coordinator, workerBrowser, supporterBrowser } = await setUp();
    await coordinator.post(`/workers/${worker.id}/supporters`, { loginId: 'chikuma' });
    const declined = await workerBrowser.post(`/me/supporters/${supporter.id}/decline`);
    expect(declined.headers.get('location')).toBe('/me/supporters?done=declined');
    expect((await page(workerBrowser, '/me/supporters')).text).toContain('返事を待っている提案はありません。');
    const late = await workerBrowser.post(`/me/supporters/${supporter.id}/agree`);
    expect(late.headers.get('location')).toBe('/me/supporters?done=notPending');
    expect(await activeLinks(worker.id)).toHaveLength(0);
    expect(await test.db.select().from(consents).where(eq(consents.userId, worker.id))).toHaveLength(0);
    expect((await page(supporterBrowser, `/supporter/workers/${worker.id}`)).status).toBe(403);
  });

  it('two agreements at once make one link and one consent', async () => {
    const { worker, supporter } = await setUp();
    await proposeAsStaff(worker.id);
    const results = await Promise.all([agreeSupporterLink(test.db, worker.id, supporter.id), agreeSupporterLink(test.db, worker.id, supporter.id)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await activeLinks(worker.id)).toHaveLength(1);
    expect(await test.db.select().from(consents).where(eq(consents.userId, worker.id))).toHaveLength(1);
  });

  it('when the unique index refuses a second link, the agreement is rolled back whole', async () => {
    const { worker, supporter } = await setUp();
    await proposeAsStaff(worker.id);
    // Another request linked them a moment ago, after this one saw the proposal still open.
    const [consent] = await test.db.insert(consents).values({ userId: worker.id, purpose: 'supporter_link', supporterId: supporter.id, textVersion: '2026-11' }).returning();
    await test.db.insert(supporterLinks).values({ supporterId: supporter.id, workerId: worker.id, consentId: consent!.id });
    expect(await agreeSupporterLink(test.db, worker.id, supporter.id)).toEqual({ ok: false, reason: 'alreadyLinked' });
    expect(await activeLinks(worker.id)).toHaveLength(1);
    expect(await test.db.select().from(consents).where(eq(consents.userId, worker.id))).toHaveLength(1);
  });
});

/** The worker's own sensitive-data consent, with details sealed as the profile form stores them. */
async function storeSensitive(workerId: string, details: string) {
  await test.db.insert(consents).values({ userId: workerId, purpose: 'sensitive_data', textVersion: '2026-11' });
  await test.db.update(workerProfiles).set({ sensitiveEncrypted: seal(testEncryptionKey, { disability: true, details }) }).where(eq(workerProfiles.userId, workerId));
}

const sensitiveDetails = '長く座ると腰が痛むので、1時間ごとに休みます';

describe('showing disability and health details to a linked supporter', () => {
  async function linked() {
    const context = await setUp();
    await context.coordinator.post(`/workers/${context.worker.id}/supporters`, { loginId: 'chikuma' });
    await context.workerBrowser.post(`/me/supporters/${context.supporter.id}/agree`);
    return context;
  }
  const sensitiveConsents = (workerId: string) =>
    test.db.select().from(consents).where(and(eq(consents.userId, workerId), eq(consents.purpose, 'supporter_sensitive')));
  const sensitiveViews = (workerId: string) =>
    test.db.select().from(auditLog).where(and(eq(auditLog.subjectUserId, workerId), eq(auditLog.action, 'worker.sensitive.view')));

  it('shows them only while the worker allows it, with its own consent and an audit entry per view', async () => {
    const { worker, supporter, workerBrowser, supporterBrowser } = await linked();
    await storeSensitive(worker.id, sensitiveDetails);
    const before = await page(supporterBrowser, `/supporter/workers/${worker.id}`);
    expect(before.text).not.toContain(sensitiveDetails);
    expect(before.text).not.toContain('障がいや健康のこと');

    const mine = await page(workerBrowser, '/me/supporters');
    expect(mine.text).toContain('障がいや健康のことを支援者に見せることへの同意');
    expect(mine.text).toContain('障がいや健康のことは見せていません。');
    const allowed = await workerBrowser.post(`/me/supporters/${supporter.id}/sensitive`, { share: 'yes' });
    expect(allowed.headers.get('location')).toBe('/me/supporters?done=sensitiveAllowed');
    expect((await page(workerBrowser, '/me/supporters?done=sensitiveAllowed')).text).toContain('障がいや健康のことも見せています。');
    expect(await sensitiveConsents(worker.id)).toMatchObject([{ supporterId: supporter.id, textVersion: '2026-11', withdrawnAt: null }]);

    const shown = await page(supporterBrowser, `/supporter/workers/${worker.id}`);
    expect(shown.text).toContain(sensitiveDetails);
    expect(shown.text).toContain('障がいがある（本人の申告）');
    expect(await sensitiveViews(worker.id)).toMatchObject([{ actorId: supporter.id }]);
    const actions = (await test.db.select().from(auditLog).where(eq(auditLog.actorId, worker.id))).map((entry) => entry.action);
    expect(actions).toContain('supporter.sensitive.allow');

    const stopped = await workerBrowser.post(`/me/supporters/${supporter.id}/sensitive`, { share: 'no' });
    expect(stopped.headers.get('location')).toBe('/me/supporters?done=sensitiveStopped');
    expect((await page(supporterBrowser, `/supporter/workers/${worker.id}`)).text).not.toContain(sensitiveDetails);
    expect(await sensitiveViews(worker.id)).toHaveLength(1);
    expect((await sensitiveConsents(worker.id))[0]?.withdrawnAt).not.toBeNull();
    const after = (await test.db.select().from(auditLog).where(eq(auditLog.actorId, worker.id))).map((entry) => entry.action);
    expect(after).toContain('supporter.sensitive.stop');
  });

  it('ends with the link: revoking withdraws the consent, and a new link does not share them again', async () => {
    const { worker, supporter, coordinator, workerBrowser, supporterBrowser } = await linked();
    await storeSensitive(worker.id, sensitiveDetails);
    await workerBrowser.post(`/me/supporters/${supporter.id}/sensitive`, { share: 'yes' });
    expect((await page(supporterBrowser, `/supporter/workers/${worker.id}`)).text).toContain(sensitiveDetails);
    await workerBrowser.post(`/me/supporters/${supporter.id}/revoke`);
    expect((await sensitiveConsents(worker.id))[0]?.withdrawnAt).not.toBeNull();
    expect((await page(supporterBrowser, `/supporter/workers/${worker.id}`)).status).toBe(403);

    await coordinator.post(`/workers/${worker.id}/supporters`, { loginId: 'chikuma' });
    await workerBrowser.post(`/me/supporters/${supporter.id}/agree`);
    const relinked = await page(supporterBrowser, `/supporter/workers/${worker.id}`);
    expect(relinked.status).toBe(200);
    expect(relinked.text).not.toContain(sensitiveDetails);
  });

  it('ends when the worker withdraws their own sensitive-data consent', async () => {
    const { worker, supporter, workerBrowser, supporterBrowser } = await linked();
    await storeSensitive(worker.id, sensitiveDetails);
    await workerBrowser.post(`/me/supporters/${supporter.id}/sensitive`, { share: 'yes' });
    await withdrawConsent(test.db, worker.id, 'sensitive_data');
    expect((await sensitiveConsents(worker.id))[0]?.withdrawnAt).not.toBeNull();
    // New details under a new consent are not shared again without asking.
    await storeSensitive(worker.id, sensitiveDetails);
    expect((await page(supporterBrowser, `/supporter/workers/${worker.id}`)).text).not.toContain(sensitiveDetails);
  });

  it('is offered only when details are stored under the worker’s own consent', async () => {
    const { worker, supporter, workerBrowser } = await linked();
    const mine = await page(workerBrowser, '/me/supporters');
    expect(mine.text).toContain('障がいや健康のことは、登録されていないため、支援者に見せることはできません。');
    expect(mine.text).not.toContain('障がいや健康のことを支援者に見せることへの同意');
    const refused = await workerBrowser.post(`/me/supporters/${supporter.id}/sensitive`, { share: 'yes' });
    expect(refused.headers.get('location')).toBe('/me/supporters?done=sensitiveNotPossible');
    expect(await sensitiveConsents(worker.id)).toHaveLength(0);
  });

  it('neither the supporter nor another worker can allow it', async () => {
    const { worker, supporter, supporterBrowser } = await linked();
    await storeSensitive(worker.id, sensitiveDetails);
    expect((await supporterBrowser.post(`/me/supporters/${supporter.id}/sensitive`, { share: 'yes' })).status).toBe(403);
    await createWorker(test, { loginId: 'taro' });
    const other = await signedInAs('taro');
    expect((await other.post(`/me/supporters/${supporter.id}/sensitive`, { share: 'yes' })).status).toBe(404);
    expect((await other.post(`/me/supporters/${supporter.id}/sensitive`, { share: 'maybe' })).status).toBe(404);
    expect(await sensitiveConsents(worker.id)).toHaveLength(0);
    expect((await page(supporterBrowser, `/supporter/workers/${worker.id}`)).text).not.toContain(sensitiveDetails);
  });
});

describe('who may do what', () => {
  it('a worker cannot open or change another worker’s supporter settings', async () => {
    const { worker, supporter, coordinator, workerBrowser } = await setUp();
    await coordinator.post(`/workers/${worker.id}/supporters`, { loginId: 'chikuma' });
    await workerBrowser.post(`/me/supporters/${supporter.id}/agree`);
    await createWorker(test, { loginId: 'taro' });
    const other = await signedInAs('taro');
    expect((await other.get(`/workers/${worker.id}/supporters`)).status).toBe(403);
    expect((await other.post(`/workers/${worker.id}/supporters`, { loginId: 'chikuma' })).status).toBe(403);
    // Their own page never shows hanako's supporters, and acting on hanako's supporter changes nothing.
    expect((await page(other, '/me/supporters')).text).toContain('つながっている支援者はいません。');
    expect((await other.post(`/me/supporters/${supporter.id}/revoke`)).status).toBe(404);
    expect((await other.post(`/me/supporters/${supporter.id}/pay`, { share: 'yes' })).status).toBe(404);
    expect(await activeLinks(worker.id)).toMatchObject([{ supporterId: supporter.id, sharesPay: false }]);
  });

  it('a supporter sees only workers linked to them', async () => {
    const { worker, supporter, coordinator, workerBrowser } = await setUp();
    await coordinator.post(`/workers/${worker.id}/supporters`, { loginId: 'chikuma' });
    await workerBrowser.post(`/me/supporters/${supporter.id}/agree`);
    const otherSupporter = await test.signedIn('supporter');
    expect((await otherSupporter.get(`/supporter/workers/${worker.id}`)).status).toBe(403);
    expect((await otherSupporter.get('/supporter/workers/not-an-id')).status).toBe(404);
    expect((await coordinator.get(`/supporter/workers/${worker.id}`)).status).toBe(403);
  });

  it('proposes only existing supporter accounts, once, for existing workers', async () => {
    const { worker, coordinator } = await setUp();
    const unknown = await coordinator.post(`/workers/${worker.id}/supporters`, { loginId: 'nobody' });
    expect(unknown.status).toBe(400);
    expect(visibleText(await unknown.text())).toContain('このログインIDの支援者は見つかりません。');
    const notSupporter = await coordinator.post(`/workers/${worker.id}/supporters`, { loginId: 'hanako' });
    expect(notSupporter.status).toBe(400);
    const empty = await coordinator.post(`/workers/${worker.id}/supporters`, { loginId: '' });
    expect(empty.status).toBe(400);
    expect(visibleText(await empty.text())).toContain('入力してください。');
    await coordinator.post(`/workers/${worker.id}/supporters`, { loginId: 'chikuma' });
    const twice = await coordinator.post(`/workers/${worker.id}/supporters`, { loginId: 'chikuma' });
    expect(twice.status).toBe(409);
    expect(visibleText(await twice.text())).toContain('この支援者は、すでに提案して返事を待っています。');
    expect((await coordinator.get('/workers/00000000-0000-4000-8000-000000000000/supporters')).status).toBe(404);
    expect((await coordinator.get('/workers/nope/supporters')).status).toBe(404);
  });
});
