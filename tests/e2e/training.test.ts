import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, useE2E } from './support/e2e';

describeInBrowser('training', () => {
  const e2e = useE2E();

  it('the coordinator adds a session to a demo course; the trainee enrols, sees it in their training and opens the materials', async () => {
    const staff = await e2e.signedIn('coordinator');
    await staff.goto('/training/courses');
    await expectNoAxeViolations(staff, 'the course list');
    await clickAndLoad(staff, staff.getByRole('link', { name: 'データ入力の実践' }));
    await expectNoAxeViolations(staff, 'the staff course page with its forms');
    const soon = new Date(Date.now() + 20 * 86400_000 + 9 * 3600_000).toISOString().slice(0, 10);
    await staff.getByLabel('日付').fill(soon);
    await staff.getByLabel('始まる時刻').fill('14:00');
    await staff.getByLabel('終わる時刻').fill('13:00');
    await staff.getByLabel('場所').fill('立科町テレワークセンター');
    await staff.getByLabel('定員（人）').fill('4');
    await clickAndLoad(staff, staff.getByRole('button', { name: '日程を追加する' }));
    await expect(staff.getByRole('main').textContent()).resolves.toContain('終わる時刻は、始まる時刻より後にしてください。');
    await expectNoAxeViolations(staff, 'a refused session');
    await staff.getByLabel('終わる時刻').fill('16:00');
    await clickAndLoad(staff, staff.getByRole('button', { name: '日程を追加する' }));
    await expect(staff.getByRole('status').textContent()).resolves.toContain('日程を追加しました。');
    await expect(staff.getByRole('table').textContent()).resolves.toContain('0人／定員4人');
    await clickAndLoad(staff, staff.getByRole('table').getByRole('link').first());
    await expect(staff.getByRole('main').textContent()).resolves.toContain('八ヶ岳 研修生');
    await expectNoAxeViolations(staff, 'a session roster');

    const trainee = await e2e.signedIn('trainee');
    await trainee.goto('/training');
    await expectNoAxeViolations(trainee, 'the catalogue');
    await clickAndLoad(trainee, trainee.getByRole('link', { name: 'データ入力の実践' }));
    await clickAndLoad(trainee, trainee.getByRole('button', { name: /の日程に申し込む/ }).first());
    await expect(trainee.getByRole('status').textContent()).resolves.toContain('申し込みました。');
    await expectNoAxeViolations(trainee, 'the course page after enrolling');
    await trainee.goto('/me/training');
    await expect(trainee.getByRole('table', { name: '申し込んでいる日程' }).textContent()).resolves.toContain('データ入力の実践');
    await expect(trainee.getByRole('main').textContent()).resolves.toContain('パソコンの基本');
    await expectNoAxeViolations(trainee, 'my training');
    await clickAndLoad(trainee, trainee.getByRole('link', { name: 'データ入力の実践' }).first());
    await clickAndLoad(trainee, trainee.getByRole('link', { name: 'この研修の教材を見る' }));
    await expect(trainee.getByRole('main').textContent()).resolves.toContain('データ入力の手順');
    await expectNoAxeViolations(trainee, 'the materials');
  });
});
