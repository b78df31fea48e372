import { createRequire } from 'node:module';
import { normalizeHolderName } from './normalize-holder-name';

export const accountTypes = ['ordinary', 'current', 'savings'] as const;
export type AccountType = (typeof accountTypes)[number];

/** A bank account as it is sealed in `bank_account_encrypted`. */
export type BankAccount = { bankCode: string; branchCode: string; type: AccountType; number: string; holderKana: string };

type ZenginBranch = { name: string; kana: string };
type ZenginBank = { name: string; kana: string; branches: Record<string, ZenginBranch> };

let zengin: Record<string, ZenginBank> | undefined;

/** The 全銀 bank and branch list (5 MB), read the first time it is needed. */
function zenginBanks(): Record<string, ZenginBank> {
  zengin ??= createRequire(import.meta.url)('zengin-code') as Record<string, ZenginBank>;
  return zengin;
}

/** The bank's and branch's names, for showing what the codes mean; undefined for unknown codes. */
export function findBankNames(bankCode: string, branchCode: string): { bank: string; branch: string | undefined } | undefined {
  const bank = zenginBanks()[bankCode];
  if (!bank) return undefined;
  return { bank: bank.name, branch: bank.branches[branchCode]?.name };
}

type BankField = 'bankCode' | 'branchCode' | 'accountType' | 'accountNumber' | 'holderKana';
export type BankAccountResult =
  | { ok: true; value: BankAccount }
  | { ok: false; errors: Partial<Record<BankField, BankErrorKey>> };
type BankErrorKey =
  | 'error.required'
  | 'worker.error.bankCode'
  | 'worker.error.bankUnknown'
  | 'worker.error.branchCode'
  | 'worker.error.branchUnknown'
  | 'worker.error.accountType'
  | 'worker.error.accountNumber'
  | 'worker.error.holderCharacters'
  | 'worker.error.holderLength';

const digitsOnly = (typed: string) => typed.normalize('NFKC').replace(/[\s\-‐－−]/g, '');

/**
 * Checks a bank account as typed: bank code (4 digits) and branch code (3 digits) must exist in
 * the 全銀 list, the type is 普通/当座/貯蓄, the number has up to 7 digits (shorter numbers are
 * padded with zeros on the left, as banks do), and the holder's name is made 全銀 kana.
 */
export function normalizeBankAccount(typed: Record<BankField, string>): BankAccountResult {
  const errors: Partial<Record<BankField, BankErrorKey>> = {};
  const bankCode = digitsOnly(typed.bankCode);
  const branchCode = digitsOnly(typed.branchCode);
  const number = digitsOnly(typed.accountNumber);
  const banks = zenginBanks();
  if (bankCode === '') errors.bankCode = 'error.required';
  else if (!/^\d{4}$/.test(bankCode)) errors.bankCode = 'worker.error.bankCode';
  else if (!banks[bankCode]) errors.bankCode = 'worker.error.bankUnknown';
  if (branchCode === '') errors.branchCode = 'error.required';
  else if (!/^\d{3}$/.test(branchCode)) errors.branchCode = 'worker.error.branchCode';
  else if (banks[bankCode] && !banks[bankCode].branches[branchCode]) errors.branchCode = 'worker.error.branchUnknown';
  const type = accountTypes.find((candidate) => candidate === typed.accountType);
  if (!type) errors.accountType = 'worker.error.accountType';
  if (number === '') errors.accountNumber = 'error.required';
  else if (!/^\d{1,7}$/.test(number) || /^0+$/.test(number)) errors.accountNumber = 'worker.error.accountNumber';
  const holder = normalizeHolderName(typed.holderKana);
  if (!holder.ok) errors.holderKana = holder.error;
  if (Object.keys(errors).length > 0 || !type || !holder.ok) return { ok: false, errors };
  return { ok: true, value: { bankCode, branchCode, type, number: number.padStart(7, '0'), holderKana: holder.value } };
}
