import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../pdf/pdf-text';
import { useTestApp } from '../../testing/test-app';
import { operators } from '../centre/schema';
import { createTestBooking, createTestCentre } from '../check-in/testing';
import { addTestGuestProfile } from '../guests/testing';
import { tenantCompanies, tenantStaff } from '../tenants/schema';
import { addCentreCharge } from './add-centre-charge';
import { payCentreBill } from './pay-centre-bill';
import { centreBillCharges, centreBills, feePlans } from './schema';
import { addStandardFeePlans } from './seed-fees';

const test = useTestApp();

async function centreWithPlans() {
  const centre = await createTestCentre(test.db);
  const plans = await addStandardFeePlans(test.db, centre.site.id);
  return { ...centre, plans };
}

/** A charge on a person's open bill, as a stay would leave it. */
async function chargeUser(siteId: string, userId: string, amount: number) {
  const result = await addCentreCharge(test.db, { userId }, { siteId, chargedOn: '2026-11-20', description: 'ドロップイン 1日', quantity: 1, unitPrice: amount, amount });
  if (result === 'alreadyCharged') throw new Error('charged twice');
  return result.billId;
}

describe('fee plans', () => {
  it('staff add a plan (problems explained next to the fields), change it, and stop offering it', async () => {
    const { site } = await createTestCentre(test.db);
    const coordinator = await test.signedIn('coordinator');
    const refused = await coordinator.post(`/centre/sites/${site.id}/fees/new`, { name: '', kind: 'free', price: '500', dailyCap: '1000' });
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain('無料のプランの料金は0円です。');
    expect(page).toContain('1日の上限は、時間料金のプランにだけ設定できます。');
    const added = await coordinator.post(`/centre/sites/${site.id}/fees/new`, { name: 'ドロップイン 1時間', kind: 'hourly', price: '２００', dailyCap: '1,000' });
    expect(added.status).toBe(303);
    const list = await (await coordinator.get(`/centre/sites/${site.id}/fees`)).text();
    expect(list).toContain('1時間 ￥200（1日 ￥1,000 まで）');
    const [plan] = await test.db.select().from(feePlans).where(eq(feePlans.siteId, site.id));
    expect((await coordinator.post(`/centre/sites/${site.id}/fees/${plan!.id}/edit`, { name: 'ドロップイン 1時間', kind: 'hourly', price: '300', dailyCap: '' })).status).toBe(303);
    expect(await (await coordinator.get(`/centre/sites/${site.id}/fees`)).text()).toContain('1時間 ￥300');
    expect((await coordinator.post(`/centre/sites/${site.id}/fees/${plan!.id}/retire`)).status).toBe(303);
    expect(await (await coordinator.get(`/centre/sites/${site.id}/fees`)).text()).toContain('終了しました');
    // A retired plan is not changed any more.
    expect((await coordinator.get(`/centre/sites/${site.id}/fees/${plan!.id}/edit`)).status).toBe(404);
  });
});

describe('charging at check-out', () => {
  it('reception checks a drop-in guest out and the stay is on their open bill, which the guest sees', async () => {
    const centre = await centreWithPlans();
    const guest = await test.createUser('guest');
    await addTestGuestProfile(test.db, { userId: guest.id, feePlanId: centre.plans.hourly.id });
    const booking = await createTestBooking(test.db, { space: centre.shared, userId: guest.id, startsInMinutes: -5, minutes: 120 });
    const coordinator = await test.signedIn('coordinator');
    expect((await coordinator.post(`/centre/reception/check-in?site=${centre.site.id}`, { bookingId: booking.id })).status).toBe(303);
    expect((await coordinator.post(`/centre/reception/check-out?site=${centre.site.id}`, { bookingId: booking.id })).status).toBe(303);
    // Checking out twice charges once.
    await coordinator.post(`/centre/reception/check-out?site=${centre.site.id}`, { bookingId: booking.id });
    const bills = await (await coordinator.get('/centre/bills')).text();
    expect(bills).toContain('未払いの請求（1件）');
    expect(bills).toContain('￥200');
    const guestBrowser = test.browser();
    await guestBrowser.signIn(guest.loginId);
    const mine = await (await guestBrowser.get('/me/bills')).text();
    expect(mine).toContain('未払い');
    expect(mine).toContain('￥200');
  });
});

