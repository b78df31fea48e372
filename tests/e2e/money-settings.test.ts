import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, pathOf, signInWithKeyboard, useE2E } from './support/e2e';

/** A date in Japan as YYYY-MM-DD, `days` from today. */
function japanDate(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first day of next month: after any pay day last month's close scheduled. */
function firstOfNextMonth(): string {
  const [year, month] = japanDate().split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

const nextDay = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
};

describeInBrowser('money settings and transfer files', () => {
  const e2e = useE2E();
  const menu = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });
  const main = (page: Page) => page.getByRole('main').textContent();

  it('the admin saves the money settings, makes a transfer file, downloads it, confirms it, and exports the month', async () => {
    const admin = await e2e.newPage({ acceptDownloads: true });
    await admin.goto('/sign-in');
    await signInWithKeyboard(admin, 'admin');

    // Settings: a wrong bank code is explained next to its field; then saved as typed (full-width, hiragana).
    await clickAndLoad(admin, menu(admin).getByRole('link', { name: 'お金の設定' }));
    expect(pathOf(admin)).toBe('/settings/money');
    await expect(admin.getByLabel('発行者の名前').inputValue()).resolves.toBe('一般社団法人立科町振興公社');
    await expectNoAxeViolations(admin, 'money settings');
    await admin.getByLabel('委託者コード').fill('１２３４５６７８９０');
    await admin.getByLabel('委託者名（カナ）').fill('しゃ）たてしなちょうしんこうこうしゃ');
    await admin.getByLabel('銀行コード').fill('0002');
    await admin.getByLabel('文章作成').check();
    await clickAndLoad(admin, admin.getByRole('button', { name: '保存する' }));
    await expect(admin.locator('#field-transferBankCode-error').textContent()).resolves.toContain('この金融機関コードは見つかりません。');
    await expectNoAxeViolations(admin, 'money settings with an error');
    await admin.getByLabel('銀行コード').fill('２３９０');
    await clickAndLoad(admin, admin.getByRole('button', { name: '保存する' }));
    await expect(admin.getByRole('status').textContent()).resolves.toBe('お金の設定を保存しました。');
    await expect(admin.getByLabel('委託者名（カナ）').inputValue()).resolves.toBe('ｼﾔ)ﾀﾃｼﾅﾁﾖｳｼﾝｺｳｺｳｼﾔ');
    await expect(main(admin)).resolves.toContain('登録されている振込元: 長野県信組 立科');

    // Transfers: last month's two statements wait; a file for the first bank day of next month takes both.
    await clickAndLoad(admin, menu(admin).getByRole('link', { name: '振込', exact: true }));
    expect(pathOf(admin)).toBe('/transfers');
    await expect(admin.getByRole('table', { name: /振込を待っている支払通知書（2件/ }).textContent()).resolves.toContain('女神 由美');
    await expectNoAxeViolations(admin, 'transfers');
    let transferOn = firstOfNextMonth();
    for (;;) {
      await admin.getByLabel('振込日').fill(transferOn);
      await clickAndLoad(admin, admin.getByRole('button', { name: '入るものを確かめる' }));
      if (!(await main(admin))?.includes('この日は銀行の休みです')) break;
      // A weekend or holiday: the page says so; try the next day, as a person would.
      transferOn = nextDay(transferOn);
    }
    const ready = admin.getByRole('table', { name: /振り込む支払通知書（2件、合計/ });
    await expect(ready.textContent()).resolves.toContain('白樺 健一');
    await expectNoAxeViolations(admin, 'transfer preview');
    await clickAndLoad(admin, admin.getByRole('button', { name: '振込ファイルを作る' }));
    await expect(admin.getByRole('status').textContent()).resolves.toBe('振込ファイルを作りました。ダウンロードして銀行に送ってください。');
    await expectNoAxeViolations(admin, 'transfer batch');

    // The 全銀 file: 120-byte Shift_JIS records with CRLF, the header from the settings just saved.
    const zengin = await admin.request.get((await admin.getByRole('link', { name: /全銀ファイル/ }).getAttribute('href'))!);
    expect(zengin.headers()['content-type']).toBe('text/plain; charset=Shift_JIS');
    const bytes = await zengin.body();
    expect(bytes.length).toBe(5 * 122);
    const [header, , , trailer] = iconv.decode(bytes, 'Shift_JIS').split('\r\n');
    expect(header!.slice(0, 54).trimEnd()).toBe('1210' + '1234567890' + 'ｼﾔ)ﾀﾃｼﾅﾁﾖｳｼﾝｺｳｺｳｼﾔ');
    expect(header!.slice(54, 62)).toBe(transferOn.slice(5, 7) + transferOn.slice(8, 10) + '2390');
    expect(trailer!.slice(0, 7)).toBe('8000002');
    const download = admin.waitForEvent('download');
    await admin.getByRole('link', { name: '一覧（CSV UTF-8）' }).click();
    expect((await download).suggestedFilename()).toMatch(/^振込_\d+_\d{4}-\d{2}-\d{2}\.csv$/);

    // Cancelling the file (were the bank to refuse it) needs a reason, said next to its field.
    await clickAndLoad(admin, admin.getByRole('button', { name: 'この振込ファイルを取り消す' }));
    await expect(admin.locator('#field-cancel-reason-error').textContent()).resolves.toBe('入力してください。');
    await expectNoAxeViolations(admin, 'cancellation with an error');

    // Confirming with a day still to come is refused; with today, both statements are paid.
    await clickAndLoad(admin, admin.getByRole('button', { name: '振込済みにする' }));
    await expect(admin.locator('#field-paidOn-error').textContent()).resolves.toBe('振込が済んだ日は今日かそれより前です。');
    await expectNoAxeViolations(admin, 'confirmation with an error');
    await admin.getByLabel('振込が済んだ日').fill(japanDate());
    await clickAndLoad(admin, admin.getByRole('button', { name: '振込済みにする' }));
    await expect(admin.getByRole('status').textContent()).resolves.toBe('振込済みにしました。2件の支払通知書が支払済みになりました。');

    // The year's payments now count them.
    await admin.goto('/transfers');
    await clickAndLoad(admin, admin.getByRole('link', { name: '年間の支払の集計（支払調書のデータ）' }));
    await expect(admin.getByRole('table', { name: /年の支払（2人）/ }).textContent()).resolves.toContain('女神 由美');
    await expectNoAxeViolations(admin, 'year end');

    // Exports: last month's statements as Excel, read back.
    await clickAndLoad(admin, menu(admin).getByRole('link', { name: '会計のデータ' }));
    await expectNoAxeViolations(admin, 'exports');
    const sheetDownload = admin.waitForEvent('download');
    await admin.getByRole('button', { name: 'ダウンロードする' }).click();
    const file = await sheetDownload;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('支払通知書番号');
    expect(sheet.rowCount).toBe(3);
  });

  it('keeps the settings and transfers from those who may not use them', async () => {
    for (const [loginId, path, status] of [
      ['coordinator', '/settings/money', 403],
      ['worker', '/transfers', 403],
      ['client', '/exports', 403],
    ] as const) {
      const page = await e2e.newPage();
      await page.goto('/sign-in');
      await signInWithKeyboard(page, loginId);
      expect((await page.goto(path))?.status(), `${loginId} ${path}`).toBe(status);
    }
  });
});
