import { seal } from '../../crypto/sealed-box';
import { testEncryptionKey, type TestContext } from '../../testing/test-app';
import type { BusinessDate } from '../availability/calendar';
import { createOrder, createTasks } from '../orders/testing';
import { payStatementLines, payStatements } from '../pay/schema';
import { handIn } from '../review/testing';
import { moneySettings } from '../money-settings/schema';
import type { BankAccount } from '../workers/normalize-bank-account';
import { createWorker } from '../workers/testing';

export const exampleAccount: BankAccount = { bankCode: '0143', branchCode: '354', type: 'ordinary', number: '0000765', holderKana: 'ﾀﾃｼﾅ ﾊﾅｺ' };

/** For tests: a worker whose profile holds this bank account, sealed as the profile form seals it (null: none). */
export async function createWorkerWithAccount(
  test: TestContext,
  account: BankAccount | null = exampleAccount,
  profile: Parameters<typeof createWorker>[1] = {},
): Promise<{ id: string; loginId: string }> {
  return createWorker(test, { ...profile, bankAccountEncrypted: account ? seal(testEncryptionKey, account) : null });
}

/** For tests: the operator's transfer account in the money settings, as the settings form saves it. */
export async function setTransferAccount(test: TestContext): Promise<void> {
  const account = {
    transferRequesterCode: '0123456789',
    transferRequesterName: 'ｼﾔ)ﾀﾃｼﾅﾁﾖｳｼﾝｺｳｺｳｼﾔ',
    transferBankCode: '2390',
    transferBranchCode: '062',
    transferAccountType: '1',
    transferAccountNumber: '1234567',
  };
  await test.db.insert(moneySettings).values({ id: 1, ...account }).onConflictDoUpdate({ target: moneySettings.id, set: account });
}

type StatementSettings = {
  month: string;
  workYen: number;
  scheduledOn: BusinessDate;
  legalDueOn?: BusinessDate;
  consumptionTaxYen?: number;
  withholdingYen?: number;
  invoiceRegistrationNumber?: string;
  /** A paid statement (as a confirmed transfer leaves it). */
  paidOn?: BusinessDate;
  /** Pieces of accepted work on it, each a task of its own order; their yen should add up to `workYen`. */
  lines?: { workCategory: string; yen: number; withholds?: boolean }[];
};

/**
 * For tests: a closed (or paid) 支払通知書 as the monthly close writes it — amounts fixed, the
 * payment work + tax − withholding — standing in for the pay feature's close.
 */
export async function createPayStatement(test: TestContext, workerId: string, settings: StatementSettings): Promise<{ id: string; number: number }> {
  const { month, workYen, scheduledOn, consumptionTaxYen = 0, withholdingYen = 0, paidOn, lines = [] } = settings;
  const [statement] = await test.db
    .insert(payStatements)
    .values({
      workerId,
      month,
      status: paidOn ? 'paid' : 'closed',
      workYen,
      adjustmentYen: 0,
      consumptionTaxYen,
      withholdingBaseYen: withholdingYen > 0 ? workYen : 0,
      withholdingYen,
      paymentYen: workYen + consumptionTaxYen - withholdingYen,
      invoiceRegistrationNumber: settings.invoiceRegistrationNumber ?? null,
      legalDueOn: settings.legalDueOn ?? scheduledOn,
      scheduledOn,
      paidOn: paidOn ?? null,
    })
    .returning({ id: payStatements.id, number: payStatements.number });
  for (const line of lines) {
    const { orderId } = await createOrder(test);
    const { taskIds } = await createTasks(test, orderId, 1);
    const submissionId = await handIn(test, taskIds[0]!, workerId);
    await test.db.insert(payStatementLines).values({
      statementId: statement!.id,
      submissionId,
      taskId: taskIds[0]!,
      orderId,
      description: '名刺データ入力 / 入力 1',
      workCategory: line.workCategory,
      withholds: line.withholds ?? false,
      payKind: 'piece',
      payRateYen: line.yen,
      unitName: '件',
      units: 1,
      minutes: 0,
      yen: line.yen,
      inspectedOn: scheduledOn,
      legalDueOn: settings.legalDueOn ?? scheduledOn,
    });
  }
  return statement!;
}
