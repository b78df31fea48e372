import type { orders } from './schema';

/**
 * The terms an onward commission must state before work starts (フリーランス法 §3 and the
 * 自営型テレワークガイドライン); an order cannot become `ordered` while any is empty.
 */
export const requiredTerms = [
  'termsWorkContent',
  'termsDeliverable',
  'deliveryDate',
  'termsDeliveryPlace',
  'termsDeliveryMethod',
  'inspectionDueOn',
  'termsRate',
  'termsPaymentDate',
  'termsPaymentMethod',
  'termsExpenses',
  'termsIntellectualProperty',
  'termsPersonalData',
  'termsDefects',
] as const satisfies readonly (keyof typeof orders.$inferSelect)[];

export type RequiredTerm = (typeof requiredTerms)[number];

/** The required terms the order leaves empty, in the order the form asks for them. */
export function missingTerms(order: Pick<typeof orders.$inferSelect, RequiredTerm>): RequiredTerm[] {
  return requiredTerms.filter((term) => !order[term]?.trim());
}
