import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../testing/html';
import { useTestApp, type TestBrowser } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import { availabilitySlots } from '../availability/schema';
import { notifications } from '../notifications/schema';
import { orders } from '../orders/schema';
import { addToTeam, createOrder, createTasks } from '../orders/testing';
import { workerSkills } from '../workers/schema';
import { createWorker } from '../workers/testing';
import { users } from '../../auth/schema';
import { acceptPlanOffer } from './accept-plan-offer';
import { createPlan } from './create-plan';
import { declinePlanOffer } from './decline-plan-offer';
import { publishPlan } from './publish-plan';
import { planAssignments, planOffers, plans } from './schema';
import { offerEveryDay, renamePackage } from './testing';

const test = useTestApp();

const today = todayInJapan();
const dayText = (days: number) => formatBusinessDate(addDays(today, days), 'ja');

const page = async (browser: TestBrowser, path: string) => {
  const response = await browser.get(path);
  const html = await response.text();
  return { status: response.status, html, text: visibleText(html) };
};

async function signedInWorker(hours: { start: number; end: number }, hoursPerWeek: number | null) {
  const user = await createWorker(test, { hoursPerWeek, worksOnHolidays: true });
  await test.db.insert(workerSkills).values({ userId: user.id, skill: 'data_entry', level: 2, source: 'self' });
  await offerEveryDay(test, user.id, { ...hours, location: 'home' });
  const browser = test.browser();
  expect((await browser.signIn(user.loginId)).status).toBe(303);
  return { ...user, browser };
}

/**
 * A running order with 12 hours of entry work due tomorrow, for which two workers offer 3 hours
 * a day between them (2 + 1), and some bookkeeping nobody on the team can do.
 */
async function planningSetUp() {
  const director = await test.signedIn('director');
  const { orderId } = await createOrder(test, { title: '名刺データ入力' });
  const [order] = await test.db.select({ number: orders.number }).from(orders).where(eq(orders.id, orderId));
  const entry = await createTasks(test, orderId, 12, { requiredSkills: ['data_entry'], deadline: addDays(today, 1), estimateMinutes: 60, units: 50 });
  const books = await createTasks(test, orderId, 2, { requiredSkills: ['bookkeeping'], deadline: addDays(today, 5), estimateMinutes: 30, units: 10 });
  await renamePackage(test, books.packageId, '仕訳');
  const first = await signedInWorker({ start: 540, end: 660 }, 10);
  const second = await signedInWorker({ start: 540, end: 600 }, null);
  for (const person of [first, second]) await addToTeam(test, orderId, person.id);
  return { director, orderId, entry, books, first, second, work: `入力（#${order!.number} 名刺データ入力）` };
}

async function makePlan(director: TestBrowser): Promise<string> {
  const response = await director.post('/plans', { from: today, days: '14' });
  expect(response.status).toBe(303);
  const location = response.headers.get('location') ?? '';
  expect(location).toMatch(/^\/plans\/[0-9a-f-]{36}\?done=created$/);
  return location.slice('/plans/'.length, location.indexOf('?'));
}

const offersOf = (workerId: string) =>
  test.db.select().from(planOffers).where(eq(planOffers.workerId, workerId)).orderBy(asc(planOffers.workDate), asc(planOffers.offeredAt));

