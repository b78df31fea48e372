import { and, asc, eq, isNull } from 'drizzle-orm';
import { hashPassword } from '../../auth/password';
import { users } from '../../auth/schema';
import { createSession } from '../../auth/session';
import { recordAttempt, secondsToWait } from '../../auth/throttle';
import type { Db } from '../../db/client';
import { sites } from '../centre/schema';
import { feePlans, type FeePlanKind } from '../centre-fees/schema';
import { guestProfiles } from './schema';
import type { RegistrationInput } from './validation';

export type RegisterGuestResult =
  | { ok: true; userId: string; sessionToken: string }
  | { ok: false; reason: 'loginIdTaken' }
  | { ok: false; reason: 'throttled'; waitSeconds: number };

// As for /apply: five registrations in a row from one address are free (a family, or the
// centre's own computer), then each waits, from 30 s doubling.
const perAddress = (address: string) => [{ key: `guest-register:${address}`, freeFailures: 4 }];

/** The plan a new guest starts on: the first site's free plan for residents, its hourly drop-in plan for others. */
async function defaultFeePlan(db: Db, resident: boolean): Promise<string | null> {
  const [site] = await db.select({ id: sites.id }).from(sites).orderBy(asc(sites.name)).limit(1);
  if (!site) return null;
  const kind: FeePlanKind = resident ? 'free' : 'hourly';
  const [plan] = await db
    .select({ id: feePlans.id })
    .from(feePlans)
    .where(and(eq(feePlans.siteId, site.id), eq(feePlans.kind, kind), isNull(feePlans.retiredAt)))
    .orderBy(asc(feePlans.sortOrder))
    .limit(1);
  return plan?.id ?? null;
}

/**
 * Registers a guest: a `guest` account with the password they chose and their profile, on the
 * default fee plan, and a session so they are signed in at once. The unique login ID decides
 * between two people choosing the same one. Until staff record an identity check at reception,
 * the guest can book but not check in by QR code.
 */
export async function registerGuest(db: Db, input: RegistrationInput, address: string, now = new Date()): Promise<RegisterGuestResult> {
  const waitSeconds = await secondsToWait(db, perAddress(address), now);
  if (waitSeconds > 0) return { ok: false, reason: 'throttled', waitSeconds };
  await recordAttempt(db, perAddress(address), now);
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ loginId: input.loginId, displayName: input.displayName, email: input.email || null, role: 'guest', passwordHash, passwordChangedAt: now, createdAt: now })
      .onConflictDoNothing({ target: users.loginId })
      .returning({ id: users.id });
    if (!user) return { ok: false, reason: 'loginIdTaken' } as const;
    const resident = input.resident === 'yes';
    await tx.insert(guestProfiles).values({
      userId: user.id,
      nameKana: input.nameKana,
      phone: input.phone,
      address: input.address,
      isResident: resident,
      purpose: input.purpose,
      stayFrom: input.purpose === 'workation' ? input.stayFrom : null,
      stayTo: input.purpose === 'workation' ? input.stayTo : null,
      organisation: input.organisation,
      feePlanId: await defaultFeePlan(tx as unknown as Db, resident),
      registeredAt: now,
    });
    const sessionToken = await createSession(tx as unknown as Db, user.id, now);
    return { ok: true, userId: user.id, sessionToken } as const;
  });
}
