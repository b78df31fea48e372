import { and, asc, eq, gt, gte, isNull, lt, lte, notInArray, or } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { isExclusionViolation } from '../../db/unique-violation';
import { addDays } from '../availability/calendar';
import { instantAt } from '../bookings/booking-time';
import { bookings } from '../bookings/schema';
import type { UpcomingBooking } from '../centre/retire-space';
import { spaces } from '../centre/schema';
import { tenantCompanies, tenantContracts, tenantStaff } from './schema';
import type { ContractInput } from './validation';

export type AddContractResult =
  | { ok: true; contractId: string }
  | { ok: false; reason: 'booth' }
  /** Another contract lets the booth on some of these days. */
  | { ok: false; reason: 'overlap'; holder: { companyName: string; startsOn: string; endsOn: string | null } }
  /** People outside the company have live bookings of the booth in the period. */
  | { ok: false; reason: 'bookings'; bookings: UpcomingBooking[] };

/**
 * Lets a booth to a company from a first day to an optional last day. Refused when the booth is
 * not a booth in use, when another contract holds it on any of those days (the EXCLUDE constraint
 * decides, so two contracts saved at once cannot both win), or when anyone outside the company
 * has a live booking of it in the period: staff move those first, so that nobody's booking
 * silently becomes one the rules refuse.
 */
export async function addContract(db: Db, companyId: string, createdBy: string, input: ContractInput, now = new Date()): Promise<AddContractResult> {
  return db.transaction(async (tx) => {
    const [space] = await tx
      .select({ id: spaces.id })
      .from(spaces)
      .where(and(eq(spaces.id, input.spaceId), eq(spaces.kind, 'booth'), isNull(spaces.retiredAt)))
      .for('update');
    if (!space) return { ok: false, reason: 'booth' } as const;
    const holder = await findHolder(tx, space.id, input);
    if (holder) return { ok: false, reason: 'overlap', holder } as const;
    const staff = tx.select({ userId: tenantStaff.userId }).from(tenantStaff).where(eq(tenantStaff.companyId, companyId));
    const others = await tx
      .select({ id: bookings.id, startsAt: bookings.startsAt, endsAt: bookings.endsAt, userName: users.displayName })
      .from(bookings)
      .innerJoin(users, eq(users.id, bookings.userId))
      .where(
        and(
          eq(bookings.spaceId, space.id),
          eq(bookings.status, 'booked'),
          gt(bookings.endsAt, now),
          gt(bookings.endsAt, instantAt(input.startsOn, 0)),
          input.endsOn ? lt(bookings.startsAt, instantAt(addDays(input.endsOn, 1), 0)) : undefined,
          notInArray(bookings.userId, staff),
        ),
      )
      .orderBy(asc(bookings.startsAt));
    if (others.length > 0) return { ok: false, reason: 'bookings', bookings: others } as const;
    try {
      const contractId = await tx.transaction(async (savepoint) => {
        const [contract] = await savepoint
          .insert(tenantContracts)
          .values({ ...input, companyId, createdBy })
          .returning({ id: tenantContracts.id });
        return contract!.id;
      });
      return { ok: true, contractId } as const;
    } catch (error) {
      if (!isExclusionViolation(error)) throw error;
      // The constraint has the last word (a last day moved later takes no lock on the booth).
      return { ok: false, reason: 'overlap', holder: (await findHolder(tx, space.id, input))! } as const;
    }
  });
}

/** The contract for the booth whose days overlap the new one's, if any, with its company's name. */
async function findHolder(db: Db, spaceId: string, input: ContractInput) {
  const [holder] = await db
    .select({ companyName: tenantCompanies.name, startsOn: tenantContracts.startsOn, endsOn: tenantContracts.endsOn })
    .from(tenantContracts)
    .innerJoin(tenantCompanies, eq(tenantCompanies.id, tenantContracts.companyId))
    .where(
      and(
        eq(tenantContracts.spaceId, spaceId),
        input.endsOn ? lte(tenantContracts.startsOn, input.endsOn) : undefined,
        or(isNull(tenantContracts.endsOn), gte(tenantContracts.endsOn, input.startsOn)),
      ),
    )
    .orderBy(asc(tenantContracts.startsOn));
  return holder;
}