describe('planning, publishing and answering offers', () => {
  it('plans, explains what is unmet, publishes, lets workers answer, and re-plans keeping the accepted and not re-offering the declined', async () => {
    const { director, first, second, work } = await planningSetUp();

    const start = await page(director, '/plans');
    expect(start.status).toBe(200);
    expect(start.html).toMatch(new RegExp(`id="field-from"[^>]*value="${today}"`));
    expect(start.html).toMatch(/id="field-days"[^>]*value="14"/);

    const planId = await makePlan(director);
    const byDay = await page(director, `/plans/${planId}?done=created`);
    expect(byDay.text).toContain('計画をつくりました。');
    expect(byDay.text).toContain('下書き ワーカーにはまだ見えていません。');
    expect(byDay.text).toContain('必要な時間 13時間');
    expect(byDay.text).toContain('計画した時間 6時間（うち、ワーカーが受けた提案 0分）');
    expect(byDay.text).toContain('計画できなかった作業があります（2件、合わせて7時間）。');
    expect(byDay.text).toContain(`${dayText(0)}（3時間）`);
    expect(byDay.text).toContain(`${dayText(2)}（0分） この日の計画はありません。`);
    expect(byDay.text).toContain(`worker 2 ${work} 自宅 2時間 100件 新しい提案`);
    expect(byDay.text).toContain(`worker 3 ${work} 自宅 1時間 50件 新しい提案`);
    expect(byDay.html).toContain('<caption>');
    expect(byDay.html).toContain('<th scope="row">worker 2</th>');
    // Nobody sees a draft but the planners.
    expect((await first.browser.get(`/plans/${planId}`)).status).toBe(403);
    expect((await page(first.browser, '/me/offers')).text).toContain('答えを待っている提案はありません。');

    const byOrder = await page(director, `/plans/${planId}/orders`);
    expect(byOrder.text).toContain(`データ入力のスキルを持つ人の ${dayText(1)} までの時間が足りません（必要 12時間／空き 6時間）。`);
    expect(byOrder.text).toContain('この作業ができる人がいません。必要なもの: この受注のチームに入っていること、経理（買掛・請求）のスキル。');
    expect(byOrder.text).toContain(`受注 #${work.slice(work.indexOf('#') + 1, -1)}`);
    expect(byOrder.text).toContain('合計 13時間 6時間 7時間');
    expect(byOrder.html.match(/class="plan-unmet"/g)).toHaveLength(2);

    const byWorker = await page(director, `/plans/${planId}/workers`);
    expect(byWorker.text).toContain(
      `worker 2 はじめての方 20時間 28時間 4時間 ${work}: 4時間（できる作業のうち締め切りがいちばん早い、はじめての方に、まず仕事を） 空いている時間にできる作業が、ほかにありません。`,
    );
    // Without a weekly target, the target is what they offer: 1 hour a day for 14 days.
    expect(byWorker.text).toContain('worker 3 はじめての方 14時間 14時間 2時間');
    expect(byWorker.text).toContain('合計 34時間 42時間 6時間');

    const published = await director.post(`/plans/${planId}/publish`);
    expect(published.status).toBe(303);
    expect(published.headers.get('location')).toBe(`/plans/${planId}?done=published`);
    expect((await page(director, `/plans/${planId}?done=published`)).text).toContain('計画を公開しました。');
    expect((await offersOf(first.id)).map((offer) => [offer.workDate, offer.minutes, offer.homeMinutes, offer.estimatedUnits, offer.status])).toEqual([
      [today, 120, 120, 100, 'offered'],
      [addDays(today, 1), 120, 120, 100, 'offered'],
    ]);
    expect(await offersOf(second.id)).toHaveLength(2);
    const told = await test.db.select().from(notifications).where(eq(notifications.messageKey, 'planner.notification.offers'));
    expect(told.map((row) => [row.userId, row.params, row.link]).sort()).toEqual(
      [
        [first.id, { count: 2 }, '/me/offers'],
        [second.id, { count: 2 }, '/me/offers'],
      ].sort(),
    );

    const mine = await page(first.browser, '/me/offers');
    expect(mine.text).toContain(`${dayText(0)} ${work} 時間 2時間 見込みの量 100件くらい 場所 自宅 2時間`);
    expect(mine.text).not.toContain('1時間 見込みの量 50件くらい');
    const [todayOffer, tomorrowOffer] = await offersOf(first.id);
    expect((await first.browser.post(`/me/offers/${todayOffer!.id}/accept`)).headers.get('location')).toBe('/me/offers?done=accepted');
    const declined = await first.browser.post(`/me/offers/${tomorrowOffer!.id}/decline`, { [`decline-${tomorrowOffer!.id}-note`]: '子どもの行事があります' });
    expect(declined.headers.get('location')).toBe('/me/offers?done=declined');
    const after = await page(first.browser, '/me/offers?done=declined');
    expect(after.text).toContain('次の計画で、この日にこの作業を提案することはありません。');
    expect(after.text).toContain(`受けた提案（1件） 日付 作業 時間 見込みの量 場所 ${dayText(0)} ${work} 2時間 100件くらい 自宅 2時間 合計 2時間`);
    expect((await offersOf(first.id)).map((offer) => [offer.status, offer.declineNote])).toEqual([
      ['accepted', null],
      ['declined', '子どもの行事があります'],
    ]);

    // A second answer, or someone else's offer, changes nothing.
    const again = await first.browser.post(`/me/offers/${todayOffer!.id}/decline`);
    expect(again.status).toBe(409);
    expect(visibleText(await again.text())).toContain('この提案には、もう答えられません。');
    expect((await second.browser.post(`/me/offers/${todayOffer!.id}/accept`)).status).toBe(404);
    expect((await second.browser.post(`/me/offers/${tomorrowOffer!.id}/decline`)).status).toBe(404);
    expect(visibleText((await second.browser.get('/me/offers').then((response) => response.text())))).not.toContain('2時間');

    // Plan again: the accepted offer is kept, the declined day is not offered again, the second worker's offers stay.
    const secondOffersBefore = (await offersOf(second.id)).map((offer) => offer.id);
    const replanId = await makePlan(director);
    const fixed = await test.db.select().from(planAssignments).where(and(eq(planAssignments.planId, replanId), eq(planAssignments.workerId, first.id)));
    expect(fixed.map((row) => [row.workDate, row.minutes, row.fixed, row.reasons])).toEqual([[today, 120, true, ['fixed']]]);
    const replan = await page(director, `/plans/${replanId}`);
    expect(replan.text).toContain(`worker 2 ${work} 自宅 2時間 100件 受けた提案`);
    expect(replan.text).toContain('計画した時間 4時間（うち、ワーカーが受けた提案 2時間）');
    expect((await page(director, `/plans/${replanId}/orders`)).text).toContain('うち受けた提案 2時間');
    expect((await page(director, `/plans/${replanId}/workers`)).text).toContain(
      `断った提案（この日にこの作業は提案しません） ${dayText(1)} ${work}: 「子どもの行事があります」`,
    );

    expect((await director.post(`/plans/${replanId}/publish`)).status).toBe(303);
    const [earlier] = await test.db.select({ status: plans.status }).from(plans).where(eq(plans.id, planId));
    expect(earlier?.status).toBe('superseded');
    expect((await offersOf(second.id)).map((offer) => [offer.id, offer.status])).toEqual(secondOffersBefore.map((id) => [id, 'offered']));
    expect((await offersOf(first.id)).map((offer) => offer.status)).toEqual(['accepted', 'declined']);
    // One notification of the plan, besides the terms notice of the offer they accepted.
    const firstTold = await test.db.select().from(notifications).where(eq(notifications.userId, first.id));
    expect(firstTold.map((row) => row.messageKey).sort()).toEqual(['notification.termsIssued', 'planner.notification.offers']);

    // A plan published or replaced is not published again.
    const old = await director.post(`/plans/${planId}/publish`);
    expect(old.status).toBe(409);
    expect(visibleText(await old.text())).toContain('この計画は、すでに公開されたか、以前の計画になっています。');
    const list = await page(director, '/plans');
    expect(list.text).toContain('公開中');
    expect(list.text).toContain('以前の計画');
  });

  it('withdraws open offers a new plan changes; a withdrawn offer cannot be accepted, and a double click accepts once', async () => {
    const { director, first, second } = await planningSetUp();
    expect((await director.post(`/plans/${await makePlan(director)}/publish`)).status).toBe(303);
    const [old] = await offersOf(second.id);

    // The second worker now offers half an hour a day: their offers change, so the old ones go.
    await test.db.delete(availabilitySlots).where(and(eq(availabilitySlots.userId, second.id), eq(availabilitySlots.startMinute, 570)));
    expect((await director.post(`/plans/${await makePlan(director)}/publish`)).status).toBe(303);
    const now = await offersOf(second.id);
    expect(now.map((offer) => [offer.minutes, offer.status])).toEqual([
      [60, 'withdrawn'],
      [30, 'offered'],
      [60, 'withdrawn'],
      [30, 'offered'],
    ]);
    const late = await second.browser.post(`/me/offers/${old!.id}/accept`);
    expect(late.status).toBe(409);
    expect(visibleText(await late.text())).toContain('新しい計画で取り下げられたか');
    expect(await acceptPlanOffer(test.db, second.id, old!.id)).toEqual({ ok: false, reason: 'notOpen' });

    const [open] = await offersOf(first.id);
    const clicks = await Promise.all([first.browser.post(`/me/offers/${open!.id}/accept`), first.browser.post(`/me/offers/${open!.id}/accept`)]);
    expect(clicks.map((response) => response.status).sort()).toEqual([303, 409]);
  });

  it('refuses to publish a draft made before workers answered, or before another plan was published', async () => {
    const { director, second } = await planningSetUp();
    const draft = await makePlan(director);
    const other = await makePlan(director);
    expect((await director.post(`/plans/${other}/publish`)).status).toBe(303);
    const stale = await director.post(`/plans/${draft}/publish`);
    expect(stale.status).toBe(409);
    expect(visibleText(await stale.text())).toContain('計画をつくり直してください。');

    const fresh = await makePlan(director);
    const [offer] = await offersOf(second.id);
    expect(await declinePlanOffer(test.db, second.id, offer!.id, null)).toEqual({ ok: true });
    expect((await director.post(`/plans/${fresh}/publish`)).status).toBe(409);
    const [row] = await test.db.select({ status: plans.status }).from(plans).where(eq(plans.id, fresh));
    expect(row?.status).toBe('draft');
  });

  it('shows what is wrong with the plan form next to each field', async () => {
    const director = await test.signedIn('director');
    const cases: [Record<string, string>, string, string][] = [
      [{ from: today, days: '0' }, 'days', '1から28までの数字で入力してください。'],
      [{ from: today, days: '29' }, 'days', '1から28までの数字で入力してください。'],
      [{ from: today, days: '二週間' }, 'days', '1から28までの数字で入力してください。'],
      [{ from: today, days: '' }, 'days', '入力してください。'],
      [{ from: addDays(today, -1), days: '14' }, 'from', '今日か、今日より後の日にしてください。'],
      [{ from: '2026-02-30', days: '14' }, 'from', '日付を 2026-12-01 のように入力してください。'],
      [{ days: '14' }, 'from', '入力してください。'],
    ];
    for (const [fields, field, message] of cases) {
      const response = await director.post('/plans', fields);
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain(`<p class="field__error" id="field-${field}-error">${message}</p>`);
      expect(html).toContain(`href="#field-${field}"`);
      expect(html).toMatch(new RegExp(`id="field-days"[^>]*value="${fields.days ?? ''}"`));
    }
    expect(await test.db.select().from(plans)).toEqual([]);
    // Full-width digits and a date typed the Japanese way are fine.
    const typed = await director.post('/plans', { from: today.replace(/-/g, '/'), days: '１４' });
    expect(typed.status).toBe(303);
  });

  it('keeps a decline note to 500 characters, shown next to that offer’s note', async () => {
    const { director, first } = await planningSetUp();
    expect((await director.post(`/plans/${await makePlan(director)}/publish`)).status).toBe(303);
    const [offer] = await offersOf(first.id);
    const field = `decline-${offer!.id}-note`;
    const response = await first.browser.post(`/me/offers/${offer!.id}/decline`, { [field]: 'あ'.repeat(501) });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(`<p class="field__error" id="field-${field}-error">長すぎます。500文字までにしてください。</p>`);
    expect(html).toContain(`href="#field-${field}"`);
    expect((await offersOf(first.id))[0]!.status).toBe('offered');
    const other = await signedInWorker({ start: 540, end: 600 }, null);
    expect((await other.browser.post(`/me/offers/${offer!.id}/decline`, { [field]: 'あ'.repeat(501) })).status).toBe(404);
  });

  it('offers nothing for a day that has passed when a draft is published late', async () => {
    const { first } = await planningSetUp();
    const [director] = await test.db.select({ id: users.id }).from(users).where(eq(users.role, 'director'));
    const planId = await createPlan(test.db, director!.id, { from: addDays(today, -1), days: 3 });
    const planned = await test.db.select().from(planAssignments).where(and(eq(planAssignments.planId, planId), eq(planAssignments.workerId, first.id)));
    expect(planned.map((row) => row.workDate)).toEqual([addDays(today, -1), today, addDays(today, 1)]);
    expect(await publishPlan(test.db, planId, director!.id)).toMatchObject({ ok: true, made: 4 });
    expect((await offersOf(first.id)).map((offer) => offer.workDate)).toEqual([today, addDays(today, 1)]);
  });
});

