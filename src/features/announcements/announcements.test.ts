import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../auth/roles';
import { users } from '../../auth/schema';
import { fieldErrorOn, linksOn } from '../../testing/html';
import { getText, postText } from '../../testing/page-text';
import { useTestApp } from '../../testing/test-app';
import { bookings } from '../bookings/schema';
import { createSite, createSpace } from '../centre/testing';
import { notifications } from '../notifications/schema';
import { addToTeam, createOrder } from '../orders/testing';
import { createCompany, createContract, signedInStaff } from '../tenants/testing';
import { announcementReads, announcements } from './schema';

const test = useTestApp();

type Person = Awaited<ReturnType<typeof test.signedInPerson>>;

const person = (role: Role) => test.signedInPerson(role);

/** Publishes through the form; returns the new announcement's id. */
async function publish(author: Person, fields: Record<string, string>): Promise<string> {
  const sent = await postText(author.browser, '/announcements/new', { title: 'お知らせ', body: '本文です。', ...fields });
  expect(sent.status, sent.text).toBe(303);
  return /\/announcements\/([0-9a-f-]{36})\?done=published/.exec(sent.location ?? '')![1]!;
}

/** Whether this person can open the announcement (200) or is told it is not there (404), and whether their list shows it. */
async function reaches(someone: Person, id: string): Promise<boolean> {
  const list = await someone.browser.get('/announcements');
  const listed = linksOn(await list.text()).some((link) => link.href === `/announcements/${id}`);
  const page = await someone.browser.get(`/announcements/${id}`);
  expect([200, 404]).toContain(page.status);
  expect(listed).toBe(page.status === 200);
  return page.status === 200;
}

async function notified(userId: string): Promise<number> {
  return (await test.db.select().from(notifications).where(eq(notifications.userId, userId))).length;
}

async function book(userId: string, siteId: string, spaceId: string, daysFromNow: number, status: 'booked' | 'cancelled' = 'booked') {
  const startsAt = new Date(Date.now() + daysFromNow * 24 * 60 * 60 * 1000);
  const endsAt = new Date(startsAt.getTime() + 60 * 60 * 1000);
  await test.db.insert(bookings).values({
    spaceId,
    siteId,
    userId,
    startsAt,
    endsAt,
    blockedUntil: endsAt,
    exclusive: true,
    status,
    cancelledAt: status === 'cancelled' ? startsAt : null,
  });
}

