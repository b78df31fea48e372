import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { TestBrowser, useTestApp } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { bookSpace } from '../bookings/book-space';
import { createBookableSite, openTestDay, postBooking } from '../bookings/testing';
import { createSpace } from '../centre/testing';
import { centreBillCharges } from '../centre-fees/schema';
import { tenantStaff } from './schema';
import { createCompany, createContract, signedInStaff } from './testing';

const test = useTestApp();

const companyIdOf = (response: Response) => response.headers.get('location')!.split('/')[3]!.split('?')[0]!;

describe('tenant companies (staff pages)', () => {
  it('adds and edits a company, with problems next to the fields, and lists it', async () => {
    const staff = await test.signedIn('coordinator');
    const bad = await staff.post('/centre/tenants/new', { name: ' ', contactEmail: 'not-an-address', contactPhone: '電話' });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('入力してください。');
    expect(html).toContain('メールアドレスの形式が正しくありません');
    expect(html).toContain('電話番号は数字とハイフンで入れてください');
    const added = await staff.post('/centre/tenants/new', { name: '株式会社ミライテック', headOffice: '東京都', contactEmail: 'ｓａｔｏ@example.co.jp' });
    expect(added.status).toBe(303);
    const id = companyIdOf(added);
    expect(await (await staff.get(`/centre/tenants/${id}?done=added`)).text()).toContain('sato@example.co.jp');
    expect((await staff.post(`/centre/tenants/${id}/edit`, { name: '株式会社ミライテック長野', headOffice: '東京都' })).status).toBe(303);
    const list = await (await staff.get('/centre/tenants')).text();
    expect(list).toContain('株式会社ミライテック長野');
    expect(list).toContain('0人');
    expect((await staff.get('/centre/tenants/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('lets a booth on contract, refusing an overlapping contract with who holds it and a booth others have booked', async () => {
    const site = await createBookableSite(test);
    const staff = await test.signedIn('coordinator');
    const first = companyIdOf(await staff.post('/centre/tenants/new', { name: '株式会社ミライテック' }));
    const second = companyIdOf(await staff.post('/centre/tenants/new', { name: '合同会社ヤマビコ' }));
    const month = `${todayInJapan().slice(0, 7)}-01`;
    const contract = { spaceId: site.booth, startsOn: month, endsOn: '', monthlyFee: '30,000', meetingMinutesPerMonth: '600' };
    const invalid = await staff.post(`/centre/tenants/${first}/contracts/new`, { ...contract, monthlyFee: '三万', endsOn: '2000-01-01' });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain('月額は0円から10,000,000円までの整数で入れてください。');
    expect((await staff.post(`/centre/tenants/${first}/contracts/new`, contract)).status).toBe(303);
    const page = await (await staff.get(`/centre/tenants/${first}`)).text();
    expect(page).toContain('ブース 1');
    expect(page).toContain('月600分');

    const overlapping = await staff.post(`/centre/tenants/${second}/contracts/new`, { ...contract, startsOn: addDays(month, 40) });
    expect(overlapping.status).toBe(409);
    const refusal = await overlapping.text();
    expect(refusal).toContain('このブースはその期間、ほかの契約があります。');
    expect(refusal).toContain(`株式会社ミライテックが${month}からこのブースを契約しています`);

    const worker = await test.signedIn('worker');
    const day = openTestDay();
    expect((await postBooking(worker, site.otherBooth, { date: day, start: '600', end: '660' })).status).toBe(303);
    const booked = await staff.post(`/centre/tenants/${second}/contracts/new`, { ...contract, spaceId: site.otherBooth });
    expect(booked.status).toBe(409);
    const listed = await booked.text();
    expect(listed).toContain('ほかの人の予約が1件あります');
    expect(listed).toContain('10:00');
  });

  it('lets a booth to exactly one of several contracts saved at once', async () => {
    const site = await createBookableSite(test);
    const companies = await Promise.all(['一', '二', '三', '四', '五'].map((name) => createCompany(test, `株式会社${name}`)));
    const staff = await test.signedIn('coordinator');
    const contract = { spaceId: site.booth, startsOn: todayInJapan(), monthlyFee: '30000', meetingMinutesPerMonth: '0' };
    const responses = await Promise.all(companies.map((companyId) => staff.post(`/centre/tenants/${companyId}/contracts/new`, contract)));
    expect(responses.map((response) => response.status).sort()).toEqual([303, 409, 409, 409, 409]);
  });

  it('ends a contract, never before its first day', async () => {
    const site = await createBookableSite(test);
    const companyId = await createCompany(test);
    const contractId = await createContract(test, companyId, site.booth);
    const staff = await test.signedIn('admin');
    const path = `/centre/tenants/${companyId}/contracts/${contractId}/end`;
    const early = await staff.post(path, { endsOn: '2000-01-01' });
    expect(early.status).toBe(400);
    expect(await early.text()).toContain('最終日は契約の初日より後の日にしてください。');
    expect((await staff.post(path, { endsOn: addDays(todayInJapan(), 30) })).headers.get('location')).toBe(`/centre/tenants/${companyId}?done=contractEnded`);
    expect(await (await staff.get(`/centre/tenants/${companyId}`)).text()).toContain(addDays(todayInJapan(), 30));
  });

  it('puts the month’s fee on the company’s bill once', async () => {
    const site = await createBookableSite(test);
    const companyId = await createCompany(test);
    const contractId = await createContract(test, companyId, site.booth);
    const staff = await test.signedIn('coordinator');
    const path = `/centre/tenants/${companyId}/contracts/${contractId}/charge`;
    const first = await staff.post(path);
    expect(await (await staff.get(first.headers.get('location')!)).text()).toContain('今月分の月額を企業の請求に加えました。');
    const again = await staff.post(path);
    expect(await (await staff.get(again.headers.get('location')!)).text()).toContain('この契約の今月分はすでに請求に入っています。');
    const charges = await test.db.select().from(centreBillCharges).where(eq(centreBillCharges.contractId, contractId));
    expect(charges.map((charge) => [charge.amount, charge.description])).toEqual([[30_000, expect.stringMatching(/^ブース 1 月額利用料（\d{4}年\d{1,2}月分）$/)]]);
  });

  it('creates a staff account with a setup code, links an existing tenant account, records the type and leaving', async () => {
    const companyId = await createCompany(test);
    const staff = await test.signedIn('coordinator');
    const missing = await staff.post(`/centre/tenants/${companyId}/staff/new`, { displayName: '田中 一郎', loginId: 'mirai-tanaka', joinedOn: '2026-04-01' });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('A型かD型を選んでください。');
    const created = await staff.post(`/centre/tenants/${companyId}/staff/new`, { displayName: '田中 一郎', loginId: 'mirai-tanaka', email: '', teleworkType: 'D', joinedOn: '2026-04-01' });
    expect(created.status).toBe(200);
    expect(await created.text()).toContain('アカウントを作成しました。');
    const taken = await staff.post(`/centre/tenants/${companyId}/staff/new`, { displayName: '田中 二郎', loginId: 'mirai-tanaka', teleworkType: 'A', joinedOn: '2026-04-01' });
    expect(taken.status).toBe(409);

    const existing = await test.createUser('tenant');
    const worker = await test.createUser('worker');
    const linkPage = await (await staff.get(`/centre/tenants/${companyId}/staff/link`)).text();
    expect(linkPage).toContain(existing.loginId);
    expect(linkPage).not.toContain('mirai-tanaka');
    expect(linkPage).not.toContain(worker.loginId);
    expect((await staff.post(`/centre/tenants/${companyId}/staff/link`, { userId: worker.id, teleworkType: 'A', joinedOn: '2026-04-01' })).status).toBe(409);
    expect((await staff.post(`/centre/tenants/${companyId}/staff/link`, { userId: existing.id, teleworkType: 'A', joinedOn: '2026-04-01' })).status).toBe(303);

    const edit = `/centre/tenants/${companyId}/staff/${existing.id}/edit`;
    const early = await staff.post(edit, { teleworkType: 'D', leftOn: '2026-03-01' });
    expect(early.status).toBe(400);
    expect(await early.text()).toContain('辞めた日は勤務を始めた日より後の日にしてください。');
    expect((await staff.post(edit, { teleworkType: 'D', leftOn: '2026-06-30' })).status).toBe(303);
    const [row] = await test.db.select().from(tenantStaff).where(eq(tenantStaff.userId, existing.id));
    expect(row).toMatchObject({ teleworkType: 'D', leftOn: '2026-06-30' });
    const page = await (await staff.get(`/centre/tenants/${companyId}`)).text();
    expect(page).toContain('D型（地元で雇用）');
    expect(page).toContain('2026-04-01〜2026-06-30');
  });
});

describe('booking as a tenant', () => {
  it('keeps a contracted booth for the company’s staff, showing others in the grids that it is let', async () => {
    const site = await createBookableSite(test);
    const companyId = await createCompany(test);
    await createContract(test, companyId, site.booth);
    const day = openTestDay();
    const worker = await test.signedIn('worker');
    const refused = await postBooking(worker, site.booth, { date: day, start: '600', end: '660' });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('このブースはその日、進出企業の専用契約中です。');
    const grid = await (await worker.get(`/centre?date=${day}`)).text();
    expect(grid).toContain('進出企業の専用');
    expect(grid).not.toContain(`/centre/spaces/${site.booth}/book`);
    expect(await (await worker.get(`/centre/spaces/${site.booth}?week=${day}`)).text()).toContain('進出企業の専用');
    const { browser } = await signedInStaff(test, companyId);
    const own = await (await browser.get(`/centre?date=${day}`)).text();
    expect(own).not.toContain('進出企業の専用');
    expect(own).toContain(`/centre/spaces/${site.booth}/book?date=${day}&amp;start=600`);
    expect((await postBooking(browser, site.booth, { date: day, start: '600', end: '660' })).status).toBe(303);
  });

  it('books video-meeting booths within the company’s minutes, showing what is left beyond them', async () => {
    const site = await createBookableSite(test);
    const meeting = await createSpace(test, site.siteId, { kind: 'meeting_booth', name: 'TV会議用ブース 1' });
    const companyId = await createCompany(test);
    await createContract(test, companyId, site.booth, 90);
    const day = openTestDay();
    const { browser } = await signedInStaff(test, companyId);
    expect((await postBooking(browser, meeting, { date: day, start: '600', end: '660' })).status).toBe(303);
    const beyond = await postBooking(browser, meeting, { date: day, start: '780', end: '840' });
    expect(beyond.status).toBe(409);
    expect(await beyond.text()).toContain('今月のTV会議用ブースの利用枠は残り30分です（契約は月90分）。');
    expect((await postBooking(browser, meeting, { date: day, start: '780', end: '810' })).status).toBe(303);
    const page = await (await browser.get('/tenant')).text();
    expect(page).toContain('90分');
    expect(page).toContain('TV会議用ブース 1');
  });

  it('gives the company’s last minutes to exactly one of two staff booking at once', async () => {
    const site = await createBookableSite(test);
    const meetings = [await createSpace(test, site.siteId, { kind: 'meeting_booth', name: 'TV 1' }), await createSpace(test, site.siteId, { kind: 'meeting_booth', name: 'TV 2' })];
    const companyId = await createCompany(test);
    await createContract(test, companyId, site.booth, 60);
    const people = [await signedInStaff(test, companyId), await signedInStaff(test, companyId)];
    const day = openTestDay();
    const results = await Promise.all(
      people.map(({ user }, index) => bookSpace(test.db, { id: user.id, role: 'tenant' }, { spaceId: meetings[index]!, userId: user.id, date: day, startMinute: 600, endMinute: 660, seats: 1 })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ reason: 'quotaExceeded', remainingMinutes: 0 });
  });

  it('counts a former staff member’s bookings after they left as their own, not the company’s', async () => {
    const site = await createBookableSite(test);
    const meetings = [await createSpace(test, site.siteId, { kind: 'meeting_booth', name: 'TV 1' }), await createSpace(test, site.siteId, { kind: 'meeting_booth', name: 'TV 2' })];
    const companyId = await createCompany(test);
    await createContract(test, companyId, site.booth, 60);
    const [leaving, staying] = [await signedInStaff(test, companyId), await signedInStaff(test, companyId)];
    const day = openTestDay();
    expect((await postBooking(leaving.browser, meetings[0]!, { date: day, start: '600', end: '660' })).status).toBe(303);
    expect((await postBooking(staying.browser, meetings[1]!, { date: day, start: '600', end: '660' })).status).toBe(409);
    // They leave the day before that booking: it is no longer the company's time.
    await test.db.update(tenantStaff).set({ leftOn: addDays(day, -1) }).where(eq(tenantStaff.userId, leaving.user.id));
    expect((await postBooking(staying.browser, meetings[1]!, { date: day, start: '600', end: '660' })).status).toBe(303);
  });
});

describe('a tenant’s own page', () => {
  it('shows only the tenant’s own company: its staff and bookings, never another’s', async () => {
    const site = await createBookableSite(test);
    const [mine, theirs] = [await createCompany(test, '株式会社ミライテック'), await createCompany(test, '合同会社ヤマビコ')];
    await createContract(test, mine, site.booth);
    await createContract(test, theirs, site.otherBooth);
    const me = await signedInStaff(test, mine);
    const colleague = await signedInStaff(test, mine, 'D');
    const other = await signedInStaff(test, theirs);
    for (const [person, name] of [[me, '三浦 陽子'], [colleague, '地元 太郎'], [other, '他社 花子']] as const) {
      await test.db.update(users).set({ displayName: name }).where(eq(users.id, person.user.id));
    }
    const day = openTestDay();
    expect((await postBooking(colleague.browser, site.booth, { date: day, start: '600', end: '660' })).status).toBe(303);
    const theirBooking = await postBooking(other.browser, site.otherBooth, { date: day, start: '720', end: '780' });
    expect(theirBooking.status).toBe(303);

    const page = await (await me.browser.get('/tenant')).text();
    expect(page).toContain('株式会社ミライテック');
    expect(page).toContain('地元 太郎');
    expect(page).toContain('D型（地元で雇用）');
    expect(page).toContain('ブース 1');
    expect(page).not.toContain('合同会社ヤマビコ');
    expect(page).not.toContain('他社 花子');
    expect(page).not.toContain('ブース 2');
    expect((await me.browser.get(theirBooking.headers.get('location')!.split('?')[0]!)).status).toBe(404);
    expect((await me.browser.get(`/centre/tenants/${theirs}`)).status).toBe(403);

    // Someone who has left keeps their later bookings to themself.
    await test.db.update(tenantStaff).set({ leftOn: addDays(todayInJapan(), -1) }).where(eq(tenantStaff.userId, colleague.user.id));
    const after = await (await me.browser.get('/tenant')).text();
    expect(after).not.toContain('地元 太郎');
    expect(after).not.toContain('ブース 1</td>');

    const loner = new TestBrowser(test.app);
    await loner.signIn((await test.createUser('tenant')).loginId);
    expect(await (await loner.get('/tenant')).text()).toContain('このアカウントはまだどの進出企業にも登録されていません。');
  });
});
