import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { todayInJapan } from '../../src/features/availability/calendar';
import { directorBoothDay } from '../../src/features/bookings/seed-bookings';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

describeInBrowser('booking the centre', () => {
  const e2e = useE2E();

  it('a worker books a shared seat from the day grid, is refused a booked booth with what is free instead, books that, and cancels', async () => {
    // The demo director holds booth 1 from 9:30 to 11:30 that day (an open day, three or more days ahead).
    const day = directorBoothDay(todayInJapan());
    const worker = await e2e.signedIn('worker');
    await clickAndLoad(worker, worker.getByRole('link', { name: 'センターの予約' }).first());
    await expectNoAxeViolations(worker, 'the centre today');
    await worker.getByLabel('日付', { exact: true }).fill(day);
    await clickAndLoad(worker, worker.getByRole('button', { name: '表示する' }));
    await expectNoAxeViolations(worker, 'the day grid');

    // A shared seat from 10:00 to 11:00.
    await clickAndLoad(worker, worker.getByRole('link', { name: /共有ワークスペース .* 10:00から予約する/ }));
    await expectNoAxeViolations(worker, 'the booking form');
    await worker.getByLabel('終了').selectOption({ label: '11:00' });
    await clickAndLoad(worker, worker.getByRole('button', { name: '予約する' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('予約しました。');
    await expectNoAxeViolations(worker, 'the booking');

    // Booth 1 at 10:00 is the director's: refused, with the other booths and other times as links.
    await worker.goto(`/centre?date=${day}`);
    await expect(worker.getByRole('row', { name: /サテライトオフィスブース 1/ }).textContent()).resolves.toContain('予約済み');
    expect(await worker.getByRole('main').textContent()).not.toContain('佐久');
    await clickAndLoad(worker, worker.getByRole('link', { name: /サテライトオフィスブース 1 .* 12:00から予約する/ }));
    await worker.getByLabel('開始').selectOption({ label: '10:00' });
    await worker.getByLabel('終了').selectOption({ label: '11:00' });
    await clickAndLoad(worker, worker.getByRole('button', { name: '予約する' }));
    await expect(worker.getByRole('alert').first().textContent()).resolves.toContain('その時間はもう予約が入っています。');
    await expectNoAxeViolations(worker, 'a refused booking');
    await clickAndLoad(worker, worker.getByRole('region', { name: '空いているところ' }).getByRole('link', { name: 'サテライトオフィスブース 2' }));
    await clickAndLoad(worker, worker.getByRole('button', { name: '予約する' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('予約しました。');

    // The week of booth 2 shows the worker's own booking.
    await worker.goto(`/centre?date=${day}`);
    await clickAndLoad(worker, worker.getByRole('link', { name: 'サテライトオフィスブース 2', exact: true }));
    await expect(worker.getByRole('table').textContent()).resolves.toContain('あなたの予約');
    await expectNoAxeViolations(worker, 'the week grid');

    // Cancel the booth from the worker's bookings, after confirming.
    await worker.goto('/me/bookings');
    await expectNoAxeViolations(worker, 'my bookings');
    const booths = worker.getByRole('row', { name: /サテライトオフィスブース 2/ });
    await clickAndLoad(worker, booths.getByRole('link'));
    await clickAndLoad(worker, worker.getByRole('link', { name: '取り消す' }));
    await expectNoAxeViolations(worker, 'the cancel confirmation');
    await clickAndLoad(worker, worker.getByRole('button', { name: '取り消す' }));
    expect(pathOf(worker)).toBe('/me/bookings?done=cancelled');
    await expect(worker.getByRole('status').textContent()).resolves.toContain('予約を取り消しました。');
  });

  it('lays the day grid out at 320 CSS pixels, the table scrolling inside its labelled region', async () => {
    const page = await e2e.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto('/sign-in');
    await signInWithKeyboard(page, 'leader');
    await page.goto('/centre');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('region', { name: /空き状況の表/ }).isVisible()).resolves.toBe(true);
  });
});
