import { taxOn } from '../../money/compute-tax-totals';
import { computeWithholding } from '../../money/compute-withholding';

/** The standard consumption tax rate a registered worker adds to their pay. */
export const workerTaxRate = 10;

export type StatementAmounts = {
  workYen: number;
  adjustmentYen: number;
  consumptionTaxYen: number;
  withholdingBaseYen: number;
  withholdingYen: number;
  paymentYen: number;
};

/**
 * The money of one 支払通知書. A worker registered as an invoice issuer (適格請求書発行事業者)
 * gets 10% consumption tax on top, computed once for the statement and rounded down; it is
 * stated apart, so it stays out of the withholding base. Withholding (源泉徴収) applies to the
 * lines whose kind of work is among `withholdingCategories` and to adjustments marked so, as one
 * payment; a base below zero withholds nothing.
 */
export function computeStatementAmounts(
  lines: readonly { yen: number; workCategory: string }[],
  adjustments: readonly { amountYen: number; withholds: boolean }[],
  options: { registered: boolean; withholdingCategories: readonly string[] },
): StatementAmounts {
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const workYen = sum(lines.map((line) => line.yen));
  const adjustmentYen = sum(adjustments.map((adjustment) => adjustment.amountYen));
  const consumptionTaxYen = options.registered ? taxOn(Math.max(0, workYen + adjustmentYen), workerTaxRate) : 0;
  const withholdingBaseYen = Math.max(
    0,
    sum(lines.filter((line) => options.withholdingCategories.includes(line.workCategory)).map((line) => line.yen)) +
      sum(adjustments.filter((adjustment) => adjustment.withholds).map((adjustment) => adjustment.amountYen)),
  );
  const withholdingYen = computeWithholding(withholdingBaseYen);
  return { workYen, adjustmentYen, consumptionTaxYen, withholdingBaseYen, withholdingYen, paymentYen: workYen + adjustmentYen + consumptionTaxYen - withholdingYen };
}
