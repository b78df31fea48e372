import { and, asc, eq, lte, notExists } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { users } from '../../auth/schema';
import { unseal } from '../../crypto/sealed-box';
import type { Db } from '../../db/client';
import type { BusinessDate } from '../availability/calendar';
import { loadMoneySettings } from '../money-settings/load-money-settings';
import { workerNameColumns, workerNameOf } from '../pay/draft-pay-month';
import { payStatements } from '../pay/schema';
import type { AccountType, BankAccount } from '../workers/normalize-bank-account';
import { workerProfiles } from '../workers/schema';
import { findTransferProblems, type ZenginAccountType, type ZenginProblemKind, type ZenginRequester, type ZenginTransfer } from './build-zengin-transfer-file';
import { transferBatchStatements } from './schema';

const zenginAccountType: Record<AccountType, ZenginAccountType> = { ordinary: '1', current: '2', savings: '4' };

/** A closed statement waiting to be transferred. */
export type TransferCandidate = {
  statementId: string;
  number: number;
  workerId: string;
  workerName: string;
  month: string;
  scheduledOn: BusinessDate;
  legalDueOn: BusinessDate;
  paymentYen: number;
};

/** Why a statement cannot go into a transfer file: no account, or what the 全銀 check found in it. */
export type TransferProblem = TransferCandidate & {
  problem: 'noAccount' | 'account' | 'holderName' | 'amount';
  kind?: ZenginProblemKind;
  refused?: string[];
};

export type GatheredTransfers = {
  ready: (TransferCandidate & { transfer: ZenginTransfer })[];
  problems: TransferProblem[];
  /** The operator's account from the money settings, or null while any part of it is missing. */
  requester: ZenginRequester | null;
};

/** The closed statements scheduled on or before `transferOn` (any day when not given) that no batch has taken yet (a cancelled batch gave them back), earliest first. */
export async function listTransferCandidates(db: Db, transferOn?: BusinessDate): Promise<(TransferCandidate & { sealedAccount: string | null })[]> {
  const rows = await db
    .select({
      statementId: payStatements.id,
      number: payStatements.number,
      workerId: payStatements.workerId,
      ...workerNameColumns,
      month: payStatements.month,
      scheduledOn: payStatements.scheduledOn,
      legalDueOn: payStatements.legalDueOn,
      paymentYen: payStatements.paymentYen,
      sealedAccount: workerProfiles.bankAccountEncrypted,
    })
    .from(payStatements)
    .innerJoin(users, eq(users.id, payStatements.workerId))
    .leftJoin(workerProfiles, eq(workerProfiles.userId, payStatements.workerId))
    .where(
      and(
        eq(payStatements.status, 'closed'),
        transferOn ? lte(payStatements.scheduledOn, transferOn) : undefined,
        notExists(db.select().from(transferBatchStatements).where(and(eq(transferBatchStatements.statementId, payStatements.id), eq(transferBatchStatements.batchCancelled, false)))),
      ),
    )
    .orderBy(asc(payStatements.scheduledOn), asc(payStatements.number));
  return rows.map(({ familyName, givenName, displayName, ...row }) => ({ ...row, workerName: workerNameOf({ familyName, givenName, displayName }) }));
}

/**
 * What a transfer on `transferOn` would pay: each waiting statement with the worker's account
 * opened and checked against the 全銀 rules, or the problem that keeps it out. Opening an account
 * is a view of it, so each is written to the audit log with `purpose`.
 */
export async function gatherTransfers(db: Db, encryptionKey: Buffer, actorId: string, transferOn: BusinessDate, purpose: 'check' | 'create'): Promise<GatheredTransfers> {
  const settings = await loadMoneySettings(db);
  const { transferRequesterCode: code, transferRequesterName: name, transferBankCode: bankCode, transferBranchCode: branchCode, transferAccountType: accountType, transferAccountNumber: accountNumber } = settings;
  const requester = code && name && bankCode && branchCode && accountType && accountNumber ? { code, name, bankCode, branchCode, accountType: accountType as ZenginAccountType, accountNumber } : null;

  const ready: GatheredTransfers['ready'] = [];
  const problems: TransferProblem[] = [];
  const opened = new Set<string>();
  for (const { sealedAccount, ...candidate } of await listTransferCandidates(db, transferOn)) {
    if (!sealedAccount) {
      problems.push({ ...candidate, problem: 'noAccount' });
      continue;
    }
    const account = unseal<BankAccount>(encryptionKey, sealedAccount);
    if (!opened.has(candidate.workerId)) {
      opened.add(candidate.workerId);
      await recordAudit(db, { actorId, action: `transfer.account.${purpose}`, subjectUserId: candidate.workerId, detail: { transferOn } });
    }
    const transfer: ZenginTransfer = {
      bankCode: account.bankCode,
      branchCode: account.branchCode,
      accountType: zenginAccountType[account.type],
      accountNumber: account.number,
      recipientName: account.holderKana,
      amountYen: candidate.paymentYen,
      customerCode: candidate.number,
    };
    const [first] = findTransferProblems(transfer);
    if (!first) ready.push({ ...candidate, transfer });
    else {
      const problem = first.field === 'recipientName' ? 'holderName' : first.field === 'amountYen' ? 'amount' : 'account';
      problems.push({ ...candidate, problem, kind: first.kind, ...(first.refused ? { refused: first.refused } : {}) });
    }
  }
  return { ready, problems, requester };
}
