import { asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { computeTaxTotals } from '../../money/compute-tax-totals';
import { translator } from '../../ui/i18n';
import { addDays, type BusinessDate } from '../availability/calendar';
import { formatPostalCode } from '../clients/normalize-corporate-number';
import { clients } from '../clients/schema';
import { loadMoneySettings } from '../money-settings/load-money-settings';
import { lockDraftInvoice } from './lock-draft-invoice';
import { invoiceItems, invoiceNumberCounter, invoices } from './schema';

export type IssueResult = { ok: true; number: number } | { ok: false; reason: 'notFound' | 'notDraft' | 'noItems' | 'noIssuer' | 'tooLarge' };

/** The largest amount an integer column holds. */
const largestYen = 2_147_483_647;

/**
 * Issues a draft: the next number, today's date (in Japan) and the due date, the issuer (the
 * operator's name, 登録番号 and address), the recipient (the client's name with 御中), the bank and
 * the totals (tax once per rate) are fixed on the invoice, all in one transaction. The number comes
 * from a one-row counter advanced in that transaction, so concurrent issues wait for each other
 * and a rollback gives the number back: numbers have no gaps. Refused without the issuer's
 * registration number, or without lines.
 */
export async function issueInvoice(db: Db, actorId: string, invoiceId: string, today: BusinessDate): Promise<IssueResult> {
  return db.transaction(async (tx) => {
    const draft = await lockDraftInvoice(tx as unknown as Db, invoiceId);
    if (draft === 'notFound') return { ok: false, reason: 'notFound' } as const;
    if (draft === 'locked') return { ok: false, reason: 'notDraft' } as const;
    const items = await tx.select().from(invoiceItems).where(eq(invoiceItems.invoiceId, invoiceId)).orderBy(asc(invoiceItems.position));
    if (items.length === 0) return { ok: false, reason: 'noItems' } as const;
    const settings = await loadMoneySettings(tx as unknown as Db);
    if (!settings.issuerName || !settings.issuerRegistrationNumber) return { ok: false, reason: 'noIssuer' } as const;
    const totals = computeTaxTotals(items);
    if (totals.total > largestYen) return { ok: false, reason: 'tooLarge' } as const;
    const [client] = await tx.select({ name: clients.name }).from(clients).where(eq(clients.id, draft.clientId));
    const [counter] = await tx
      .insert(invoiceNumberCounter)
      .values({ id: 1, lastNumber: 1 })
      .onConflictDoUpdate({ target: invoiceNumberCounter.id, set: { lastNumber: sql`${invoiceNumberCounter.lastNumber} + 1` } })
      .returning({ lastNumber: invoiceNumberCounter.lastNumber });
    const number = counter!.lastNumber;
    const address = [settings.issuerPostalCode ? formatPostalCode(settings.issuerPostalCode) : '', settings.issuerAddress ?? ''].join(' ').trim();
    await tx
      .update(invoices)
      .set({
        status: 'issued',
        number,
        issuedOn: today,
        dueOn: addDays(today, settings.invoiceDueDays),
        issuerName: settings.issuerName,
        issuerRegistrationNumber: settings.issuerRegistrationNumber,
        issuerAddress: address || null,
        // The invoice is a Japanese document: the recipient is addressed as it prints.
        recipientName: translator('ja')('invoice.doc.recipient', { name: client!.name }),
        bankText: settings.invoiceBankText,
        subtotalYen: totals.subtotal,
        taxYen: totals.tax,
        totalYen: totals.total,
        issuedBy: actorId,
      })
      .where(eq(invoices.id, invoiceId));
    await recordAudit(tx as unknown as Db, { actorId, action: 'invoice.issue', detail: { invoiceId, number, totalYen: totals.total } });
    return { ok: true, number } as const;
  });
}
