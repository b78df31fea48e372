import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { useTestApp } from '../../testing/test-app';
import { bookings } from '../bookings/schema';
import { addStandardFeePlans } from '../centre-fees/seed-fees';
import { checkInTokenFor } from '../check-in/check-in-token';
import { createTestBooking, createTestCentre } from '../check-in/testing';
import { guestProfiles } from './schema';
import { addTestGuestProfile } from './testing';

const test = useTestApp();

const registration = {
  displayName: '山田 花子',
  nameKana: 'やまだ はなこ',
  loginId: 'Yamada.Hanako',
  newPassword: 'tateshina-2026',
  confirmPassword: 'tateshina-2026',
  email: '',
  phone: '090-1234-5678',
  address: '東京都千代田区1-1',
  resident: 'no',
  purpose: 'drop_in',
  stayFrom: '',
  stayTo: '',
  organisation: '',
  consent: 'yes',
};

describe('registering as a guest', () => {
  it('explains each problem next to its field', async () => {
    const visitor = test.browser();
    const response = await visitor.post('/centre/guests/register', {
      ...registration,
      nameKana: 'Yamada',
      confirmPassword: 'something-else',
      purpose: 'workation',
      stayFrom: '2026-12-10',
      stayTo: '2026-12-01',
      consent: '',
    });
    expect(response.status).toBe(400);
    const page = await response.text();
    for (const message of ['カタカナかひらがなで入力してください。', '最終日は初日と同じか、それより後の日にしてください。', '本人確認についての説明を読み、チェックを入れてください。']) {
      expect(page).toContain(message);
    }
    // The password is never sent back.
    expect(page).not.toContain('tateshina-2026');
    const workation = await visitor.post('/centre/guests/register', { ...registration, purpose: 'workation' });
    expect(workation.status).toBe(400);
    expect(await workation.text()).toContain('ワーケーションの方は、滞在の初日と最終日を入力してください。');
  });

  it('creates a guest on the hourly drop-in plan and signs them in; a resident gets the free plan; a taken login ID is explained', async () => {
    const { site } = await createTestCentre(test.db);
    const plans = await addStandardFeePlans(test.db, site.id);
    const visitor = test.browser();
    const response = await visitor.post('/centre/guests/register', registration);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/centre/guests/welcome');
    const welcome = await visitor.get('/centre/guests/welcome');
    expect(welcome.status).toBe(200);
    expect(await welcome.text()).toContain('山田 花子さん、ご登録ありがとうございます。');
    const [user] = await test.db.select().from(users).where(eq(users.loginId, 'yamada.hanako'));
    expect(user?.role).toBe('guest');
    const [profile] = await test.db.select().from(guestProfiles).where(eq(guestProfiles.userId, user!.id));
    expect(profile).toMatchObject({ nameKana: 'ヤマダ ハナコ', isResident: false, feePlanId: plans.hourly.id, identityCheckedAt: null });

    const resident = test.browser();
    expect((await resident.post('/centre/guests/register', { ...registration, loginId: 'tateshina.taro', resident: 'yes' })).status).toBe(303);
    const [residentProfile] = await test.db.select({ feePlanId: guestProfiles.feePlanId }).from(guestProfiles).innerJoin(users, eq(users.id, guestProfiles.userId)).where(eq(users.loginId, 'tateshina.taro'));
    expect(residentProfile?.feePlanId).toBe(plans.free.id);

    const taken = await test.browser().post('/centre/guests/register', registration);
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain('このログインIDはすでに使われています。');
  });

  it('slows down many registrations from one address', async () => {
    const statuses = [];
    for (let index = 0; index < 6; index += 1) {
      statuses.push((await test.browser().post('/centre/guests/register', { ...registration, loginId: `guest-${index}` })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([303, 303, 303, 303, 303]);
    expect(statuses[5]).toBe(429);
  });
});

describe('the identity check', () => {
  it('staff see waiting guests first, record the document kind once, and then the guest can check in by QR code', async () => {
    const centre = await createTestCentre(test.db);
    const plans = await addStandardFeePlans(test.db, centre.site.id);
    const checked = await test.createUser('guest');
    await addTestGuestProfile(test.db, { userId: checked.id, feePlanId: plans.hourly.id });
    const guest = await test.createUser('guest');
    await addTestGuestProfile(test.db, { userId: guest.id, feePlanId: plans.hourly.id, checked: false });
    const booking = await createTestBooking(test.db, { space: centre.shared, userId: guest.id, startsInMinutes: -5, minutes: 120 });
    const guestBrowser = test.browser();
    await guestBrowser.signIn(guest.loginId);
    const selfService = `/centre/check-in/${checkInTokenFor(test.deps.encryptionKey, booking.id)}`;
    const waiting = await (await guestBrowser.get(selfService)).text();
    expect(waiting).toContain('受付で本人確認をしてからチェックインしてください');
    expect(waiting).not.toContain('name="action" value="in"');
    // A check-in posted anyway (an old page) is refused too.
    const refused = await guestBrowser.post(selfService, { action: 'in' });
    expect(refused.headers.get('location')).toContain('done=identityNeeded');
    expect((await test.db.select().from(bookings).where(eq(bookings.id, booking.id)))[0]?.checkedInAt).toBeNull();

    const coordinator = await test.signedIn('coordinator');
    const reception = await (await coordinator.get(`/centre/reception?site=${centre.site.id}`)).text();
    expect(reception).toContain(`/centre/guests/${guest.id}`);
    const list = await (await coordinator.get('/centre/guests')).text();
    expect(list.indexOf(`/centre/guests/${guest.id}`)).toBeLessThan(list.indexOf(`/centre/guests/${checked.id}`));
    const missing = await coordinator.post(`/centre/guests/${guest.id}/identity`, { document: '', note: '' });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('確認した本人確認書類の種類を選んでください。');
    expect((await coordinator.post(`/centre/guests/${guest.id}/identity`, { document: 'passport', note: '' })).status).toBe(303);
    const page = await (await coordinator.get(`/centre/guests/${guest.id}?done=identity`)).text();
    expect(page).toContain('パスポート');
    expect(page).toContain('本人確認を記録しました。');
    const again = await coordinator.post(`/centre/guests/${guest.id}/identity`, { document: 'driver_licence', note: '' });
    expect(again.headers.get('location')).toContain('done=alreadyChecked');
    expect((await test.db.select().from(guestProfiles).where(eq(guestProfiles.userId, guest.id)))[0]?.identityDocument).toBe('passport');

    expect(await (await guestBrowser.get(selfService)).text()).toContain('name="action" value="in"');
    expect((await guestBrowser.post(selfService, { action: 'in' })).headers.get('location')).toContain('done=checkedIn');
  });

  it('staff change a guest’s fee plan to one still offered', async () => {
    const centre = await createTestCentre(test.db);
    const plans = await addStandardFeePlans(test.db, centre.site.id);
    const guest = await test.createUser('guest');
    await addTestGuestProfile(test.db, { userId: guest.id, feePlanId: plans.hourly.id });
    const coordinator = await test.signedIn('coordinator');
    expect((await coordinator.post(`/centre/guests/${guest.id}/fee-plan`, { feePlanId: plans.daily.id })).status).toBe(303);
    expect((await test.db.select().from(guestProfiles).where(eq(guestProfiles.userId, guest.id)))[0]?.feePlanId).toBe(plans.daily.id);
    expect((await coordinator.post(`/centre/guests/${guest.id}/fee-plan`, { feePlanId: 'nonsense' })).status).toBe(400);
  });
});
