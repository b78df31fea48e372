import iconv from 'iconv-lite';
import type { BusinessDate } from '../availability/calendar';
import { findZenginBank } from '../workers/normalize-bank-account';
import { toZenginText } from './to-zengin-text';

/** 預金種目: 1 普通, 2 当座, 4 貯蓄, 9 その他. */
export const zenginAccountTypes = ['1', '2', '4', '9'] as const;
export type ZenginAccountType = (typeof zenginAccountTypes)[number];

/** The operator's side of the file (header record): the account the money leaves from. */
export type ZenginRequester = {
  /** 委託者コード: the company code the bank gave, 10 digits. */
  code: string;
  /** 委託者名, as the bank registered it; folded to 全銀 characters. */
  name: string;
  bankCode: string;
  branchCode: string;
  accountType: ZenginAccountType;
  accountNumber: string;
};

/** One payment (data record). */
export type ZenginTransfer = {
  bankCode: string;
  branchCode: string;
  accountType: ZenginAccountType;
  accountNumber: string;
  /** 受取人名: the account holder's name; folded to 全銀 characters. */
  recipientName: string;
  amountYen: number;
  /** 顧客コード1, for the payer's own reference (we put the pay statement's number). */
  customerCode: number;
};

export type ZenginTransferInput = {
  requester: ZenginRequester;
  /** 振込指定日; the file carries its month and day. */
  transferOn: BusinessDate;
  transfers: readonly ZenginTransfer[];
  /** CRLF after every record (what most banks' upload screens take), or none (one 120-byte record after another). */
  lineEnd?: 'crlf' | 'none';
};

export type ZenginField = 'code' | 'name' | 'bankCode' | 'branchCode' | 'accountType' | 'accountNumber' | 'recipientName' | 'amountYen' | 'customerCode' | 'transferOn' | 'transfers';
export type ZenginProblemKind = 'digits' | 'bankUnknown' | 'branchUnknown' | 'characters' | 'empty' | 'tooLong' | 'amount' | 'count';

/** What keeps the file from being made: where (`requester`, the transfer's index, or the whole `file`), which field, what. */
export type ZenginProblem = { at: 'requester' | 'file' | number; field: ZenginField; kind: ZenginProblemKind; refused?: string[] };

export type ZenginFileResult = { ok: true; bytes: Uint8Array<ArrayBuffer>; recordCount: number; totalYen: number } | { ok: false; problems: ZenginProblem[] };

export const zenginRecordBytes = 120;
const maxAmountYen = 9_999_999_999;
const maxRecords = 999_999;

/** N(n): digits, right-aligned, zero-filled. */
const numeric = (value: string | number, length: number) => String(value).padStart(length, '0');
/** C(n): 全銀 characters, left-aligned, space-filled; longer text is cut (bank names are for reference only). */
const characters = (value: string, length: number) => value.slice(0, length).padEnd(length, ' ');

/** A bank's or branch's name in 全銀 kana, from the 全銀 list. */
const kanaOf = (kana: string) => {
  const folded = toZenginText(kana);
  return folded.ok ? folded.value : '';
};

type Account = { bankCode: string; branchCode: string; accountType: string; accountNumber: string };

/** Checks an account against the 全銀 list; gives the bank's and branch's kana names when it is good. */
function checkAccount(account: Account, at: ZenginProblem['at'], problems: ZenginProblem[]) {
  const before = problems.length;
  const bank = /^\d{4}$/.test(account.bankCode) ? findZenginBank(account.bankCode) : undefined;
  if (!/^\d{4}$/.test(account.bankCode)) problems.push({ at, field: 'bankCode', kind: 'digits' });
  else if (!bank) problems.push({ at, field: 'bankCode', kind: 'bankUnknown' });
  const branch = bank && Object.hasOwn(bank.branches, account.branchCode) ? bank.branches[account.branchCode] : undefined;
  if (!/^\d{3}$/.test(account.branchCode)) problems.push({ at, field: 'branchCode', kind: 'digits' });
  else if (bank && !branch) problems.push({ at, field: 'branchCode', kind: 'branchUnknown' });
  if (!(zenginAccountTypes as readonly string[]).includes(account.accountType)) problems.push({ at, field: 'accountType', kind: 'digits' });
  if (!/^\d{1,7}$/.test(account.accountNumber)) problems.push({ at, field: 'accountNumber', kind: 'digits' });
  if (problems.length > before || !bank || !branch) return undefined;
  return { bankKana: kanaOf(bank.kana), branchKana: kanaOf(branch.kana) };
}

/** Folds a name to 全銀 characters and checks its length. */
function checkName(typed: string, maxLength: number, at: ZenginProblem['at'], field: ZenginField, problems: ZenginProblem[]) {
  const folded = toZenginText(typed);
  if (!folded.ok) problems.push({ at, field, kind: 'characters', refused: folded.refused });
  else if (folded.value === '') problems.push({ at, field, kind: 'empty' });
  else if (folded.value.length > maxLength) problems.push({ at, field, kind: 'tooLong' });
  else return folded.value;
  return undefined;
}

