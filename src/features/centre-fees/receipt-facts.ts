import { includedTax } from '../../money/included-tax';
import { taxRates } from '../orders/schema';
import type { CentreBill, CentreBillCharge } from './find-centre-bill';

/** Using the centre is taxed at the standard rate (10%). */
const centreTaxRate = taxRates[0];

export type ReceiptFacts = {
  number: number;
  paidAt: Date;
  addressee: string;
  total: number;
  /** The 10% consumption tax included in the total. */
  tax: number;
  issuerName: string;
  issuerRegistrationNumber: string | null;
  charges: CentreBillCharge[];
};

/**
 * What a receipt (領収書) states, as a 適格簡易請求書: the issuer and its 登録番号 (as the money
 * settings named them when the bill was paid), the date, the addressee, the total and the 10% tax inside it (centre fees are priced
 * tax included, and all at the standard rate), and the items. Only a paid bill has a receipt.
 */
export function receiptFacts(bill: CentreBill, charges: CentreBillCharge[]): ReceiptFacts | undefined {
  if (bill.status !== 'paid' || bill.receiptNumber === null || !bill.paidAt || bill.issuerName === null) return undefined;
  return {
    number: bill.receiptNumber,
    paidAt: bill.paidAt,
    addressee: bill.receiptAddressee ?? bill.payerName,
    total: bill.total,
    tax: includedTax(bill.total, centreTaxRate),
    issuerName: bill.issuerName,
    issuerRegistrationNumber: bill.issuerRegistrationNumber,
    charges,
  };
}
