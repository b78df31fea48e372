import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { nextOpenDay, openMorning } from './support/centre';
import { clickAndLoad, describeInBrowser, signInWithKeyboard, useE2E } from './support/e2e';

describeInBrowser('a day at the telework centre', () => {
  // The centre must be open for a guest to book a seat and check in the same morning: the server
  // starts at 10:20 (Japan time) on the next open day and its clock runs on from there.
  const e2e = useE2E({ startsAt: openMorning });

  async function signedIn(loginId: string): Promise<Page> {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, loginId);
    return page;
  }

  it('a tenant books a video-meeting booth; a worker asking for a booked time is refused with what is free instead', async () => {
    const tenant = await signedIn('tenant');
    await clickAndLoad(tenant, tenant.getByRole('link', { name: 'センターの予約' }).first());
    await expectNoAxeViolations(tenant, 'the day grid for a tenant');
    await clickAndLoad(tenant, tenant.getByRole('link', { name: /TV会議用ブース 2 .* 11:00から予約する/ }));
    await tenant.getByLabel('終了').selectOption({ label: '12:00' });
    await clickAndLoad(tenant, tenant.getByRole('button', { name: '予約する' }));
    await expect(tenant.getByRole('status').textContent()).resolves.toContain('予約しました。');
    await expectNoAxeViolations(tenant, 'the tenant’s booking');

    // The demo tenant already holds video-meeting booth 1 from 13:00 to 14:00 today.
    const worker = await signedIn('worker');
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