/** Checks one payment; gives what its data record needs when it is good. */
function checkTransfer(transfer: ZenginTransfer, at: number, problems: ZenginProblem[]) {
  const bank = checkAccount(transfer, at, problems);
  const name = checkName(transfer.recipientName, 30, at, 'recipientName', problems);
  const amountGood = Number.isSafeInteger(transfer.amountYen) && transfer.amountYen >= 1 && transfer.amountYen <= maxAmountYen;
  if (!amountGood) problems.push({ at, field: 'amountYen', kind: 'amount' });
  const codeGood = Number.isSafeInteger(transfer.customerCode) && transfer.customerCode >= 0 && transfer.customerCode <= 9_999_999_999;
  if (!codeGood) problems.push({ at, field: 'customerCode', kind: 'digits' });
  return bank && name !== undefined && amountGood && codeGood ? { ...bank, name } : undefined;
}

/** What would keep one payment out of a file (`at` 0), by the same checks the file is made with. */
export function findTransferProblems(transfer: ZenginTransfer): ZenginProblem[] {
  const problems: ZenginProblem[] = [];
  checkTransfer(transfer, 0, problems);
  return problems;
}

/**
 * 全銀協 総合振込 (種別コード 21): a header record, one data record per payment, a trailer with the
 * count and total, and an end record; each 120 bytes of JIS X 0201 (Shift_JIS: digits, capitals and
 * half-width kana, one byte each). Numbers are right-aligned and zero-filled, text left-aligned and
 * space-filled. Every account is checked against the 全銀 bank list and every name folded to 全銀
 * characters; the file is made only when nothing is wrong, else every problem is returned.
 */
export function buildZenginTransferFile(input: ZenginTransferInput): ZenginFileResult {
  const problems: ZenginProblem[] = [];
  const { requester } = input;
  if (!/^\d{10}$/.test(requester.code)) problems.push({ at: 'requester', field: 'code', kind: 'digits' });
  const requesterName = checkName(requester.name, 40, 'requester', 'name', problems);
  const requesterBank = checkAccount(requester, 'requester', problems);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.transferOn)) problems.push({ at: 'file', field: 'transferOn', kind: 'digits' });
  if (input.transfers.length === 0 || input.transfers.length > maxRecords) problems.push({ at: 'file', field: 'transfers', kind: 'count' });

  const data: string[] = [];
  let totalYen = 0;
  input.transfers.forEach((transfer, index) => {
    const checked = checkTransfer(transfer, index, problems);
    if (!checked) return;
    totalYen += transfer.amountYen;
    data.push(
      '2' + // データ区分
        numeric(transfer.bankCode, 4) + // 被仕向銀行番号
        characters(checked.bankKana, 15) + // 被仕向銀行名
        numeric(transfer.branchCode, 3) + // 被仕向支店番号
        characters(checked.branchKana, 15) + // 被仕向支店名
        '0000' + // 手形交換所番号 (unused)
        transfer.accountType + // 預金種目
        numeric(transfer.accountNumber, 7) + // 口座番号
        characters(checked.name, 30) + // 受取人名
        numeric(transfer.amountYen, 10) + // 振込金額
        '0' + // 新規コード: その他
        numeric(transfer.customerCode, 10) + // 顧客コード1
        numeric(0, 10) + // 顧客コード2
        '7' + // 振込指定区分: 電信
        ' ' + // 識別表示: customer codes, not EDI
        characters('', 7), // ダミー
    );
  });
  if (problems.length > 0 || !requesterBank || requesterName === undefined) return { ok: false, problems };

  const header =
    '1' + // データ区分
    '21' + // 種別コード: 総合振込
    '0' + // コード区分: JIS
    requester.code + // 委託者コード
    characters(requesterName, 40) + // 委託者名
    input.transferOn.slice(5, 7) +
    input.transferOn.slice(8, 10) + // 取組日 MMDD
    requester.bankCode + // 仕向銀行番号
    characters(requesterBank.bankKana, 15) + // 仕向銀行名
    requester.branchCode + // 仕向支店番号
    characters(requesterBank.branchKana, 15) + // 仕向支店名
    requester.accountType + // 預金種目
    numeric(requester.accountNumber, 7) + // 口座番号
    characters('', 17); // ダミー
  const trailer = '8' + numeric(data.length, 6) + numeric(totalYen, 12) + characters('', 101);
  const end = '9' + characters('', 119);
  const records = [header, ...data, trailer, end];
  for (const record of records) {
    // Every character is one byte in JIS X 0201, so a record of another length is a bug here, never a file to send.
    if (record.length !== zenginRecordBytes) throw new Error(`全銀 record of ${record.length} characters`);
  }
  const lineEnd = input.lineEnd === 'none' ? '' : '\r\n';
  const bytes = new Uint8Array(iconv.encode(records.map((record) => record + lineEnd).join(''), 'Shift_JIS'));
  return { ok: true, bytes, recordCount: data.length, totalYen };
}
