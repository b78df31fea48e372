import { sql } from 'drizzle-orm';
import { boolean, check, date, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { feePlans } from '../centre-fees/schema';

/** Why a guest comes: to drop in for some hours or days, or for a workation stay. */
export const guestPurposes = ['drop_in', 'workation'] as const;
export type GuestPurpose = (typeof guestPurposes)[number];
export const guestPurposeEnum = pgEnum('guest_purpose', guestPurposes);

/**
 * Documents staff may see to check who a guest is. Only the kind is recorded, never its number
 * (a マイナンバー may not be copied for this).
 */
export const identityDocuments = ['driver_licence', 'my_number_card', 'passport', 'residence_card', 'health_insurance', 'other'] as const;
export type IdentityDocument = (typeof identityDocuments)[number];
export const identityDocumentEnum = pgEnum('identity_document', identityDocuments);

/**
 * A drop-in or workation guest (a `guest`-role account) as they registered, the fee plan staff
 * set for them, and the identity check staff recorded at reception. Until the check is recorded
 * the guest may book but not check in.
 */
export const guestProfiles = pgTable(
  'guest_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    nameKana: text('name_kana').notNull(),
    phone: text('phone').notNull(),
    address: text('address').notNull(),
    /** Lives in the town: residents use the centre free. */
    isResident: boolean('is_resident').notNull(),
    purpose: guestPurposeEnum('purpose').notNull(),
    /** A workation's planned stay. */
    stayFrom: date('stay_from'),
    stayTo: date('stay_to'),
    organisation: text('organisation'),
    feePlanId: uuid('fee_plan_id').references(() => feePlans.id, { onDelete: 'set null' }),
    identityCheckedAt: timestamp('identity_checked_at', { withTimezone: true }),
    identityCheckedBy: uuid('identity_checked_by').references(() => users.id, { onDelete: 'set null' }),
    identityDocument: identityDocumentEnum('identity_document'),
    identityNote: text('identity_note'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('guest_profiles_stay_check', sql`${table.stayFrom} is null or ${table.stayTo} is null or ${table.stayFrom} <= ${table.stayTo}`),
    check(
      'guest_profiles_identity_check',
      sql`(${table.identityCheckedAt} is null) = (${table.identityDocument} is null)`,
    ),
  ],
);
