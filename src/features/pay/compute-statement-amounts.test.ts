import { describe, expect, it } from 'vitest';
import { computeStatementAmounts } from './compute-statement-amounts';

const withholdingCategories = ['writing', 'design'];
const writing = (yen: number) => ({ yen, workCategory: 'writing' });
const dataEntry = (yen: number) => ({ yen, workCategory: 'data_entry' });
const adjustment = (amountYen: number, withholds = false) => ({ amountYen, withholds });

describe('computeStatementAmounts', () => {
  // Each row worked out by hand. Columns: work, adjustments, consumption tax, withholding base, withholding, payment.
  it.each([
    ['nothing', [], [], false, [0, 0, 0, 0, 0, 0]],
    ['data entry withholds nothing', [dataEntry(12_000)], [], false, [12_000, 0, 0, 0, 0, 12_000]],
    ['writing of exactly ¥1,000,000, not registered', [writing(1_000_000)], [], false, [1_000_000, 0, 0, 1_000_000, 102_100, 897_900]],
    ['writing of exactly ¥1,000,000, registered: tax on top, not in the base', [writing(1_000_000)], [], true, [1_000_000, 0, 100_000, 1_000_000, 102_100, 997_900]],
    ['¥1 above the threshold', [writing(1_000_001)], [], false, [1_000_001, 0, 0, 1_000_001, 102_100, 897_901]],
    ['¥5 above the threshold, registered', [writing(1_000_005)], [], true, [1_000_005, 0, 100_000, 1_000_005, 102_101, 997_904]],
    // Per line it would be 61,260 + 51,050 = 112,310; one payment crosses the threshold: 102,100 + 20,420.
    ['two lines as one payment', [writing(600_000), writing(500_000)], [], false, [1_100_000, 0, 0, 1_100_000, 122_520, 977_480]],
    ['only the withholding kind of work counts', [writing(10_000), dataEntry(5_000)], [], true, [15_000, 0, 1_500, 10_000, 1_021, 15_479]],
    ['a cut marked as withholding lowers the base', [writing(10_000)], [adjustment(-3_000, true)], false, [10_000, -3_000, 0, 7_000, 714, 6_286]],
    ['a base below zero withholds nothing', [writing(1_000), dataEntry(8_000)], [adjustment(-5_000, true)], true, [9_000, -5_000, 400, 0, 0, 4_400]],
    ['an addition outside the base is still taxed', [writing(10_000)], [adjustment(2_000)], true, [10_000, 2_000, 1_200, 10_000, 1_021, 12_179]],
    ['tax rounded down once', [dataEntry(1_239)], [], true, [1_239, 0, 123, 0, 0, 1_362]],
    ['no tax on a total below zero', [dataEntry(1_000)], [adjustment(-3_000)], true, [1_000, -3_000, 0, 0, 0, -2_000]],
  ] as const)('%s', (_, lines, adjustments, registered, expected) => {
    const amounts = computeStatementAmounts(lines, adjustments, { registered, withholdingCategories });
    expect([amounts.workYen, amounts.adjustmentYen, amounts.consumptionTaxYen, amounts.withholdingBaseYen, amounts.withholdingYen, amounts.paymentYen]).toEqual(expected);
  });
});
