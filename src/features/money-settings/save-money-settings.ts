import { sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { operators } from '../centre/schema';
import { moneySettings } from './schema';
import type { MoneySettingsInput } from './validation';

/**
 * Saves the money settings in one transaction: the issuer's name and registration number on the
 * operator (one installation, one operator; made if missing), the rest on the settings row.
 */
export async function saveMoneySettings(db: Db, actorId: string, input: MoneySettingsInput): Promise<void> {
  const { issuerName, invoiceRegistrationNumber, ...settings } = input;
  await db.transaction(async (tx) => {
    const updated = await tx.update(operators).set({ name: issuerName, invoiceRegistrationNumber }).returning({ id: operators.id });
    if (updated.length === 0) await tx.insert(operators).values({ name: issuerName, invoiceRegistrationNumber });
    const row = { ...settings, updatedBy: actorId, updatedAt: sql`now()` };
    await tx
      .insert(moneySettings)
      .values({ id: 1, ...row })
      .onConflictDoUpdate({ target: moneySettings.id, set: row });
    await recordAudit(tx as unknown as Db, { actorId, action: 'money.settings.update', detail: { fields: Object.keys(input) } });
  });
}
