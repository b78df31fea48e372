import { toZenginText } from '../transfers/to-zengin-text';

export const holderNameMaxLength = 30;

export type HolderNameResult =
  | { ok: true; value: string }
  | { ok: false; error: 'error.required' | 'worker.error.holderCharacters' | 'worker.error.holderLength' };

/** An account holder's name (口座名義) as the 全銀 受取人名 field holds it: 全銀 characters, up to 30. */
export function normalizeHolderName(typed: string): HolderNameResult {
  const folded = toZenginText(typed);
  if (!folded.ok) return { ok: false, error: 'worker.error.holderCharacters' };
  if (folded.value === '') return { ok: false, error: 'error.required' };
  if (folded.value.length > holderNameMaxLength) return { ok: false, error: 'worker.error.holderLength' };
  return { ok: true, value: folded.value };
}