describe('the database keeps the offer rules', () => {
  it('allows one live offer per worker, package and date, positive minutes, and answers only while open', async () => {
    const { director, first } = await planningSetUp();
    expect((await director.post(`/plans/${await makePlan(director)}/publish`)).status).toBe(303);
    const [offer] = await offersOf(first.id);
    const { id: _id, ...copy } = offer!;
    await expect(test.db.insert(planOffers).values(copy)).rejects.toThrow();
    await expect(test.db.insert(planOffers).values({ ...copy, workDate: addDays(today, 9), homeMinutes: 0, minutes: 0 })).rejects.toThrow();
    await expect(test.db.insert(planOffers).values({ ...copy, workDate: addDays(today, 9), decidedAt: new Date() })).rejects.toThrow();
    await expect(test.db.insert(planOffers).values({ ...copy, workDate: addDays(today, 9), status: 'accepted' })).rejects.toThrow();
    await expect(test.db.insert(planOffers).values({ ...copy, workDate: addDays(today, 9), declineNote: '理由' })).rejects.toThrow();
    // Withdrawn and declined offers are history: a new live offer may sit beside them.
    await test.db.update(planOffers).set({ status: 'withdrawn', decidedAt: new Date() }).where(eq(planOffers.id, offer!.id));
    await test.db.insert(planOffers).values(copy);
    expect(await declinePlanOffer(test.db, first.id, offer!.id, null)).toEqual({ ok: false, reason: 'notOpen' });
  });
});
