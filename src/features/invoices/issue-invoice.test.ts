import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { useTestApp } from '../../testing/test-app';
import { addDays, todayInJapan } from '../availability/calendar';
import { tasks } from '../breakdown/schema';
import { orders, orderStatusChanges, quoteItems } from '../orders/schema';
import { createOrder, createTasks } from '../orders/testing';
import { createMonthlyInvoice } from './create-monthly-invoice';
import { createOrderInvoice } from './create-order-invoice';
import { findInvoice } from './find-invoice';
import { issueInvoice } from './issue-invoice';
import { listInvoices } from './list-invoices';
import { recordInvoicePayment } from './record-invoice-payment';
import { invoiceItems, invoiceNumberCounter, invoicePayments, invoices } from './schema';
import { createDraft, setIssuer } from './testing';
import { voidInvoice } from './void-invoice';

const test = useTestApp();
const today = '2026-11-20';

describe('issuing an invoice', () => {
  it('states tax once per rate on the invoice, not per line, at the rounding boundaries', async () => {
    await setIssuer(test);
    const director = await test.createUser('director');
    const order = await createOrder(test);
    // Per line: 10.5 → 10 three times (30) and 9.52 → 9 twice (18). Per rate: 31.5 → 31 and 19.04 → 19.
    const id = await createDraft(test, order, [
      { quantity: 1, unitPriceYen: 105 },
      { quantity: 3, unitPriceYen: 35 },
      { quantity: 1, unitPriceYen: 105 },
      { quantity: 1, unitPriceYen: 119, taxRate: 8 },
      { quantity: 7, unitPriceYen: 17, taxRate: 8 },
    ]);
    expect(await issueInvoice(test.db, director.id, id, today)).toEqual({ ok: true, number: 1 });
    const [issued] = await test.db.select().from(invoices).where(eq(invoices.id, id));
    expect(issued).toMatchObject({
      status: 'issued',
      number: 1,
      issuedOn: today,
      dueOn: '2026-12-20',
      subtotalYen: 553,
      taxYen: 50,
      totalYen: 603,
      issuerName: '一般社団法人立科町振興公社',
      issuerRegistrationNumber: 'T7000012050002',
      issuerAddress: '〒384-2305 長野県北佐久郡立科町芦田2532',
      recipientName: '株式会社テスト発注 御中',
      issuedBy: director.id,
    });
    expect(issued!.bankText).toContain('八十二銀行');
  });

  it('refuses without the issuer’s registration number, or without lines, and spends no number on it', async () => {
    await setIssuer(test, null);
    const director = await test.createUser('director');
    const order = await createOrder(test);
    const withLines = await createDraft(test, order, [{ quantity: 1, unitPriceYen: 1000 }]);
    expect(await issueInvoice(test.db, director.id, withLines, today)).toEqual({ ok: false, reason: 'noIssuer' });
    await test.db.execute(sql`update operators set invoice_registration_number = 'T7000012050002'`);
    const empty = await createDraft(test, order, []);
    expect(await issueInvoice(test.db, director.id, empty, today)).toEqual({ ok: false, reason: 'noItems' });
    expect(await issueInvoice(test.db, director.id, withLines, today)).toEqual({ ok: true, number: 1 });
    expect(await issueInvoice(test.db, director.id, withLines, today)).toEqual({ ok: false, reason: 'notDraft' });
  });

  it('numbers concurrent issues 1..N with no gaps and no duplicates, and a rolled-back issue gives its number back', async () => {
    await setIssuer(test);
    const director = await test.createUser('director');
    const order = await createOrder(test);
    const drafts = await Promise.all(Array.from({ length: 12 }, (_, index) => createDraft(test, order, [{ quantity: 1, unitPriceYen: 100 * (index + 1) }])));
    // An issue whose transaction fails after taking its number: the number goes back.
    await expect(
      test.db.transaction(async (tx) => {
        expect(await issueInvoice(tx as unknown as Db, director.id, drafts[0]!, today)).toEqual({ ok: true, number: 1 });
        throw new Error('the surrounding work failed');
      }),
    ).rejects.toThrow('the surrounding work failed');
    const results = await Promise.all(drafts.map((id) => issueInvoice(test.db, director.id, id, today)));
    const numbers = results.map((result) => (result.ok ? result.number : 0)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
    const stored = await test.db.select({ number: invoices.number }).from(invoices);
    expect(stored.map((row) => row.number).sort((a, b) => a! - b!)).toEqual(numbers);
    expect(await test.db.select().from(invoiceNumberCounter)).toEqual([{ id: 1, lastNumber: 12 }]);
  });
});

describe('an issued invoice is kept as issued', () => {
  it('refuses in the database any change but voiding, and keeps the number when voided', async () => {
    await setIssuer(test);
    const director = await test.createUser('director');
    const order = await createOrder(test);
    const id = await createDraft(test, order, [{ quantity: 2, unitPriceYen: 5000 }]);
    await issueInvoice(test.db, director.id, id, today);
    await expect(test.db.update(invoices).set({ totalYen: 1 }).where(eq(invoices.id, id))).rejects.toThrow();
    await expect(test.db.update(invoices).set({ subject: '書き換え' }).where(eq(invoices.id, id))).rejects.toThrow();
    await expect(test.db.update(invoiceItems).set({ unitPriceYen: 1 }).where(eq(invoiceItems.invoiceId, id))).rejects.toThrow();
    await expect(test.db.insert(invoiceItems).values({ invoiceId: id, position: 2, description: '追加', quantity: 1, unitPriceYen: 1, taxRate: 10 })).rejects.toThrow();
    await expect(test.db.delete(invoiceItems).where(eq(invoiceItems.invoiceId, id))).rejects.toThrow();
    await expect(test.db.delete(invoices).where(eq(invoices.id, id))).rejects.toThrow();

    expect(await recordInvoicePayment(test.db, director.id, id, { receivedOn: today, amountYen: 1000, note: null })).toEqual({ ok: true });
    await expect(test.db.update(invoicePayments).set({ amountYen: 2 })).rejects.toThrow();
    await expect(test.db.delete(invoicePayments)).rejects.toThrow();

    expect(await voidInvoice(test.db, director.id, id, '金額の誤り')).toBe('ok');
    const [voided] = await test.db.select().from(invoices).where(eq(invoices.id, id));
    expect(voided).toMatchObject({ status: 'void', number: 1, totalYen: 11000, voidReason: '金額の誤り' });
    expect(await voidInvoice(test.db, director.id, id, 'もう一度')).toBe('notIssued');
    await expect(test.db.update(invoices).set({ status: 'issued', voidedAt: null }).where(eq(invoices.id, id))).rejects.toThrow();
    expect(await recordInvoicePayment(test.db, director.id, id, { receivedOn: today, amountYen: 1000, note: null })).toEqual({ ok: false, reason: 'notIssued' });
  });
});

describe('payments and the overdue list', () => {
  it('tracks the balance, refuses more than it, and lists issued invoices past due and not fully paid', async () => {
    await setIssuer(test);
    const director = await test.createUser('director');
    const order = await createOrder(test);
    const now = todayInJapan();
    const issue = async (amount: number, issuedOn: string) => {
      const id = await createDraft(test, order, [{ quantity: 1, unitPriceYen: amount }]);
      await issueInvoice(test.db, director.id, id, issuedOn);
      return id;
    };
    const late = await issue(10000, addDays(now, -40)); // due 10 days ago
    const paid = await issue(20000, addDays(now, -45));
    const notYetDue = await issue(30000, addDays(now, -5));
    await createDraft(test, order, [{ quantity: 1, unitPriceYen: 1 }]);

    expect(await recordInvoicePayment(test.db, director.id, late, { receivedOn: now, amountYen: 4000, note: '一部' })).toEqual({ ok: true });
    expect(await recordInvoicePayment(test.db, director.id, late, { receivedOn: now, amountYen: 7001, note: null })).toEqual({ ok: false, reason: 'overBalance', balanceYen: 7000 });
    expect(await recordInvoicePayment(test.db, director.id, paid, { receivedOn: now, amountYen: 22000, note: null })).toEqual({ ok: true });

    const overdue = await listInvoices(test.db, { status: 'overdue' }, now);
    expect(overdue.map((row) => ({ id: row.id, days: row.daysOverdue, balance: row.balanceYen, state: row.state }))).toEqual([{ id: late, days: 10, balance: 7000, state: 'partiallyPaid' }]);
    const states = Object.fromEntries((await listInvoices(test.db, {}, now)).map((row) => [row.id, row.state]));
    expect([states[late], states[paid], states[notYetDue]]).toEqual(['partiallyPaid', 'paid', 'unpaid']);
    expect((await findInvoice(test.db, late, now))).toMatchObject({ paidYen: 4000, balanceYen: 7000, overdue: true, daysOverdue: 10 });
    // The balance is held under concurrency: two payments of the whole balance at once, one passes.
    const both = await Promise.all([1, 2].map(() => recordInvoicePayment(test.db, director.id, late, { receivedOn: now, amountYen: 7000, note: null })));
    expect(both.filter((result) => result.ok)).toHaveLength(1);
    expect(await listInvoices(test.db, { status: 'overdue' }, now)).toEqual([]);
  });
});

describe('making drafts', () => {
  it('starts an order’s invoice from its quote, or from the work accepted per package', async () => {
    const director = await test.createUser('director');
    const order = await createOrder(test);
    await test.db.insert(quoteItems).values([
      { orderId: order.orderId, position: 1, description: '名刺データ入力', quantity: 2000, unit: '枚', unitPriceYen: 20, taxRate: 10 },
      { orderId: order.orderId, position: 2, description: '入力内容の確認', quantity: 2000, unit: '枚', unitPriceYen: 8, taxRate: 10 },
    ]);
    const { taskIds } = await createTasks(test, order.orderId, 4, { units: 50 });
    await test.db.update(tasks).set({ status: 'accepted', acceptedOn: today }).where(inArray(tasks.id, taskIds.slice(0, 3)));

    const fromQuote = await createOrderInvoice(test.db, director.id, { orderId: order.orderId, source: 'quote' });
    const quoted = await findInvoice(test.db, fromQuote!, today);
    expect(quoted!.invoice).toMatchObject({ kind: 'order', status: 'draft', subject: '名刺データ入力', orderId: order.orderId });
    expect(quoted!.items.map((item) => [item.description, item.quantity, item.unitName, item.unitPriceYen, item.orderId])).toEqual([
      ['名刺データ入力', 2000, '枚', 20, order.orderId],
      ['入力内容の確認', 2000, '枚', 8, order.orderId],
    ]);

    const fromWork = await createOrderInvoice(test.db, director.id, { orderId: order.orderId, source: 'accepted' });
    expect((await findInvoice(test.db, fromWork!, today))!.items.map((item) => [item.description, item.quantity, item.unitName, item.unitPriceYen])).toEqual([['入力', 150, '件', 20]]);

    await test.db.update(orders).set({ status: 'inquiry' }).where(eq(orders.id, order.orderId));
    expect(await createOrderInvoice(test.db, director.id, { orderId: order.orderId, source: 'quote' })).toBeNull();
  });

  it('makes a monthly summary of the client’s orders delivered that month, each line with its order, none billed twice', async () => {
    const director = await test.createUser('director');
    const first = await createOrder(test, { title: '名刺データ入力', status: 'delivered' });
    const second = await createOrder(test, { clientId: first.clientId, title: 'アンケート入力', status: 'closed' });
    const otherMonth = await createOrder(test, { clientId: first.clientId, title: '先月の納品', status: 'delivered' });
    const stillRunning = await createOrder(test, { clientId: first.clientId, title: '作業中', status: 'in_progress' });
    const delivered = (orderId: string, at: string) => test.db.insert(orderStatusChanges).values({ orderId, fromStatus: 'in_progress', toStatus: 'delivered', changedAt: new Date(at) });
    // 2026-10-31 23:30 in Japan is still October; 15:30 UTC on 10/31 is 11/1 00:30 in Japan.
    await delivered(first.orderId, '2026-11-01T00:30:00+09:00');
    await delivered(second.orderId, '2026-11-28T10:00:00+09:00');
    await delivered(otherMonth.orderId, '2026-10-31T23:30:00+09:00');
    await delivered(stillRunning.orderId, '2026-11-10T10:00:00+09:00');
    await test.db.insert(quoteItems).values([
      { orderId: first.orderId, position: 1, description: '名刺データ入力', quantity: 100, unit: '枚', unitPriceYen: 20 },
      { orderId: second.orderId, position: 1, description: 'アンケート入力', quantity: 50, unit: '枚', unitPriceYen: 30 },
      { orderId: second.orderId, position: 2, description: '集計表', quantity: 1, unit: '式', unitPriceYen: 5000, taxRate: 8 },
    ]);

    const result = await createMonthlyInvoice(test.db, director.id, { clientId: first.clientId, month: '2026-11', subject: '2026年11月分 ご請求' });
    expect(result.ok).toBe(true);
    const details = await findInvoice(test.db, result.ok ? result.id : '', today);
    expect(details!.invoice).toMatchObject({ kind: 'monthly', month: '2026-11', orderId: null });
    expect(details!.items.map((item) => [item.orderTitle, item.description])).toEqual([
      ['名刺データ入力', '名刺データ入力'],
      ['アンケート入力', 'アンケート入力'],
      ['アンケート入力', '集計表'],
    ]);
    expect(await createMonthlyInvoice(test.db, director.id, { clientId: first.clientId, month: '2026-11', subject: '二度目' })).toEqual({ ok: false, reason: 'noOrders' });
    expect((await createMonthlyInvoice(test.db, director.id, { clientId: first.clientId, month: '2026-10', subject: '十月' })).ok).toBe(true);
  });
});
