import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, useE2E } from './support/e2e';

describeInBrowser('assessments', () => {
  const e2e = useE2E();

  it('the coordinator adds a quiz with a question; the trainee takes the demo quiz, is told what is missing, passes and gains the skill', async () => {
    const staff = await e2e.signedIn('coordinator');
    await staff.goto('/training/courses');
    await clickAndLoad(staff, staff.getByRole('link', { name: 'パソコンの基本' }));
    await clickAndLoad(staff, staff.getByRole('link', { name: '修了テストを追加する' }));
    await expectNoAxeViolations(staff, 'the new assessment form');
    await staff.getByLabel('テストの名前').fill('パソコンの基本の確認');
    await staff.getByLabel('選んで答えるテスト').check();
    await staff.getByLabel('合格で身につくスキル').selectOption({ label: 'データ入力' });
    await clickAndLoad(staff, staff.getByRole('button', { name: '保存する' }));
    await expect(staff.getByRole('status').textContent()).resolves.toContain('修了テストを保存しました。');
    await expect(staff.getByRole('main').textContent()).resolves.toContain('まだ問題がありません。');
    await staff.getByLabel('問題文').fill('ファイルを保存するときに押すのは、どのボタンですか。');
    await staff.getByLabel('答え1', { exact: true }).fill('保存');
    await clickAndLoad(staff, staff.getByRole('button', { name: '問題を追加する' }));
    await expect(staff.getByRole('main').textContent()).resolves.toContain('答えを2つ以上入力してください。');
    await expectNoAxeViolations(staff, 'a refused question');
    await staff.getByLabel('答え2', { exact: true }).fill('閉じる');
    await staff.getByLabel('答え1が正しい').check();
    await clickAndLoad(staff, staff.getByRole('button', { name: '問題を追加する' }));
    await expect(staff.getByRole('status').textContent()).resolves.toContain('問題を保存しました。');
    await expect(staff.getByRole('main').textContent()).resolves.toContain('保存 （正しい答え）');
    await expectNoAxeViolations(staff, 'the staff assessment page');

    const trainee = await e2e.signedIn('trainee');
    await trainee.goto('/training');
    await clickAndLoad(trainee, trainee.getByRole('link', { name: 'データ入力の実践' }));
    await expectNoAxeViolations(trainee, 'the course page with its assessment');
    await clickAndLoad(trainee, trainee.getByRole('link', { name: '「データ入力の確認テスト」を受ける' }));
    await expectNoAxeViolations(trainee, 'the quiz');
    await trainee.getByRole('group', { name: /問1/ }).getByLabel('元の資料と見比べて、まちがいがないか確かめる').check();
    await trainee.getByRole('group', { name: /問2/ }).getByLabel('担当者に聞いて確かめる').check();
    await trainee.getByRole('group', { name: /問3/ }).getByLabel(/決められた書き方/).check();
    await clickAndLoad(trainee, trainee.getByRole('button', { name: '答えを送る' }));
    await expect(trainee.getByRole('alert').first().textContent()).resolves.toContain('問4: この問題の答えを1つ選んでください。');
    await expectNoAxeViolations(trainee, 'the quiz with an unanswered question');
    await trainee.getByRole('group', { name: /問4/ }).getByLabel('作業が終わったら、決められた方法で返すか消す').check();
    await clickAndLoad(trainee, trainee.getByRole('button', { name: '答えを送る' }));
    await expect(trainee.getByRole('main').textContent()).resolves.toContain('合格です。');
    await expect(trainee.getByRole('main').textContent()).resolves.toContain('身についたスキル: データ入力（レベル1）');
    await expectNoAxeViolations(trainee, 'the result');
    await trainee.goto('/me/training');
    await expect(trainee.getByRole('table', { name: '受けた修了テスト' }).textContent()).resolves.toContain('合格');
    await expectNoAxeViolations(trainee, 'my training with results');
  });
});
