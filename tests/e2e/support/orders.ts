import type { Page } from 'playwright-core';
import { clickAndLoad } from './e2e';

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

/**
 * As a signed-in director: opens the town's transcription order and adds the demo trainee to its
 * team with the role the form chooses by default (a trainee account joins as 研修（OJT）).
 */
export async function addTraineeToTranscriptionTeam(page: Page): Promise<void> {
  await page.goto('/orders');
  await clickAndLoad(page, page.getByRole('link', { name: /広報たてしな 音声の書き起こし/ }));
  await page.getByLabel('加える人').selectOption({ label: '八ヶ岳 研修生（trainee・研修生）' });
  await clickAndLoad(page, page.getByRole('button', { name: '加える', exact: true }));
}
