import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { openMorning } from './support/centre';
import { clickAndLoad, describeInBrowser, useE2E } from './support/e2e';

const workerName = '女神 ワーカー';

describeInBrowser('checking in at the centre', () => {
  // The demo worker's seat starts ten minutes after the server starts; starting it at 10:20 on an
  // open day keeps that seat on the same day as reception's list, whenever the tests run.
  const e2e = useE2E({ startsAt: openMorning });

  /** The shared workspace's free seats as the entrance board shows them (no sign-in). */
  async function sharedSeatsFree(board: Page): Promise<number> {
    await board.goto('/centre/board');
    const cell = await board.getByRole('row', { name: /共有ワークスペース/ }).getByRole('cell').textContent();
    return Number(/空き (\d+)席/.exec(cell ?? '')?.[1]);
  }

  it('a worker opens their pass, checks in on the self-service page, the board shows a seat fewer, reception checks them out', async () => {
    const board = await e2e.newPage();
    const freeBefore = await sharedSeatsFree(board);
    expect(await board.getByRole('main').textContent()).not.toContain(workerName);
    await expectNoAxeViolations(board, 'the occupancy board');

    // Reception lists today's bookings; the demo worker's shared seat starts in ten minutes.
    const reception = await e2e.signedIn('coordinator');
    await reception.goto('/centre/reception');
    await expectNoAxeViolations(reception, 'reception');
    const passHref = await reception.getByRole('link', { name: `${workerName}さんのチェックインパス` }).getAttribute('href');

    const worker = await e2e.signedIn('worker');
    await worker.goto(passHref!);
    const qr = worker.getByRole('img', { name: /チェックイン用QRコード/ });
    await expect(qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).resolves.toBe(true);
    await expectNoAxeViolations(worker, 'the check-in pass');
    await clickAndLoad(worker, worker.getByRole('link', { name: /QRコードを読み取れないとき/ }));
    await expectNoAxeViolations(worker, 'self-service check-in');
    await clickAndLoad(worker, worker.getByRole('button', { name: 'チェックインする' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('チェックインしました。');
    await expectNoAxeViolations(worker, 'after checking in');

    expect(await sharedSeatsFree(board)).toBe(freeBefore - 1);
    expect(await board.getByRole('main').textContent()).not.toContain(workerName);

    await reception.goto('/centre/present');
    await expect(reception.getByRole('table').textContent()).resolves.toContain(workerName);
    await expectNoAxeViolations(reception, 'who is in');

    await reception.goto('/centre/reception');
    await clickAndLoad(reception, reception.getByRole('button', { name: `${workerName}さんをチェックアウト` }));
    await expect(reception.getByRole('status').textContent()).resolves.toContain('チェックアウトしました。');
    await expectNoAxeViolations(reception, 'reception after checking out');
    expect(await sharedSeatsFree(board)).toBe(freeBefore);
  });
});
