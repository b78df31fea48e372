import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { nextOpenDay, openMorning } from './support/centre';
import { clickAndLoad, describeInBrowser, useE2E } from './support/e2e';

describeInBrowser('a day at the telework centre', () => {
  // The centre must be open for a guest to book a seat and check in the same morning: the server
  // starts at 10:20 (Japan time) on the next open day and its clock runs on from there.
  const e2e = useE2E({ startsAt: openMorning });

  it('a guest registers, has their identity checked, books a shared seat and checks in through the QR page', async () => {
    const guest = await e2e.newPage();
    await guest.goto('/centre/guests/register');
    await guest.locator('#field-displayName').fill('信濃 旅子');
    await guest.locator('#field-nameKana').fill('しなの たびこ');
    await guest.locator('#field-loginId').fill('tabiko');
    await guest.locator('#field-newPassword').fill('tabiko-2026');
    await guest.locator('#field-confirmPassword').fill('tabiko-2026');
    await guest.locator('#field-phone').fill('090-3333-4444');
    await guest.locator('#field-address').fill('長野県長野市1-2-3');
    await guest.getByLabel('いいえ').check();
    await guest.getByLabel(/ドロップイン（/).check();
    await guest.getByLabel(/来館時に本人確認書類を見せることに同意します/).check();
    await clickAndLoad(guest, guest.getByRole('button', { name: '登録する' }));
    await expectNoAxeViolations(guest, 'the guest’s welcome page');

    // The QR page lets a guest in only once reception has seen an identity document: staff record it.
    const coordinator = await e2e.signedIn('coordinator');
    await coordinator.goto('/centre/guests');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '信濃 旅子' }));
    await coordinator.locator('#field-document').selectOption({ label: 'マイナンバーカード' });
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '本人確認を記録する' }));
    await expect(coordinator.getByRole('status').textContent()).resolves.toContain('本人確認を記録しました。');

    // The guest books a shared seat from 10:30 to 12:00 today, from the day grid.
    await clickAndLoad(guest, guest.getByRole('link', { name: 'センターの予約' }).first());
    await expectNoAxeViolations(guest, 'the day grid for a guest');
    await clickAndLoad(guest, guest.getByRole('link', { name: /共有ワークスペース .* 10:30から予約する/ }));
    await guest.getByLabel('終了').selectOption({ label: '12:00' });
    await clickAndLoad(guest, guest.getByRole('button', { name: '予約する' }));
    await expect(guest.getByRole('status').textContent()).resolves.toContain('予約しました。');

    // From the booking to its pass, and to the self-service page the QR code opens.
    await clickAndLoad(guest, guest.getByRole('link', { name: 'チェックインパス（QRコード）' }));
    await expect(guest.getByRole('img', { name: /チェックイン用QRコード/ }).count()).resolves.toBe(1);
    await expectNoAxeViolations(guest, 'the guest’s check-in pass');
    await clickAndLoad(guest, guest.getByRole('link', { name: /QRコードを読み取れないとき/ }));
    await clickAndLoad(guest, guest.getByRole('button', { name: 'チェックインする' }));
    await expect(guest.getByRole('status').textContent()).resolves.toContain('チェックインしました。');
    await expectNoAxeViolations(guest, 'the guest checked in');

    await coordinator.goto('/centre/present');
    await expect(coordinator.getByRole('table').textContent()).resolves.toContain('信濃 旅子');
  });

  it('a tenant books a video-meeting booth; a worker asking for a booked time is refused with what is free instead', async () => {
    const tenant = await e2e.signedIn('tenant');
    await clickAndLoad(tenant, tenant.getByRole('link', { name: 'センターの予約' }).first());
    await expectNoAxeViolations(tenant, 'the day grid for a tenant');
    await clickAndLoad(tenant, tenant.getByRole('link', { name: /TV会議用ブース 2 .* 11:00から予約する/ }));
    await tenant.getByLabel('終了').selectOption({ label: '12:00' });
    await clickAndLoad(tenant, tenant.getByRole('button', { name: '予約する' }));
    await expect(tenant.getByRole('status').textContent()).resolves.toContain('予約しました。');
    await expectNoAxeViolations(tenant, 'the tenant’s booking');

    // The demo tenant already holds video-meeting booth 1 from 13:00 to 14:00 today.
    const worker = await e2e.signedIn('worker');
    await worker.goto(`/centre?date=${nextOpenDay}`);
    await clickAndLoad(worker, worker.getByRole('link', { name: /TV会議用ブース 1 .* 11:00から予約する/ }));
    await worker.getByLabel('開始').selectOption({ label: '13:00' });
    await worker.getByLabel('終了').selectOption({ label: '13:30' });
    await clickAndLoad(worker, worker.getByRole('button', { name: '予約する' }));
    await expect(worker.getByRole('alert').first().textContent()).resolves.toContain('その時間はもう予約が入っています。');
    const instead = worker.getByRole('region', { name: '空いているところ' });
    await expect(instead.getByRole('link', { name: 'TV会議用ブース 3' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(worker, 'the refused booking');
  });
});
