import type { Page } from 'playwright-core';

/** The terms of an onward commission, as a director fills them in on an order's terms form. */
export const exampleTerms: Record<string, string> = {
  termsWorkContent: '議会だよりの原稿を点訳ソフトで点字データにする',
  termsDeliverable: '点字データ（BES形式、1号ずつ）',
  deliveryDate: '2026-12-18',
  termsDeliveryPlace: '町ワークの作業ページ',
  termsDeliveryMethod: '作業ページからファイルを提出',
  inspectionDueOn: '2026-12-25',
  termsRate: '1ページ1,000円',
  termsPaymentDate: '検収した月の翌月20日',
  termsPaymentMethod: '登録口座への銀行振込',
  termsExpenses: '通信費・電気代は報酬に含む',
  termsIntellectualProperty: '納品時に立科町へ移る',
  termsPersonalData: '作業以外に使わず、終わったら消す',
  termsDefects: '不備は差し戻し、直した分も報酬の対象',
};

/** Fills every required term on the open terms form (not saved yet). */
export async function fillTerms(page: Page, terms: Record<string, string> = exampleTerms): Promise<void> {
  for (const [name, value] of Object.entries(terms)) await page.locator(`#field-${name}`).fill(value);
}
