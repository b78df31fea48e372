import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, useE2E } from './support/e2e';

describeInBrowser('promotions', () => {
  const e2e = useE2E();

  it('the leader proposes the worker (refused once) and sees the trainee’s proposal waiting; the coordinator approves the trainee, who is a worker at the next page', async () => {
    // Signed in before the approval: the same session sees the new role afterwards.
    const trainee = await e2e.signedIn('trainee');

    const leader = await e2e.signedIn('leader');
    await leader.goto('/people/progress');
    await expect(leader.getByRole('table', { name: '研修生・ワーカー・リーダー・ディレクターの一覧' }).textContent()).resolves.toContain('確認待ち');
    await expectNoAxeViolations(leader, 'the people on the path');
    await clickAndLoad(leader, leader.getByRole('link', { name: '八ヶ岳 研修生' }));
    await expect(leader.getByRole('main').textContent()).resolves.toContain('いま確認を待っている推薦があります。');
    await expectNoAxeViolations(leader, 'a trainee’s progress with a proposal waiting');
    await leader.goBack();
    await clickAndLoad(leader, leader.getByRole('link', { name: '女神 ワーカー' }));
    await clickAndLoad(leader, leader.getByRole('button', { name: 'ステップアップを推薦する' }));
    await expect(leader.getByRole('alert').first().textContent()).resolves.toContain('推薦の理由: 入力してください。');
    await expectNoAxeViolations(leader, 'a refused proposal');
    await leader.getByLabel('推薦の理由').fill('新しく入った方に、入力のこつをていねいに教えてくれています。');
    await clickAndLoad(leader, leader.getByRole('button', { name: 'ステップアップを推薦する' }));
    await expect(leader.getByRole('status').textContent()).resolves.toContain('推薦しました。');
    await expect(leader.getByRole('main').textContent()).resolves.toContain('ワーカー → リーダー');

    const staff = await e2e.signedIn('coordinator');
    await staff.goto('/promotions');
    await expect(staff.getByRole('table', { name: '確認を待っている推薦' }).textContent()).resolves.toContain('ワーカー → リーダー');
    await expectNoAxeViolations(staff, 'the proposals waiting');
    await clickAndLoad(staff, staff.getByRole('link', { name: '八ヶ岳 研修生' }));
    await expectNoAxeViolations(staff, 'a proposal with its forms');
    await staff.getByLabel('メモ（任意）').fill('おめでとうございます。');
    await clickAndLoad(staff, staff.getByRole('button', { name: '承認して役割を変える' }));
    await expect(staff.getByRole('status').textContent()).resolves.toContain('承認しました。');
    await expect(staff.getByRole('main').textContent()).resolves.not.toContain('八ヶ岳 研修生');

    await trainee.goto('/me/training');
    await clickAndLoad(trainee, trainee.getByRole('link', { name: /わたしの歩み/ }));
    const main = await trainee.getByRole('main').textContent();
    expect(main).toContain('今の役割ワーカー');
    expect(main).toContain('おめでとうございます。');
    expect(main).toContain('パソコンの基本');
    await expectNoAxeViolations(trainee, 'my progress');
  });
});
