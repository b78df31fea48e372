import { expect, it } from 'vitest';
import { addDays, todayInJapan } from '../../src/features/availability/calendar';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, useE2E } from './support/e2e';

describeInBrowser('events and worker meetings', () => {
  const e2e = useE2E();

  it('the coordinator adds an event (refused once), the demo worker answers online and sees the link, the coordinator sends the reminder', async () => {
    const coordinator = await e2e.signedIn('coordinator');
    await clickAndLoad(coordinator, coordinator.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'イベントの管理' }));
    await expect(coordinator.getByRole('main').textContent()).resolves.toContain('ワーカーミーティング（秋）');
    await expectNoAxeViolations(coordinator, 'managing events');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: 'イベントを追加する' }));
    await expectNoAxeViolations(coordinator, 'the event form');
    await coordinator.getByLabel('種類').selectOption({ label: 'そのほかのイベント' });
    await coordinator.getByLabel('イベント名').fill('オンライン交流会');
    await coordinator.getByLabel(/^日付/).fill(addDays(todayInJapan(), 10));
    await coordinator.getByLabel('開始時刻').fill('19:00');
    await coordinator.getByLabel('終了時刻').fill('20:00');
    await coordinator.getByLabel('オンライン会議のリンク').fill('http://meet.example.jp/evening');
    await coordinator.getByLabel('オンラインの定員（人）').fill('10');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '追加する' }));
    await expect(coordinator.getByRole('alert').textContent()).resolves.toContain('リンクは https:// で始まる形で入れてください。');
    await expectNoAxeViolations(coordinator, 'the refused event form');
    await coordinator.getByLabel('オンライン会議のリンク').fill('https://meet.example.jp/evening');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '追加する' }));
    await expect(coordinator.getByRole('status').textContent()).resolves.toContain('イベントを追加しました。');
    await expectNoAxeViolations(coordinator, "the event's staff page");
    const staffPage = coordinator.url();

    const worker = await e2e.signedIn('worker');
    await clickAndLoad(worker, worker.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'イベント・ワーカーミーティング' }));
    await expectNoAxeViolations(worker, 'the events');
    await clickAndLoad(worker, worker.getByRole('link', { name: 'オンライン交流会' }));
    await expectNoAxeViolations(worker, 'an event');
    await worker.getByLabel('オンラインで参加').check();
    await clickAndLoad(worker, worker.getByRole('button', { name: '参加する' }));
    await expect(worker.getByRole('status').textContent()).resolves.toContain('参加の回答を受け付けました。');
    await expect(worker.getByRole('link', { name: 'https://meet.example.jp/evening' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(worker, 'an event answered');
    const pathOfEvent = new URL(worker.url()).pathname;
    await clickAndLoad(worker, worker.getByRole('link', { name: 'イベントの一覧へ' }));
    await expect(worker.getByRole('row', { name: /オンライン交流会/ }).textContent()).resolves.toContain('オンラインで参加（席があります）');

    await coordinator.goto(staffPage);
    await expect(coordinator.getByRole('table', { name: /オンラインで参加/ }).textContent()).resolves.toContain('女神 ワーカー');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: 'リマインドを送る' }));
    await expect(coordinator.getByRole('status').textContent()).resolves.toContain('1人にリマインドを送りました。');
    await expectNoAxeViolations(coordinator, 'after the reminder');

    // Withdrawing asks once more; the worker keeps the place.
    await worker.goto(pathOfEvent);
    await clickAndLoad(worker, worker.getByRole('link', { name: '参加をやめる' }));
    await expectNoAxeViolations(worker, 'withdrawing, asked once more');
    await clickAndLoad(worker, worker.getByRole('link', { name: 'やめずに戻る' }));
    await expect(worker.getByRole('main').textContent()).resolves.toContain('オンラインで参加の席があります。');
  });

  it('after the spring meeting, the demo worker who went reads its report and staff see attendance and the report form', async () => {
    const worker = await e2e.signedIn('worker');
    await worker.goto('/events');
    await clickAndLoad(worker, worker.getByRole('link', { name: 'ワーカーミーティング（春）' }));
    await expect(worker.getByRole('region', { name: '報告' }).textContent()).resolves.toContain('次回もオンラインで参加できます。');
    await expectNoAxeViolations(worker, 'a past event with its report');

    const coordinator = await e2e.signedIn('coordinator');
    await coordinator.goto('/events/manage');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: 'ワーカーミーティング（春）' }));
    await expect(coordinator.getByRole('table', { name: /会場で参加/ }).textContent()).resolves.toContain('出席');
    await expect(coordinator.getByRole('textbox', { name: /^報告/ }).inputValue()).resolves.toContain('新しいデータ入力の仕事');
    await expectNoAxeViolations(coordinator, "a past event's staff page");
  });
});
