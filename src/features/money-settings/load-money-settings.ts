import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { operators } from '../centre/schema';
import { moneySettings } from './schema';

export type MoneySettings = typeof moneySettings.$inferSelect & {
  /** The operator as issuer of invoices and payer of workers. */
  issuerName: string;
  issuerRegistrationNumber: string | null;
};

/**
 * The operator's money settings: the stored row, or the defaults while nobody has saved any,
 * with the issuer's name and registration number from the operator.
 */
export async function loadMoneySettings(db: Db): Promise<MoneySettings> {
  const [stored] = await db.select().from(moneySettings).where(eq(moneySettings.id, 1));
  const [operator] = await db.select().from(operators).limit(1);
  const settings = stored ?? (await db.insert(moneySettings).values({ id: 1 }).onConflictDoNothing().returning())[0] ?? (await db.select().from(moneySettings))[0]!;
  return { ...settings, issuerName: operator?.name ?? '', issuerRegistrationNumber: operator?.invoiceRegistrationNumber ?? null };
}
