import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, useE2E } from './support/e2e';

describeInBrowser('announcements', () => {
  const e2e = useE2E();

  it('the coordinator publishes to everyone (after a refusal), the worker sees it unread on home and opens it, and the coordinator sees it read', async () => {
    const coordinator = await e2e.signedIn('coordinator');
    await coordinator.goto('/announcements');
    await expectNoAxeViolations(coordinator, 'the announcements of a coordinator');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: 'お知らせを書く' }));
    await expectNoAxeViolations(coordinator, 'writing an announcement');
    await coordinator.getByLabel('件名').fill('センターの大掃除');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: 'お知らせを送る' }));
    const alert = await coordinator.getByRole('alert').first().textContent();
    expect(alert).toContain('本文: 入力してください。');
    expect(alert).toContain('あて先: あて先を選んでください。');
    await expectNoAxeViolations(coordinator, 'an announcement refused');
    await coordinator.getByLabel('本文').fill('12月27日の午後は、大掃除のためセンターを使えません。');
    await coordinator.getByLabel('みなさん（事務局・ディレクター・リーダー・ワーカー・研修生・支援者）').check();
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: 'お知らせを送る' }));
    await expect(coordinator.getByRole('status').textContent()).resolves.toContain('お知らせを送りました。');
    const announcementPath = pathOf(coordinator).replace('?done=published', '');
    await expect(coordinator.getByRole('main').textContent()).resolves.toContain('人のうち0人が読みました。');
    await expectNoAxeViolations(coordinator, 'an announcement with its read status');

    const worker = await e2e.signedIn('worker');
    await worker.goto('/');
    const unread = worker.getByRole('region', { name: 'まだ読んでいないお知らせ' });
    await expect(unread.textContent()).resolves.toContain('センターの大掃除');
    await expectNoAxeViolations(worker, 'home with unread announcements');
    await clickAndLoad(worker, unread.getByRole('link', { name: 'センターの大掃除' }));
    expect(pathOf(worker)).toBe(announcementPath);
    await expect(worker.getByRole('main').textContent()).resolves.toContain('大掃除のためセンターを使えません。');
    await expectNoAxeViolations(worker, 'an announcement as its reader');
    await worker.goto('/announcements');
    const list = await worker.getByRole('main').textContent();
    expect(list).toContain('センターの大掃除');
    expect(list).not.toContain('未読: センターの大掃除');
    await expectNoAxeViolations(worker, 'the announcements of a worker');

    await coordinator.reload();
    await expect(coordinator.getByRole('main').textContent()).resolves.toContain('人のうち1人が読みました。');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: 'このお知らせを取り下げる' }));
    await expectNoAxeViolations(coordinator, 'confirming a withdrawal');
  });
});
