import { createRequire } from 'node:module';
import { normalizeHolderName } from './normalize-holder-name';

export const accountTypes = ['ordinary', 'current', 'savings'] as const;
export type AccountType = (typeof accountTypes)[number];

/** A bank account as it is sealed in `bank_account_encrypted`. */
export type BankAccount = { bankCode: string; branchCode: string; type: AccountType; number: string; holderKana: string };

export type ZenginBranch = { name: string; kana: string };
export type ZenginBank = { name: string; kana: string; branches: Record<string, ZenginBranch> };

let zengin: Record<string, ZenginBank> | undefined;

/** The 全銀 bank and branch list (5 MB), read the first time it is needed. */
function zenginBanks(): Record<string, ZenginBank> {
  zengin ??= createRequire(import.meta.url)('zengin-code') as Record<string, ZenginBank>;
  return zengin;
}

/** A bank of the 全銀 list with its branches, or undefined for an unknown code. */
export function findZenginBank(bankCode: string): ZenginBank | undefined {
  return Object.hasOwn(zenginBanks(), bankCode) ? zenginBanks()[bankCode] : undefined;
}

/** The bank's and branch's names, for showing what the codes mean; undefined for unknown codes. */
export function findBankNames(bankCode: string, branchCode: string): { bank: string; branch: string | undefined } | undefined {
  const bank = findZenginBank(bankCode);
  if (!bank) return undefined;
  return { bank: bank.name, branch: Object.hasOwn(bank.branches, branchCode) ? bank.branches[branchCode]!.name : undefined };
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

/** Digits as typed: full-width folded, spaces and hyphens dropped. */
export const digitsOnly = (typed: string) => typed.normalize('NFKC').replace(/[\s\-‐－−]/g, '');

/** Checks a bank code (4 digits) and branch code (3 digits), as `digitsOnly` gives them, against the 全銀 list. */
export function checkBankCodes(bankCode: string, branchCode: string): Partial<Record<'bankCode' | 'branchCode', BankErrorKey>> {
  const errors: Partial<Record<'bankCode' | 'branchCode', BankErrorKey>> = {};
  const bank = findZenginBank(bankCode);
  if (bankCode === '') errors.bankCode = 'error.required';
  else if (!/^\d{4}$/.test(bankCode)) errors.bankCode = 'worker.error.bankCode';
  else if (!bank) errors.bankCode = 'worker.error.bankUnknown';
  if (branchCode === '') errors.branchCode = 'error.required';
  else if (!/^\d{3}$/.test(branchCode)) errors.branchCode = 'worker.error.branchCode';
  else if (bank && !Object.hasOwn(bank.branches, branchCode)) errors.branchCode = 'worker.error.branchUnknown';
  return errors;
}

/** An account number of up to 7 digits (not all zeros), padded on the left as banks do; undefined when it is not one. */
export function padAccountNumber(number: string): string | undefined {
  return /^\d{1,7}$/.test(number) && !/^0+$/.test(number) ? number.padStart(7, '0') : undefined;
}

/**
 * Checks a bank account as typed: bank code (4 digits) and branch code (3 digits) must exist in
 * the 全銀 list, the type is 普通/当座/貯蓄, the number has up to 7 digits (shorter numbers are
 * padded with zeros on the left, as banks do), and the holder's name is made 全銀 kana.
 */
export function normalizeBankAccount(typed: Record<BankField, string>): BankAccountResult {
  const bankCode = digitsOnly(typed.bankCode);
  const branchCode = digitsOnly(typed.branchCode);
  const number = digitsOnly(typed.accountNumber);
  const errors: Partial<Record<BankField, BankErrorKey>> = checkBankCodes(bankCode, branchCode);
  const type = accountTypes.find((candidate) => candidate === typed.accountType);
  if (!type) errors.accountType = 'worker.error.accountType';
  const padded = padAccountNumber(number);
  if (number === '') errors.accountNumber = 'error.required';
  else if (!padded) errors.accountNumber = 'worker.error.accountNumber';
  const holder = normalizeHolderName(typed.holderKana);
  if (!holder.ok) errors.holderKana = holder.error;
  if (Object.keys(errors).length > 0 || !type || !padded || !holder.ok) return { ok: false, errors };
  return { ok: true, value: { bankCode, branchCode, type, number: padded, holderKana: holder.value } };
}
