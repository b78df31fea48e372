import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { roles, type Role } from '../../auth/roles';
import { users } from '../../auth/schema';
import { linksOn } from '../../testing/html';
import { getText, postText } from '../../testing/page-text';
import { useTestApp } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { consents, supporterLinks } from '../workers/schema';
import { createWorker } from '../workers/testing';
import { needACallReasons } from './need-a-call';
import { saveCheckIn } from './save-check-in';
import { checkInSettings, dailyCheckIns } from './schema';
import { setCheckIns } from './set-check-ins';

const test = useTestApp();

async function signedIn(user: { id: string; loginId: string }) {
  const browser = test.browser();
  await browser.signIn(user.loginId);
  return browser;
}

const today = () => todayInJapan();

/** A name no other test user's name contains. */
const label = (user: { loginId: string }) => `〈${user.loginId}〉`;

/** A worker with check-ins on and a check-in on each of these days (days back from today → condition). */
async function checkingWorker(days: Record<number, number>, profile: Parameters<typeof createWorker>[1] = {}) {
  const worker = await createWorker(test, profile);
  await test.db.update(users).set({ displayName: label(worker) }).where(eq(users.id, worker.id));
  await setCheckIns(test.db, worker.id, true);
  const entries = Object.entries(days).map(([back, condition]) => ({ userId: worker.id, checkedInOn: addDays(today(), -Number(back)), condition }));
  if (entries.length > 0) await test.db.insert(dailyCheckIns).values(entries);
  return worker;
}

/** Check-ins of condition 4 on each of these days back. */
const good = (...back: number[]) => Object.fromEntries(back.map((day) => [day, 4]));

describe('my daily check-in', () => {
  it('is off until the worker turns it on; then points out a missing condition next to the field and replaces a second check-in the same day', async () => {
    const worker = await createWorker(test);
    const browser = await signedIn(worker);
    const off = await getText(browser, '/me/check-in');
    expect(off.text).toContain('いまは、調子の記録をつけていません。');
    expect(off.text).toContain('コーディネーター（支援の担当）と、あなたが許した支援者だけです');
    expect(off.text).not.toContain('今日の記録');
    expect((await postText(browser, '/me/check-in', { condition: '4' })).status).toBe(409);

    expect((await postText(browser, '/me/check-in/settings', { choice: 'yes' })).location).toBe('/me/check-in?done=on');
    const missing = await postText(browser, '/me/check-in', { note: 'ねむい' });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('今日の調子: 今日の調子を選んでください。');
    expect(missing.text).toContain('ねむい');
    const long = await postText(browser, '/me/check-in', { condition: '3', note: 'あ'.repeat(501) });
    expect(long.status).toBe(400);
    expect(long.text).toContain('500文字以内で入力してください。');
    expect((await postText(browser, '/me/check-in', { condition: '9' })).status).toBe(400);

    expect((await postText(browser, '/me/check-in', { condition: '2', note: '頭が痛い' })).location).toBe('/me/check-in?done=saved');
    expect((await postText(browser, '/me/check-in', { condition: '4', note: '薬を飲んで楽になった' })).status).toBe(303);
    const rows = await test.db.select().from(dailyCheckIns).where(eq(dailyCheckIns.userId, worker.id));
    expect(rows).toMatchObject([{ checkedInOn: today(), condition: 4, note: '薬を飲んで楽になった' }]);
    const page = await getText(browser, '/me/check-in');
    expect(page.text).toContain('今日はもう記録しています。');
    expect(page.text).toContain('4 良い');
    expect(page.text).toContain('薬を飲んで楽になった');

    expect((await postText(browser, '/me/check-in/settings', { choice: 'no' })).location).toBe('/me/check-in?done=off');
    expect(await test.db.select().from(checkInSettings).where(eq(checkInSettings.userId, worker.id))).toMatchObject([{ enabled: false }]);
  });

  it('keeps one check-in a day when two are sent at once', async () => {
    const worker = await createWorker(test);
    await setCheckIns(test.db, worker.id, true);
    const results = await Promise.all([saveCheckIn(test.db, worker.id, { condition: 1, note: null }), saveCheckIn(test.db, worker.id, { condition: 5, note: 'よし' })]);
    expect(results).toEqual([true, true]);
    const rows = await test.db.select().from(dailyCheckIns).where(eq(dailyCheckIns.userId, worker.id));
    expect(rows).toHaveLength(1);
    expect([1, 5]).toContain(rows[0]!.condition);
  });
});

