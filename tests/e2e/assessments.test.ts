import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, useE2E } from './support/e2e';

describeInBrowser('assessments', () => {
  const e2e = useE2E();

  it('the coordinator adds a quiz to a course, is told what a question lacks, and adds the question', async () => {
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
    // Taking a quiz is part of tests/e2e/training-journey.test.ts.
  });
});
