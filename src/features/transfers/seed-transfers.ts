import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { users } from '../../auth/schema';
import { seal } from '../../crypto/sealed-box';
import type { Db } from '../../db/client';
import { loadMoneySettings } from '../money-settings/load-money-settings';
import { moneySettings } from '../money-settings/schema';
import type { BankAccount } from '../workers/normalize-bank-account';
import { workerProfiles } from '../workers/schema';

// Made-up accounts at real banks and branches near Tateshina (長野県信組 立科, 八十二長野 望月).
const demoAccounts: Record<string, BankAccount> = {
  worker: { bankCode: '2390', branchCode: '062', type: 'ordinary', number: '0123456', holderKana: 'ﾒｶﾞﾐ ﾕﾐ' },
  leader: { bankCode: '0143', branchCode: '354', type: 'ordinary', number: '0765432', holderKana: 'ｼﾗｶﾊﾞ ｹﾝｲﾁ' },
};

/**
 * The operator's 全銀 transfer account (a made-up 委託者コード and account at 長野県信用組合 立科支店)
 * where nobody has set one, and bank accounts for the demo worker and leader, so last month's
 * closed statements can go straight into a transfer file. Accounts are sealed with the key the
 * app will open them with; without a key (tests that seed), the workers get none.
 */
export async function seedDemoTransfers(db: Db, encryptionKey?: Buffer): Promise<void> {
  await loadMoneySettings(db);
  await db
    .update(moneySettings)
    .set({
      transferRequesterCode: '1234500001',
      transferRequesterName: 'ｼﾔ)ﾀﾃｼﾅﾁﾖｳｼﾝｺｳｺｳｼﾔ',
      transferBankCode: '2390',
      transferBranchCode: '062',
      transferAccountType: '1',
      transferAccountNumber: '1234567',
    })
    .where(and(eq(moneySettings.id, 1), isNull(moneySettings.transferRequesterCode)));
  if (!encryptionKey) return;
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, Object.keys(demoAccounts)));
  for (const person of people) {
    await db
      .update(workerProfiles)
      .set({ bankAccountEncrypted: seal(encryptionKey, demoAccounts[person.loginId]), updatedAt: sql`now()` })
      .where(and(eq(workerProfiles.userId, person.id), isNull(workerProfiles.bankAccountEncrypted)));
  }
}
