import type { TestContext } from '../../testing/test-app';
import { operators } from '../centre/schema';
import { moneySettings } from '../money-settings/schema';
import { invoiceItems, invoices } from './schema';

/** For tests: the operator as issuer, with a registration number (or none), an address and a bank. */
export async function setIssuer(test: TestContext, registrationNumber: string | null = 'T7000012050002'): Promise<void> {
  await test.db.insert(operators).values({ name: '一般社団法人立科町振興公社', invoiceRegistrationNumber: registrationNumber });
  await test.db
    .insert(moneySettings)
    .values({ id: 1, issuerPostalCode: '3842305', issuerAddress: '長野県北佐久郡立科町芦田2532', invoiceBankText: '八十二銀行 立科支店 普通 1234567 イツパンシヤダンホウジンタテシナチヨウシンコウコウシヤ', invoiceDueDays: 30 });
}

export type TestLine = { description?: string; quantity: number; unitPriceYen: number; taxRate?: number; unitName?: string; orderId?: string };

/** For tests: a draft invoice for an order with these lines; returns its id. */
export async function createDraft(test: TestContext, order: { orderId: string; clientId: string }, lines: TestLine[], subject = '名刺データ入力'): Promise<string> {
  const [invoice] = await test.db.insert(invoices).values({ kind: 'order', clientId: order.clientId, orderId: order.orderId, subject }).returning({ id: invoices.id });
  if (lines.length > 0) {
    await test.db.insert(invoiceItems).values(
      lines.map((line, index) => ({
        invoiceId: invoice!.id,
        position: index + 1,
        orderId: line.orderId ?? order.orderId,
        description: line.description ?? `明細 ${index + 1}`,
        quantity: line.quantity,
        unitName: line.unitName ?? '件',
        unitPriceYen: line.unitPriceYen,
        taxRate: line.taxRate ?? 10,
      })),
    );
  }
  return invoice!.id;
}
