/** The part of one payment taxed at the lower rate (所得税法 §205: ¥1,000,000). */
export const withholdingThresholdYen = 1_000_000;

/**
 * 源泉徴収 on one payment for work that withholds (原稿, デザイン, 翻訳, 校正 …): 10.21% of the
 * amount up to ¥1,000,000 and 20.42% of the part above, fractions of a yen dropped. Computed in
 * integers (basis points of a percent), so no floating-point error reaches the yen.
 */
export function computeWithholding(baseYen: number): number {
  if (!Number.isSafeInteger(baseYen) || baseYen <= 0) return 0;
  const lower = Math.min(baseYen, withholdingThresholdYen);
  const upper = baseYen - lower;
  return Math.floor((lower * 1021 + upper * 2042) / 10_000);
}
