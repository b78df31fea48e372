import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, useE2E } from './support/e2e';
import { addTraineeToTranscriptionTeam } from './support/orders';

describeInBrowser('OJT', () => {
  const e2e = useE2E();

  it('a director puts the trainee on a team for OJT and sets its training rate; the trainee sees the rate they are paid', async () => {
    const staff = await e2e.signedIn('director');
    // The role follows the account by default: a trainee joins as 研修（OJT）.
    await addTraineeToTranscriptionTeam(staff);
    await expect(staff.getByRole('status').textContent()).resolves.toContain('チームに加えました。');
    const row = staff.getByRole('row', { name: /八ヶ岳 研修生/ });
    await expect(row.textContent()).resolves.toContain('研修（OJT）');
    await expect(row.getByRole('button', { name: '八ヶ岳 研修生さんをメンバーにする' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(staff, 'the order page with a trainee on the team');

    await clickAndLoad(staff, staff.getByRole('link', { name: '取引条件を書く・変える' }));
    await staff.getByLabel('研修単価の割合（%）').fill('0');
    await clickAndLoad(staff, staff.getByRole('button', { name: /保存/ }));
    await expect(staff.getByRole('main').textContent()).resolves.toContain('研修単価の割合は、1から100までの数字で書いてください。');
    await expectNoAxeViolations(staff, 'the terms form with a wrong training rate');
    await staff.getByLabel('研修単価の割合（%）').fill('70');
    await clickAndLoad(staff, staff.getByRole('button', { name: /保存/ }));
    await expect(staff.getByRole('main').textContent()).resolves.toContain('作業ごとの単価の70%');

    const trainee = await e2e.signedIn('trainee');
    await trainee.goto('/tasks');
    // The business-card order: ¥12 a card, 80% for OJT.
    await expect(trainee.getByRole('main').textContent()).resolves.toContain('1件 ￥9（この作業で ￥450）（研修（OJT）の単価: ふつうの単価の80%）');
    await expectNoAxeViolations(trainee, 'the task list with the training rate');
  });
});
