import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

/** Last month in Japan as YYYY-MM and as the pages name it (2026年10月). */
function lastMonth(): { value: string; label: string } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number) as [number, number];
  const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  return { value: `${previous.year}-${String(previous.month).padStart(2, '0')}`, label: `${previous.year}年${previous.month}月` };
}

describeInBrowser('worker pay', () => {
  const e2e = useE2E();
  const menu = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });
  const signedIn = async (loginId: string) => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await signInWithKeyboard(page, loginId);
    return page;
  };

  it('staff add to a trainee’s pay and close last month; the trainee opens the statement; the worker agrees to a cut', async () => {
    const month = lastMonth();
    const staff = await signedIn('coordinator');
    await clickAndLoad(staff, menu(staff).getByRole('link', { name: '報酬の支払' }));
    expect(pathOf(staff)).toBe('/pay');
    const statements = staff.getByRole('table', { name: `${month.label}の支払通知書（2件）` });
    await expect(statements.textContent()).resolves.toContain('女神 由美');
    await expect(statements.textContent()).resolves.toContain('白樺 健一');
    await expect(staff.getByRole('main').textContent()).resolves.toContain(`${month.label}の締めで支払うものはありません。`);
    await expectNoAxeViolations(staff, 'pay dashboard');

    await clickAndLoad(staff, staff.getByRole('link', { name: '白樺 健一さんの' + `${month.label}の支払通知書を開く` }));
    await expect(staff.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`支払通知書（${month.label}分）`);
    await expect(staff.getByRole('main').textContent()).resolves.toContain('T7123456789012');
    await expectNoAxeViolations(staff, 'statement (staff)');

    await staff.goto('/pay');
    await clickAndLoad(staff, staff.getByRole('link', { name: '報酬の調整（追加・減額）' }));
    expect(pathOf(staff)).toBe('/pay/adjustments');
    await expect(staff.getByRole('table', { name: /調整（新しい順、2件）/ }).textContent()).resolves.toContain('ワーカーの同意を待っています');
    await expectNoAxeViolations(staff, 'adjustments');

    await clickAndLoad(staff, staff.getByRole('button', { name: '調整を記録する' }));
    await expect(staff.locator('#field-workerId-error').textContent()).resolves.toBe('ワーカーを選んでください。');
    await expect(staff.locator('#field-reason-error').textContent()).resolves.toBe('入力してください。');
    await expectNoAxeViolations(staff, 'adjustments with errors');

    await staff.locator('#field-workerId').selectOption({ label: '八ヶ岳 さくら' });
    await staff.locator('#field-month').selectOption(month.value);
    await staff.locator('#field-amountYen').fill('1,500');
    await staff.locator('#field-reason').fill('研修の振り返り会に参加した分');
    await clickAndLoad(staff, staff.getByRole('button', { name: '調整を記録する' }));
    await expect(staff.getByRole('status').textContent()).resolves.toBe('追加を記録しました。次の締めで支払います。');

    await staff.goto(`/pay?month=${month.value}`);
    await expect(staff.getByRole('table', { name: new RegExp(`${month.label}を締めると作る支払通知書（1人）`) }).textContent()).resolves.toContain('八ヶ岳 さくら');
    await clickAndLoad(staff, staff.getByRole('button', { name: `${month.label}を締める` }));
    await expect(staff.getByRole('status').textContent()).resolves.toBe(`${month.label}を締めました。支払通知書を1件作りました。`);
    await expect(staff.getByRole('table', { name: `${month.label}の支払通知書（3件）` }).textContent()).resolves.toContain('八ヶ岳 さくら');
    await expectNoAxeViolations(staff, 'pay dashboard after the close');

    const trainee = await signedIn('trainee');
    await clickAndLoad(trainee, menu(trainee).getByRole('link', { name: 'わたしの報酬' }));
    expect(pathOf(trainee)).toBe('/me/pay');
    await expectNoAxeViolations(trainee, 'my pay (trainee)');
    await clickAndLoad(trainee, trainee.getByRole('link', { name: `${month.label}分の支払通知書を開く` }));
    const main = trainee.getByRole('main');
    await expect(main.textContent()).resolves.toContain('研修の振り返り会に参加した分');
    await expect(main.textContent()).resolves.toMatch(/お支払額\s*￥1,500/);
    await expectNoAxeViolations(trainee, 'statement (trainee)');
    const pdf = await trainee.request.get((await trainee.getByRole('link', { name: '支払通知書をPDFでダウンロード' }).getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    // Someone else's statement does not exist for the trainee.
    const statementOfWorker = await staff.getByRole('link', { name: `女神 由美さんの${month.label}の支払通知書を開く` }).getAttribute('href');
    const other = await trainee.goto(statementOfWorker!.replace('/pay/statements/', '/me/pay/'));
    expect(other?.status()).toBe(404);

    const worker = await signedIn('worker');
    await worker.goto('/me/pay');
    await expect(worker.getByRole('heading', { name: /の減額 -￥240/ }).count()).resolves.toBe(1);
    await expectNoAxeViolations(worker, 'my pay with a cut to answer');
    await clickAndLoad(worker, worker.getByRole('button', { name: '同意する' }));
    await expect(worker.getByRole('status').textContent()).resolves.toBe('減額に同意しました。次の締めで報酬から引かれます。');
    await expect(worker.getByRole('main').textContent()).resolves.toContain('答えを待っている減額はありません。');
    await expectNoAxeViolations(worker, 'my pay after agreeing');
  });
});
