import type { TestContext } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { operators } from '../centre/schema';
import { planOffers, plans } from '../planner/schema';

/** For tests: every term of an order filled in, as the order's columns (pass to createOrder). */
export const orderTerms = {
  termsWorkContent: '名刺の画像を見て、会社名と氏名を入力する',
  termsDeliverable: '入力済みのデータ（作業ごとに50件）',
  deliveryDate: '2026-12-20',
  termsDeliveryPlace: '町ワークの作業ページ',
  termsDeliveryMethod: '作業ページから提出',
  inspectionDueOn: '2026-12-27',
  termsRate: '1件12円（作業ページに表示）',
  termsPaymentDate: '検収した月の翌月25日',
  termsPaymentMethod: '登録口座への銀行振込（手数料は事務局負担）',
  termsExpenses: '通信費と電気代は報酬に含む',
  termsIntellectualProperty: '成果物の著作権は納品時に発注者へ移る',
  termsPersonalData: '作業以外に使わず、終わったら控えを消す',
  termsDefects: '不備は差し戻し、直した分も報酬の対象',
} as const;

/** The same terms as the terms form sends them (POST /orders/:id/terms), with the order's other settings at their defaults. */
export const termsFormFields: Record<string, string> = {
  ...orderTerms,
  termsSubcontracting: '',
  confidentiality: 'anywhere',
  reviewPolicy: 'all',
  reviewSamplePercent: '',
  reservationHours: '24',
  trainingRatePercent: '100',
};

/** For tests: the operator, the commissioning party every notice names. */
export async function addOperator(test: TestContext): Promise<void> {
  await test.db.insert(operators).values({ name: '一般社団法人立科町振興公社', invoiceRegistrationNumber: 'T1234567890123' });
}

/** For tests: a published plan's open offer to the worker of an hour of the package's work, tomorrow. */
export async function offerPlannedWork(test: TestContext, workerId: string, packageId: string): Promise<string> {
  const today = todayInJapan();
  const summary = { demandMinutes: 60, plannedMinutes: 60, fixedMinutes: 0, unmetMinutes: 0, offeredMinutes: 60, workers: 1, packages: 1 };
  const [plan] = await test.db.insert(plans).values({ firstDay: today, days: 14, status: 'published', objective: 0, summary, publishedAt: new Date() }).returning({ id: plans.id });
  const [offer] = await test.db
    .insert(planOffers)
    .values({ planId: plan!.id, workerId, packageId, workDate: addDays(today, 1), homeMinutes: 60, centreMinutes: 0, minutes: 60, estimatedUnits: 50 })
    .returning({ id: planOffers.id });
  return offer!.id;
}
