import { eq, isNull, sql } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { addDays, todayInJapan, type BusinessDate } from '../availability/calendar';
import { operators } from '../centre/schema';
import { clients } from '../clients/schema';
import { addOrder, termsOf } from '../demo/seed-orders';
import { loadMoneySettings } from '../money-settings/load-money-settings';
import { moneySettings } from '../money-settings/schema';
import { quoteItems } from '../orders/schema';
import { createOrderInvoice } from './create-order-invoice';
import { issueInvoice } from './issue-invoice';
import { recordInvoicePayment } from './record-invoice-payment';

/**
 * The demo operator as an issuer (a made-up registration number with a valid check digit, the
 * centre's address, a bank account), where nobody has set them.
 */
async function seedDemoIssuer(db: Db): Promise<void> {
  await db.update(operators).set({ invoiceRegistrationNumber: 'T3100001234567' }).where(isNull(operators.invoiceRegistrationNumber));
  await loadMoneySettings(db);
  await db
    .update(moneySettings)
    .set({
      issuerPostalCode: sql`coalesce(${moneySettings.issuerPostalCode}, '3842305')`,
      issuerAddress: sql`coalesce(${moneySettings.issuerAddress}, '長野県北佐久郡立科町大字芦田2602-1')`,
      issuerPhone: sql`coalesce(${moneySettings.issuerPhone}, '0267-55-6001')`,
      invoiceBankText: sql`coalesce(${moneySettings.invoiceBankText}, '八十二銀行 立科支店 普通 1234567 一般社団法人立科町振興公社')`,
    })
    .where(eq(moneySettings.id, 1));
}

/** A closed order of the town's, delivered `daysAgo` days ago, with its quote. */
async function closedOrder(db: Db, clientId: string, directorId: string | null, title: string, daysAgo: number, quote: { description: string; quantity: number; unit: string; unitPriceYen: number }) {
  const receivedOn: BusinessDate = addDays(todayInJapan(), -daysAgo - 30);
  const deliveredOn = addDays(todayInJapan(), -daysAgo);
  const orderId = await addOrder(
    db,
    { clientId, title, receivedOn, status: 'closed', requiredSkills: ['transcription'], ...termsOf(`${title}の作業`, '作業ページから納品', deliveredOn) },
    [
      { status: 'inquiry', on: receivedOn },
      { status: 'quoted', on: addDays(receivedOn, 2) },
      { status: 'ordered', on: addDays(receivedOn, 4) },
      { status: 'in_progress', on: addDays(receivedOn, 5) },
      { status: 'delivered', on: deliveredOn },
      { status: 'closed', on: addDays(deliveredOn, 3) },
    ],
    directorId,
  );
  await db.insert(quoteItems).values({ orderId, position: 1, taxRate: 10, ...quote });
  return orderId;
}

/**
 * Two issued invoices to the town (whose contact is the demo client account): one paid, one
 * overdue by two weeks. Last month's delivered orders are left for staff to invoice themselves.
 */
export async function seedDemoInvoices(db: Db): Promise<void> {
  const [town] = await db.select({ id: clients.id }).from(clients).where(eq(clients.name, '立科町'));
  const [director] = await db.select({ id: users.id }).from(users).where(eq(users.loginId, 'director'));
  if (!town || !director) return;
  await seedDemoIssuer(db);
  const today = todayInJapan();
  const minutes = await closedOrder(db, town.id, director.id, '町議会 定例会の会議録の書き起こし', 60, { description: '会議録の書き起こし', quantity: 240, unit: '分', unitPriceYen: 300 });
  const braille = await closedOrder(db, town.id, director.id, '広報たてしなの点字版の作成', 48, { description: '点字データ作成', quantity: 40, unit: 'ページ', unitPriceYen: 1500 });
  for (const [orderId, issuedOn] of [
    [minutes, addDays(today, -55)],
    [braille, addDays(today, -45)],
  ] as const) {
    const id = await createOrderInvoice(db, director.id, { orderId, source: 'quote' });
    await issueInvoice(db, director.id, id!, issuedOn);
    if (orderId === minutes) await recordInvoicePayment(db, director.id, id!, { receivedOn: addDays(today, -28), amountYen: 79200, note: '立科町 会計課より振込' });
  }
}
