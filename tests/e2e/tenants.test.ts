import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { nextOpenDay } from './support/centre';
import { todayInJapan } from '../../src/features/availability/calendar';
import { clickAndLoad, describeInBrowser, useE2E } from './support/e2e';

describeInBrowser('tenant companies', () => {
  const e2e = useE2E();

  /** The video-meeting booth minutes the tenant's page says are booked this month. */
  const usedMinutes = async (page: Page) => Number((await page.locator('dt:text-is("予約済み") + dd').textContent())!.replace(/\D/g, ''));

  it('the coordinator finds the demo company; its tenant books a video-meeting booth and sees the minutes used go up', async () => {
    const coordinator = await e2e.signedIn('coordinator');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '進出企業' }).first());
    await expectNoAxeViolations(coordinator, 'the tenant companies');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '株式会社ミライテック' }));
    await expect(coordinator.getByRole('main').textContent()).resolves.toContain('サテライトオフィスブース 4');
    await expectNoAxeViolations(coordinator, 'the demo company');
    const companyPath = new URL(coordinator.url()).pathname;

    // Booth 4 is the company's already: a second contract for it is refused, saying who holds it.
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '契約を追加する' }));
    await expectNoAxeViolations(coordinator, 'the contract form');
    await coordinator.getByRole('combobox', { name: /ブース/ }).selectOption({ label: 'サテライトオフィスブース 4（立科町テレワークセンター）' });
    await coordinator.getByLabel(/契約の初日/).fill(todayInJapan());
    await coordinator.getByLabel(/月額/).fill('30000');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '契約を追加する' }));
    await expect(coordinator.getByRole('alert').first().textContent()).resolves.toContain('株式会社ミライテックが');
    await expectNoAxeViolations(coordinator, 'a refused contract');
    await coordinator.goto(`${companyPath}/staff/new`);
    await expectNoAxeViolations(coordinator, 'the staff account form');

    const tenant = await e2e.signedIn('tenant');
    await clickAndLoad(tenant, tenant.getByRole('link', { name: '自社のページ' }).first());
    await expect(tenant.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('株式会社ミライテック');
    await expectNoAxeViolations(tenant, 'the tenant’s page');
    const before = await usedMinutes(tenant);

    // The demo books no video-meeting booth on the next open day.
    await clickAndLoad(tenant, tenant.getByRole('link', { name: 'センターの予約へ' }));
    await tenant.getByLabel('日付', { exact: true }).fill(nextOpenDay);
    await clickAndLoad(tenant, tenant.getByRole('button', { name: '表示する' }));
    await expectNoAxeViolations(tenant, 'the day grid');
    await clickAndLoad(tenant, tenant.getByRole('link', { name: /TV会議用ブース 1 .* 10:00から予約する/ }));
    await expectNoAxeViolations(tenant, 'the booking form');
    await tenant.getByLabel('終了').selectOption({ label: '11:00' });
    await clickAndLoad(tenant, tenant.getByRole('button', { name: '予約する' }));
    await expect(tenant.getByRole('status').textContent()).resolves.toContain('予約しました。');
    await expectNoAxeViolations(tenant, 'the booking');

    await tenant.goto('/tenant');
    await expect(tenant.getByRole('table', { name: /これからの予約/ }).textContent()).resolves.toContain('TV会議用ブース 1');
    // The minutes are this month's: a booking falling next month leaves them as they were.
    const sameMonth = nextOpenDay.slice(0, 7) === todayInJapan().slice(0, 7);
    expect(await usedMinutes(tenant)).toBe(before + (sameMonth ? 60 : 0));
    await expectNoAxeViolations(tenant, 'the tenant’s page after booking');
  });

  it('every form of a tenant company passes axe: a new company, its details, ending a contract, linking and changing staff', async () => {
    const coordinator = await e2e.signedIn('coordinator');
    await coordinator.goto('/centre/tenants');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '企業を追加する' }));
    await expectNoAxeViolations(coordinator, 'the new company form');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: /追加|保存/ }));
    await expect(coordinator.getByRole('alert').first().isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(coordinator, 'the new company form with a problem');
    await coordinator.goto('/centre/tenants');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '株式会社ミライテック' }));
    const company = coordinator.url();
    for (const [link, what] of [
      [{ name: '企業の情報を変更する' }, 'the company form'],
      [{ name: 'サテライトオフィスブース 4の契約の最終日を決める' }, 'ending a contract'],
      [{ name: '作成済みのアカウントを社員にする' }, 'linking an account'],
      [{ name: /の型・退職を変更/ }, 'changing a staff member'],
    ] as const) {
      await coordinator.goto(company);
      await clickAndLoad(coordinator, coordinator.getByRole('link', link).first());
      await expectNoAxeViolations(coordinator, what);
    }
  });
});
