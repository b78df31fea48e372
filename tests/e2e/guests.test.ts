import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openMorning } from './support/centre';
import { clickAndLoad, describeInBrowser, pathOf, useE2E } from './support/e2e';

const guestName = '蓼科 旅人';

describeInBrowser('drop-in guests, identity checks and bills', () => {
  // Reception's walk-in needs the centre open: the server's clock starts at 10:20 on an open day.
  const e2e = useE2E({ startsAt: openMorning });

  it('a visitor registers, the coordinator records their identity check, charges a stay and takes payment; the receipt and the demo guest’s bills', async () => {
    const visitor = await e2e.newPage();
    await visitor.goto('/centre/guests/register');
    await expectNoAxeViolations(visitor, 'the registration form');
    await visitor.locator('#field-displayName').fill(guestName);
    await visitor.locator('#field-nameKana').fill('たてしな たびと');
    await visitor.locator('#field-loginId').fill('tabito');
    await visitor.locator('#field-newPassword').fill('tabito-2026');
    await visitor.locator('#field-confirmPassword').fill('tabito-2026');
    await visitor.locator('#field-phone').fill('090-1111-2222');
    await visitor.locator('#field-address').fill('東京都世田谷区1-2-3');
    await visitor.getByLabel('いいえ').check();
    await visitor.getByLabel(/ワーケーション（/).check();
    await clickAndLoad(visitor, visitor.getByRole('button', { name: '登録する' }));
    // A workation without its days, and no consent: explained by the fields.
    await expect(visitor.getByRole('alert').first().textContent()).resolves.toContain('滞在の初日と最終日を入力してください');
    await expectNoAxeViolations(visitor, 'the registration form with problems');
    await visitor.getByLabel(/ドロップイン（/).check();
    await visitor.locator('#field-newPassword').fill('tabito-2026');
    await visitor.locator('#field-confirmPassword').fill('tabito-2026');
    await visitor.getByLabel(/来館時に本人確認書類を見せることに同意します/).check();
    await clickAndLoad(visitor, visitor.getByRole('button', { name: '登録する' }));
    expect(pathOf(visitor)).toBe('/centre/guests/welcome');
    await expect(visitor.getByRole('main').textContent()).resolves.toContain('本人確認書類をお持ちください');
    await expectNoAxeViolations(visitor, 'the welcome page');

    const coordinator = await e2e.signedIn('coordinator');
    await coordinator.goto('/centre/guests');
    await expectNoAxeViolations(coordinator, 'the guests');
    await expect(coordinator.getByRole('row', { name: new RegExp(guestName) }).textContent()).resolves.toContain('本人確認がまだです');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: guestName }));
    await expectNoAxeViolations(coordinator, 'a guest waiting for the identity check');
    await coordinator.locator('#field-document').selectOption({ label: '運転免許証' });
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '本人確認を記録する' }));
    await expect(coordinator.getByRole('status').textContent()).resolves.toContain('本人確認を記録しました。');
    await expect(coordinator.getByRole('main').textContent()).resolves.toContain('運転免許証');
    await expectNoAxeViolations(coordinator, 'the guest after the identity check');

    // The guest arrives without a booking: reception gives them a shared seat and, later, checks them out.
    await coordinator.goto('/centre/reception');
    await coordinator.locator('#field-loginId').fill('tabito');
    await coordinator.locator('#field-until').fill('16:00');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '席を取ってチェックインする' }));
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: `${guestName}さんをチェックアウト` }));
    await expect(coordinator.getByRole('status').textContent()).resolves.toContain('チェックアウトしました。');

    await coordinator.goto('/centre/bills');
    await expectNoAxeViolations(coordinator, 'the bills');
    await clickAndLoad(coordinator, coordinator.getByRole('row', { name: new RegExp(guestName) }).getByRole('link'));
    await expect(coordinator.getByRole('table').textContent()).resolves.toContain('ドロップイン 1時間 1時間');
    expect(await coordinator.locator('#field-addressee').inputValue()).toBe(guestName);
    await expectNoAxeViolations(coordinator, 'an open bill');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: /￥200の支払いを受けて領収書を発行する/ }));
    await expect(coordinator.getByRole('status').textContent()).resolves.toContain('領収書を発行しました。');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '領収書を表示' }));
    const receipt = await coordinator.getByRole('main').textContent();
    // The demo guest's earlier stay took receipt number 1.
    expect(receipt).toContain('領収書 No. 2');
    expect(receipt).toContain(`${guestName} 様`);
    expect(receipt).toContain('但し テレワークセンター利用料として');
    await expectNoAxeViolations(coordinator, 'the receipt');

    const demoGuest = await e2e.signedIn('guest');
    await demoGuest.goto('/me/bills');
    await expect(demoGuest.getByRole('table').textContent()).resolves.toContain('領収書 No. 1');
    expect(await demoGuest.getByRole('main').textContent()).not.toContain(guestName);
    await expectNoAxeViolations(demoGuest, 'the demo guest’s bills');
    await clickAndLoad(demoGuest, demoGuest.getByRole('table').getByRole('link').first());
    await expectNoAxeViolations(demoGuest, 'the demo guest’s bill');
    await clickAndLoad(demoGuest, demoGuest.getByRole('link', { name: '領収書を表示' }));
    await expect(demoGuest.getByRole('main').textContent()).resolves.toContain('領収書 No. 1');
    await expectNoAxeViolations(demoGuest, 'the demo guest’s receipt');
  });

  it('the admin adds a fee plan (a free plan with a price refused by its field) and changes it', async () => {
    const admin = await e2e.signedIn('admin');
    await admin.goto('/centre/sites');
    await clickAndLoad(admin, admin.getByRole('link', { name: '立科町テレワークセンター' }).first());
    await clickAndLoad(admin, admin.getByRole('link', { name: '料金プラン' }));
    await expectNoAxeViolations(admin, 'the fee plans');
    await clickAndLoad(admin, admin.getByRole('link', { name: '料金プランを追加' }));
    await expectNoAxeViolations(admin, 'the new fee plan form');
    await admin.getByLabel('プラン名').fill('ワーケーション 1日');
    await admin.getByLabel('料金の種類').selectOption({ label: '無料' });
    await admin.getByLabel(/料金（円、税込）/).fill('1500');
    await clickAndLoad(admin, admin.getByRole('button', { name: '追加する' }));
    await expect(admin.getByRole('alert').first().isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(admin, 'a refused fee plan');
    await admin.getByLabel('料金の種類').selectOption({ label: '1日料金' });
    await clickAndLoad(admin, admin.getByRole('button', { name: '追加する' }));
    await expect(admin.getByRole('status').textContent()).resolves.toContain('料金プランを追加しました。');
    await clickAndLoad(admin, admin.getByRole('link', { name: /ワーケーション 1日/ }));
    await expectNoAxeViolations(admin, 'the fee plan edit form');
    await admin.getByLabel(/料金（円、税込）/).fill('1800');
    await clickAndLoad(admin, admin.getByRole('button', { name: '保存する' }));
    await expect(admin.getByRole('main').textContent()).resolves.toContain('1,800');
  });
});