describe('audiences', () => {
  it('everyone: the programme’s people and the author, not clients, tenants, guests or disabled accounts; each one told in the app', async () => {
    const coordinator = await person('coordinator');
    const inside = await Promise.all((['admin', 'director', 'leader', 'worker', 'trainee', 'supporter'] as const).map(person));
    const outside = await Promise.all((['client', 'tenant', 'guest'] as const).map(person));
    const disabled = await person('worker');
    await test.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    const id = await publish(coordinator, { title: '冬の開館時間', audience: 'everyone' });
    for (const someone of inside) {
      expect(await reaches(someone, id)).toBe(true);
      expect(await notified(someone.id)).toBe(1);
    }
    for (const someone of outside) {
      expect(await reaches(someone, id)).toBe(false);
      expect(await notified(someone.id)).toBe(0);
    }
    expect(await notified(disabled.id)).toBe(0);
    expect(await reaches(coordinator, id)).toBe(true);
    const [note] = await test.db.select().from(notifications).where(eq(notifications.userId, inside[0]!.id));
    expect(note).toMatchObject({ messageKey: 'announcements.notify', params: { title: '冬の開館時間' }, link: `/announcements/${id}` });
  });

  it('role: only the accounts with that role', async () => {
    const director = await person('director');
    const trainee = await person('trainee');
    const worker = await person('worker');
    const client = await person('client');
    const id = await publish(director, { audience: 'role', role: 'trainee' });
    expect(await reaches(trainee, id)).toBe(true);
    expect(await reaches(worker, id)).toBe(false);
    expect(await reaches(client, id)).toBe(false);
  });

  it('team: the order’s team members; a leader only to a team they lead, refused next to the field otherwise', async () => {
    const leader = await person('leader');
    const member = await person('worker');
    const trainee = await person('trainee');
    const stranger = await person('worker');
    const { orderId } = await createOrder(test, { title: '名刺データ入力' });
    const { orderId: otherOrder } = await createOrder(test, { title: 'アンケート集計' });
    await addToTeam(test, orderId, leader.id, 'leader');
    await addToTeam(test, orderId, member.id);
    await addToTeam(test, orderId, trainee.id, 'trainee');
    await addToTeam(test, otherOrder, leader.id, 'member');
    await addToTeam(test, otherOrder, stranger.id, 'leader');

    const form = await leader.browser.get('/announcements/new');
    const html = await form.text();
    expect(html).toContain('名刺データ入力');
    expect(html).not.toContain('アンケート集計');
    const refused = await leader.browser.post('/announcements/new', { title: 't', body: 'b', audience: 'team', orderId: otherOrder });
    expect(refused.status).toBe(400);
    expect(fieldErrorOn(await refused.text(), 'orderId')).toBe('このチームのリーダーではないので、送れません。');
    const everyone = await leader.browser.post('/announcements/new', { title: 't', body: 'b', audience: 'everyone' });
    expect(everyone.status).toBe(400);
    expect(fieldErrorOn(await everyone.text(), 'audience')).toBe('リーダーは、自分がリーダーをしているチームにだけ送れます。');
    expect(await test.db.select().from(announcements)).toEqual([]);

    const id = await publish(leader, { title: '明日の入力について', audience: 'team', orderId });
    expect(await reaches(member, id)).toBe(true);
    expect(await reaches(trainee, id)).toBe(true);
    expect(await reaches(stranger, id)).toBe(false);
    expect(await notified(member.id)).toBe(1);
    expect(await notified(leader.id)).toBe(0);

    // A director may address any order with a team; an order without a team is refused.
    const director = await person('director');
    const { orderId: noTeam } = await createOrder(test, { title: 'チームのない案件' });
    const noTeamSent = await director.browser.post('/announcements/new', { title: 't', body: 'b', audience: 'team', orderId: noTeam });
    expect(fieldErrorOn(await noTeamSent.text(), 'orderId')).toBe('このチームには送れません（案件が終わったか、チームがありません）。');
    const other = await publish(director, { audience: 'team', orderId: otherOrder });
    expect(await reaches(stranger, other)).toBe(true);
    expect(await reaches(member, other)).toBe(false);
  });

  it('site: people who booked there in the last 90 days or later, and staff of tenants renting a booth there; nobody else', async () => {
    const coordinator = await person('coordinator');
    const { siteId } = await createSite(test, { name: '立科町テレワークセンター' });
    const { siteId: otherSite } = await createSite(test, { name: '別の拠点' });
    const booth = await createSpace(test, siteId);
    const otherBooth = await createSpace(test, otherSite);
    const recent = await person('worker');
    const upcoming = await person('guest');
    const longAgo = await person('worker');
    const cancelled = await person('worker');
    const elsewhere = await person('worker');
    await book(recent.id, siteId, booth, -30);
    await book(upcoming.id, siteId, booth, 10);
    await book(longAgo.id, siteId, booth, -100);
    await book(cancelled.id, siteId, booth, -5, 'cancelled');
    await book(elsewhere.id, otherSite, otherBooth, -5);
    const company = await createCompany(test);
    await createContract(test, company, booth);
    const tenant = await signedInStaff(test, company);
    const otherCompany = await createCompany(test, '株式会社よそ');
    await createContract(test, otherCompany, otherBooth);
    const otherTenant = await signedInStaff(test, otherCompany);

    const id = await publish(coordinator, { title: '年末年始の休館', audience: 'site', siteId });
    expect(await reaches(recent, id)).toBe(true);
    expect(await reaches(upcoming, id)).toBe(true);
    expect(await reaches({ ...tenant.user, browser: tenant.browser }, id)).toBe(true);
    expect(await reaches(longAgo, id)).toBe(false);
    expect(await reaches(cancelled, id)).toBe(false);
    expect(await reaches(elsewhere, id)).toBe(false);
    expect(await reaches({ ...otherTenant.user, browser: otherTenant.browser }, id)).toBe(false);
    // Each one in the audience opened it above.
    expect((await getText(coordinator.browser, `/announcements/${id}`)).text).toContain('3人のうち3人が読みました。');
  });
});

describe('reading', () => {
  it('marks unread ones in words, records a read once (two views at once too), and shows the author N of M and who has not read', async () => {
    const coordinator = await person('coordinator');
    const [first, second, third] = await Promise.all([person('worker'), person('worker'), person('worker')]);
    const id = await publish(coordinator, { title: '面談の日程', audience: 'role', role: 'worker' });

    const home = await getText(first!.browser, '/');
    expect(home.text).toContain('まだ読んでいないお知らせが1件あります。');
    expect(home.text).toContain('面談の日程');
    expect((await getText(first!.browser, '/announcements')).text).toContain('未読: 面談の日程');

    const [one, two] = await Promise.all([first!.browser.get(`/announcements/${id}`), first!.browser.get(`/announcements/${id}`)]);
    expect([one.status, two.status]).toEqual([200, 200]);
    await first!.browser.get(`/announcements/${id}`);
    expect(await test.db.select().from(announcementReads).where(eq(announcementReads.announcementId, id))).toHaveLength(1);
    expect((await getText(first!.browser, '/announcements')).text).not.toContain('未読:');
    expect((await getText(first!.browser, '/')).text).not.toContain('まだ読んでいないお知らせ');

    const status = (await getText(coordinator.browser, `/announcements/${id}`)).text;
    expect(status).toContain('3人のうち1人が読みました。');
    const notYet = status.slice(status.indexOf('まだ読んでいない人'));
    const nameOf = (someone: Person) => someone.loginId.replace('worker', 'worker ');
    expect(notYet).toContain(nameOf(second!));
    expect(notYet).toContain(nameOf(third!));
    expect(notYet).not.toContain(nameOf(first!));
    // A reader sees no read status, and no way to withdraw.
    const asReader = (await getText(second!.browser, `/announcements/${id}`)).text;
    expect(asReader).not.toContain('読みました');
    expect(asReader).not.toContain('取り下げる');
    expect((await getText(coordinator.browser, `/announcements/${id}`)).text).toContain('3人のうち2人が読みました。');
  });
});