describe('who sees check-ins', () => {
  it('shows them to coordinators (audited) and to nobody else; turning them off hides them', async () => {
    const worker = await checkingWorker({ 0: 2 });
    await test.db.update(dailyCheckIns).set({ note: 'ひみつのひとこと' }).where(eq(dailyCheckIns.userId, worker.id));
    const coordinator = await test.signedIn('coordinator');
    const page = await getText(coordinator, `/check-ins/${worker.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('ひみつのひとこと');
    expect(page.text).toContain('2 少しつらい');
    expect(await test.db.select().from(auditLog).where(and(eq(auditLog.action, 'worker.checkIns.view'), eq(auditLog.subjectUserId, worker.id)))).toHaveLength(1);
    expect((await getText(coordinator, '/check-ins')).status).toBe(200);
    expect(await test.db.select().from(auditLog).where(eq(auditLog.action, 'checkIns.list.view'))).toHaveLength(1);

    for (const role of roles.filter((role): role is Exclude<Role, 'coordinator'> => role !== 'coordinator')) {
      const other = await test.signedIn(role);
      for (const path of ['/check-ins', `/check-ins/${worker.id}`, `/supporter/workers/${worker.id}/check-ins`]) {
        const answer = await getText(other, path);
        expect(answer.status, `${role} ${path}`).toBeOneOf([403, 404]);
        expect(answer.text).not.toContain('ひみつのひとこと');
      }
    }
    // The worker themselves sees their own, on their own page only.
    expect((await getText(await signedIn(worker), `/check-ins/${worker.id}`)).status).toBe(403);

    await setCheckIns(test.db, worker.id, false);
    expect((await getText(coordinator, `/check-ins/${worker.id}`)).status).toBe(404);
    expect((await getText(coordinator, '/check-ins')).text).not.toContain(label(worker));
  });

  it('shows them to a linked supporter only while the worker’s consent for that supporter stands', async () => {
    const worker = await checkingWorker({ 0: 3 });
    await test.db.update(dailyCheckIns).set({ note: '支援者に見せるひとこと' }).where(eq(dailyCheckIns.userId, worker.id));
    const supporter = await test.createUser('supporter');
    const otherSupporter = await test.createUser('supporter');
    const [consent] = await test.db.insert(consents).values({ userId: worker.id, purpose: 'supporter_link', supporterId: supporter.id, textVersion: '2026-11' }).returning();
    await test.db.insert(supporterLinks).values({ supporterId: supporter.id, workerId: worker.id, consentId: consent!.id });
    const supporterBrowser = await signedIn(supporter);
    const workerBrowser = await signedIn(worker);
    const path = `/supporter/workers/${worker.id}/check-ins`;
    expect((await getText(supporterBrowser, path)).status).toBe(403);

    const mine = await getText(workerBrowser, '/me/check-in');
    expect(mine.text).toContain('には見せていません。');
    expect(mine.text).toContain('支援者に毎日の調子を見せることへの同意');
    expect((await postText(workerBrowser, `/me/check-in/supporters/${supporter.id}`, { choice: 'yes' })).location).toBe('/me/check-in?done=shared');
    expect((await postText(workerBrowser, `/me/check-in/supporters/${otherSupporter.id}`, { choice: 'yes' })).status).toBe(404);
    expect(linksOn(await (await supporterBrowser.get(`/supporter/workers/${worker.id}`)).text()).map((link) => link.href)).toContain(path);
    const shown = await getText(supporterBrowser, path);
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('支援者に見せるひとこと');
    expect(await test.db.select().from(auditLog).where(and(eq(auditLog.action, 'worker.checkIns.view'), eq(auditLog.actorId, supporter.id)))).toHaveLength(1);
    expect(await test.db.select().from(auditLog).where(eq(auditLog.action, 'supporter.checkIns.allow'))).toHaveLength(1);
    expect((await getText(await signedIn(otherSupporter), path)).status).toBe(403);

    expect((await postText(workerBrowser, `/me/check-in/supporters/${supporter.id}`, { choice: 'no' })).location).toBe('/me/check-in?done=unshared');
    expect((await getText(supporterBrowser, path)).status).toBe(403);
    expect(linksOn(await (await supporterBrowser.get(`/supporter/workers/${worker.id}`)).text()).map((link) => link.href)).not.toContain(path);
    const given = await test.db.select().from(consents).where(and(eq(consents.userId, worker.id), eq(consents.purpose, 'supporter_check_ins')));
    expect(given).toHaveLength(1);
    expect(given[0]!.withdrawnAt).not.toBeNull();

    // Ending the link withdraws the sharing with it.
    await postText(workerBrowser, `/me/check-in/supporters/${supporter.id}`, { choice: 'yes' });
    expect((await getText(supporterBrowser, path)).status).toBe(200);
    expect((await postText(workerBrowser, `/me/supporters/${supporter.id}/revoke`)).status).toBe(303);
    expect((await getText(supporterBrowser, path)).status).toBe(403);
    const after = await test.db.select().from(consents).where(and(eq(consents.userId, worker.id), eq(consents.purpose, 'supporter_check_ins')));
    expect(after.every((consent) => consent.withdrawnAt !== null)).toBe(true);
  });
});

describe('who may need a call', () => {
  it('lists a usual checker-in silent for 3 days but not 2, not an occasional one, and one low twice in the last three', async () => {
    const silent3 = await checkingWorker(good(3, 5, 7, 9, 11));
    const silent2 = await checkingWorker(good(2, 4, 6, 8, 10));
    const occasional = await checkingWorker(good(5, 9, 12, 18));
    const lowTwice = await checkingWorker({ 0: 2, 1: 4, 2: 1 });
    const lowOnce = await checkingWorker({ 0: 1, 1: 4, 2: 3, 3: 2 });
    const coordinator = await test.signedIn('coordinator');
    const page = await getText(coordinator, '/check-ins');
    const section = page.text.slice(page.text.indexOf('連絡したほうがよさそうな人'), page.text.indexOf('調子の記録をつけている人 名前'));
    const listed = (user: { loginId: string }) => section.includes(label(user));
    expect(listed(silent3)).toBe(true);
    expect(section).toContain('いつも記録している人が、3日記録していません');
    expect(listed(silent2)).toBe(false);
    expect(listed(occasional)).toBe(false);
    expect(listed(lowTwice)).toBe(true);
    expect(section).toContain('最近の記録で、つらい日が続いています');
    expect(listed(lowOnce)).toBe(false);
    // Everyone who checks in is in the full list.
    for (const user of [silent3, silent2, occasional, lowTwice, lowOnce]) expect(page.text).toContain(label(user));
  });

  it('follows the rule at its edges', () => {
    const day = '2026-11-20';
    const usual = { lastOn: addDays(day, -3), checkInsBeforeLast: 4, lowRecent: 0 };
    expect(needACallReasons(usual, day)).toEqual(['silent']);
    expect(needACallReasons({ ...usual, lastOn: addDays(day, -2) }, day)).toEqual([]);
    expect(needACallReasons({ ...usual, checkInsBeforeLast: 3 }, day)).toEqual([]);
    expect(needACallReasons({ lastOn: null, checkInsBeforeLast: 0, lowRecent: 0 }, day)).toEqual([]);
    expect(needACallReasons({ lastOn: day, checkInsBeforeLast: 0, lowRecent: 2 }, day)).toEqual(['low']);
    expect(needACallReasons({ lastOn: day, checkInsBeforeLast: 0, lowRecent: 1 }, day)).toEqual([]);
    expect(needACallReasons({ ...usual, lowRecent: 3 }, day)).toEqual(['silent', 'low']);
  });

  it('counts the 14 days before the last check-in, and only the last 3 check-ins of the last 14 days as low', async () => {
    // Last check-in 3 days ago; 4 before it, the earliest exactly 14 days before it (counts) or 15 (does not).
    const inWindow = await checkingWorker(good(3, 5, 7, 9, 17));
    const outOfWindow = await checkingWorker(good(3, 5, 7, 9, 18));
    // Two low check-ins, but more than 14 days ago.
    const oldLows = await checkingWorker({ 0: 4, 15: 1, 16: 1 });
    const coordinator = await test.signedIn('coordinator');
    const page = await getText(coordinator, '/check-ins');
    const section = page.text.slice(0, page.text.indexOf('調子の記録をつけている人 名前'));
    expect(section).toContain(label(inWindow));
    expect(section).not.toContain(label(outOfWindow));
    expect(section).not.toContain(label(oldLows));
  });

  it('offers a phone link, or for text-only people no phone but 「文字で連絡してください」, and always a message link', async () => {
    const caller = await checkingWorker({ 0: 1, 1: 1 }, { phone: '0267-55-1234' });
    const texter = await checkingWorker({ 0: 1, 1: 2 }, { phone: '0267-55-9876', accommodations: ['text_only'] });
    const coordinator = await test.signedIn('coordinator');
    const response = await coordinator.get('/check-ins');
    const html = await response.text();
    const links = linksOn(html).map((link) => link.href);
    expect(links).toContain('tel:0267551234');
    expect(links).not.toContain('tel:0267559876');
    expect(html).not.toContain('0267-55-9876');
    expect(html).toContain('文字で連絡してください');
    expect(links).toContain(`/messages/${caller.id}`);
    expect(links).toContain(`/messages/${texter.id}`);
    const detail = await coordinator.get(`/check-ins/${texter.id}`);
    expect(await detail.text()).not.toContain('0267-55-9876');
  });
});