describe('taking payment', () => {
  it('pays a bill once, with receipt number 1, shows the receipt as a page and as a PDF, and keeps it as issued', async () => {
    const centre = await centreWithPlans();
    await test.db.update(operators).set({ invoiceRegistrationNumber: 'T7000012050002' });
    const guest = await test.createUser('guest');
    const billId = await chargeUser(centre.site.id, guest.id, 1_100);
    const coordinator = await test.signedIn('coordinator');
    const blank = await coordinator.post(`/centre/bills/${billId}/pay`, { method: 'cash', addressee: '' });
    expect(blank.status).toBe(400);
    expect(await blank.text()).toContain('入力してください');
    expect((await coordinator.post(`/centre/bills/${billId}/pay`, { method: 'cash', addressee: '株式会社テスト' })).status).toBe(303);
    const again = await coordinator.post(`/centre/bills/${billId}/pay`, { method: 'cash', addressee: '株式会社テスト' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('この請求はすでに支払い済みです。');
    const receipt = await (await coordinator.get(`/centre/bills/${billId}/receipt`)).text();
    expect(receipt).toContain('株式会社テスト 様');
    expect(receipt).toContain('10%対象 内消費税 ￥100');
    const pdf = await coordinator.get(`/centre/bills/${billId}/receipt.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    for (const expected of ['領収書', '株式会社テスト 様', '￥1,100', 'テスト公社', 'T7000012050002', '但し テレワークセンター利用料として', '内消費税 ￥100']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/領収書番号\s*1/);
    // Kept as issued: a later change of the operator's name or number does not rewrite it, nor can it be changed or charged to.
    await test.db.update(operators).set({ name: '新しい公社', invoiceRegistrationNumber: 'T1234567890123' });
    const kept = await (await coordinator.get(`/centre/bills/${billId}/receipt`)).text();
    expect(kept).toContain('T7000012050002');
    expect(kept).not.toContain('新しい公社');
    await expect(test.db.update(centreBills).set({ receiptAddressee: '別の宛名' }).where(eq(centreBills.id, billId))).rejects.toThrow();
    await expect(test.db.delete(centreBills).where(eq(centreBills.id, billId))).rejects.toThrow();
    await expect(test.db.insert(centreBillCharges).values({ billId, chargedOn: '2026-11-21', description: '追加', unitPrice: 100, amount: 100 })).rejects.toThrow();
    await expect(test.db.update(centreBillCharges).set({ amount: 1 }).where(eq(centreBillCharges.billId, billId))).rejects.toThrow();
    // The guest sees their receipt too.
    const guestBrowser = test.browser();
    await guestBrowser.signIn(guest.loginId);
    expect((await guestBrowser.get(`/me/bills/${billId}/receipt.pdf`)).status).toBe(200);
  });

  it('gives bills paid at once consecutive receipt numbers without gaps, and pays a bill clicked twice at once once', async () => {
    const centre = await centreWithPlans();
    const staff = await test.createUser('coordinator');
    const guests = await Promise.all([1, 2, 3, 4, 5].map(() => test.createUser('guest')));
    const billIds = [];
    for (const guest of guests) billIds.push(await chargeUser(centre.site.id, guest.id, 1_000));
    const pay = (billId: string) => payCentreBill(test.db, { billId, staffId: staff.id, method: 'cash', addressee: 'テスト' });
    const results = await Promise.all([...billIds.map(pay), pay(billIds[0]!)]);
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'notOpen' }]);
    const numbers = (await test.db.select({ number: centreBills.receiptNumber }).from(centreBills)).map((row) => row.number).sort((a, b) => a! - b!);
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses to pay a bill without charges', async () => {
    const centre = await centreWithPlans();
    const guest = await test.createUser('guest');
    const staff = await test.createUser('coordinator');
    const [bill] = await test.db.insert(centreBills).values({ siteId: centre.site.id, payerUserId: guest.id }).returning();
    expect(await payCentreBill(test.db, { billId: bill!.id, staffId: staff.id, method: 'cash', addressee: 'テスト' })).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('my bills', () => {
  it('shows one’s own bills and one’s company’s, and nobody else’s', async () => {
    const centre = await centreWithPlans();
    const guest = await test.createUser('guest');
    const other = await test.createUser('guest');
    const tenant = await test.createUser('tenant');
    const ownBill = await chargeUser(centre.site.id, guest.id, 200);
    const otherBill = await chargeUser(centre.site.id, other.id, 400);
    const [company] = await test.db.insert(tenantCompanies).values({ name: '東京テスト株式会社' }).returning();
    await test.db.insert(tenantStaff).values({ userId: tenant.id, companyId: company!.id, teleworkType: 'A', joinedOn: '2026-04-01' });
    const companyCharge = await addCentreCharge(test.db, { companyId: company!.id }, { siteId: centre.site.id, chargedOn: '2026-11-01', description: 'ブース月額', quantity: 1, unitPrice: 30_000, amount: 30_000 });
    if (companyCharge === 'alreadyCharged') throw new Error('charged twice');

    const guestBrowser = test.browser();
    await guestBrowser.signIn(guest.loginId);
    const mine = await (await guestBrowser.get('/me/bills')).text();
    expect(mine).toContain('￥200');
    expect(mine).not.toContain('￥400');
    expect((await guestBrowser.get(`/me/bills/${ownBill}`)).status).toBe(200);
    expect((await guestBrowser.get(`/me/bills/${otherBill}`)).status).toBe(404);
    expect((await guestBrowser.get(`/me/bills/${companyCharge.billId}`)).status).toBe(404);
    // An open bill has no receipt yet.
    expect((await guestBrowser.get(`/me/bills/${ownBill}/receipt`)).status).toBe(404);

    const tenantBrowser = test.browser();
    await tenantBrowser.signIn(tenant.loginId);
    const companyBills = await (await tenantBrowser.get('/me/bills')).text();
    expect(companyBills).toContain('東京テスト株式会社');
    expect(companyBills).toContain('￥30,000');
    expect((await tenantBrowser.get(`/me/bills/${companyCharge.billId}`)).status).toBe(200);
    expect((await tenantBrowser.get(`/me/bills/${ownBill}`)).status).toBe(404);
  });
});