describe('publishing', () => {
  it('shows each problem next to its field and saves nothing', async () => {
    const coordinator = await person('coordinator');
    const empty = await coordinator.browser.post('/announcements/new', { title: '  ', body: '', audience: 'role' });
    expect(empty.status).toBe(400);
    const html = await empty.text();
    expect(fieldErrorOn(html, 'title')).toBe('入力してください。');
    expect(fieldErrorOn(html, 'body')).toBe('入力してください。');
    expect(fieldErrorOn(html, 'role')).toBe('役割を選んでください。');
    const long = await coordinator.browser.post('/announcements/new', { title: 'あ'.repeat(101), body: 'い'.repeat(4001) });
    const longHtml = await long.text();
    expect(fieldErrorOn(longHtml, 'title')).toBe('件名は100文字以内にしてください。');
    expect(fieldErrorOn(longHtml, 'body')).toBe('本文は4000文字以内にしてください。');
    expect(fieldErrorOn(longHtml, 'audience')).toBe('あて先を選んでください。');
    const site = await coordinator.browser.post('/announcements/new', { title: 't', body: 'b', audience: 'site', siteId: '00000000-0000-4000-8000-000000000000' });
    expect(fieldErrorOn(await site.text(), 'siteId')).toBe('この拠点は見つかりません。');
    const odd = await coordinator.browser.post('/announcements/new', { title: 't', body: 'b', audience: 'role', role: 'king', orderId: 'x' });
    expect(odd.status).toBe(400);
    expect(await test.db.select().from(announcements)).toEqual([]);
    // Exactly 100 and 4000 characters are fine.
    await publish(coordinator, { title: 'あ'.repeat(100), body: 'い'.repeat(4000), audience: 'everyone' });
  });

  it('is for publishers only', async () => {
    const worker = await person('worker');
    expect((await worker.browser.get('/announcements/new')).status).toBe(403);
    expect((await worker.browser.post('/announcements/new', { title: 't', body: 'b', audience: 'everyone' })).status).toBe(403);
  });
});

describe('withdrawing', () => {
  it('by its author after confirming (or by staff): hidden from its audience, kept for the author; others may not', async () => {
    const director = await person('director');
    const otherDirector = await person('director');
    const worker = await person('worker');
    const admin = await person('admin');
    const id = await publish(director, { title: '古いお知らせ', audience: 'role', role: 'worker' });
    expect((await worker.browser.post(`/announcements/${id}/withdraw`)).status).toBe(403);
    expect((await otherDirector.browser.get(`/announcements/${id}/withdraw`)).status).toBe(404);
    expect((await otherDirector.browser.post(`/announcements/${id}/withdraw`)).status).toBe(404);

    const confirm = await getText(director.browser, `/announcements/${id}/withdraw`);
    expect(confirm.text).toContain('「古いお知らせ」を取り下げますか。');
    const done = await postText(director.browser, `/announcements/${id}/withdraw`);
    expect(done).toMatchObject({ status: 303, location: '/announcements?done=withdrawn' });
    expect(await reaches(worker, id)).toBe(false);
    expect((await getText(worker.browser, '/')).text).not.toContain('古いお知らせ');
    const kept = await getText(director.browser, `/announcements/${id}`);
    expect(kept.text).toContain('このお知らせは取り下げられました。');
    expect((await getText(director.browser, '/announcements')).text).toContain('取り下げ済み: 古いお知らせ');
    const again = await postText(admin.browser, `/announcements/${id}/withdraw`);
    expect(again.status).toBe(409);
    expect(again.text).toContain('このお知らせは、すでに取り下げられています。');

    const second = await publish(director, { title: '間違い', audience: 'everyone' });
    expect((await postText(admin.browser, `/announcements/${second}/withdraw`)).status).toBe(303);
    expect(await reaches(worker, second)).toBe(false);
  });
});
