import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { accommodationCodes, skillCodes, targetGroupCodes, workLocations } from './vocabulary';

export const workLocationEnum = pgEnum('work_location', workLocations);
export const applicationStatusEnum = pgEnum('application_status', ['new', 'interviewing', 'accepted', 'declined']);
export const workerStatuses = ['trainee', 'active', 'paused', 'retired'] as const;
export type WorkerStatus = (typeof workerStatuses)[number];
export const workerStatusEnum = pgEnum('worker_status', workerStatuses);
export const skillSourceEnum = pgEnum('skill_source', ['self', 'training', 'staff']);
export const teleworkTypeEnum = pgEnum('telework_type', ['A', 'B', 'C', 'D']);
export const consentPurposeEnum = pgEnum('consent_purpose', [
  'registration',
  'sensitive_data',
  'supporter_link',
  'supporter_pay',
  'supporter_sensitive',
  // Counting the worker in the town's reports by target group (子育て, 障がい, …).
  'statistics',
  // Letting one supporter see the worker's daily check-ins.
  'supporter_check_ins',
]);

// Arrays of codes are checked against the vocabulary in the database, not only in forms.
const codesWithin = (column: unknown, codes: readonly string[]) =>
  sql`${column} <@ array[${sql.raw(codes.map((code) => `'${code}'`).join(', '))}]::text[]`;

/**
 * Fields a person fills in about themselves, shared by an application and a worker profile.
 * Sensitive data (disability, health) is never here in plain text: it sits encrypted in
 * `sensitiveEncrypted` and only with its own consent.
 */
const personalColumns = () => ({
  familyName: text('family_name').notNull(),
  givenName: text('given_name').notNull(),
  familyNameKana: text('family_name_kana').notNull(),
  givenNameKana: text('given_name_kana').notNull(),
  phone: text('phone'),
  email: text('email'),
  postalAddress: text('postal_address'),
  preferredLocations: text('preferred_locations').array().notNull().default(sql`'{}'::text[]`),
  /** Hours per week hoped for; on a profile, the worker's target that fair planning aims at. */
  hoursPerWeek: integer('hours_per_week'),
  accommodations: text('accommodations').array().notNull().default(sql`'{}'::text[]`),
  accommodationNotes: text('accommodation_notes'),
  /** Non-sensitive self-identification (子育て, 介護, 高齢, ひきこもり, 移住); 障がい is sensitive and encrypted. */
  targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
  /** AES-256-GCM of a JSON object { disability, health, groups }; null when none given or consent withdrawn. */
  sensitiveEncrypted: text('sensitive_encrypted'),
  supporterName: text('supporter_name'),
  supporterContact: text('supporter_contact'),
});

export type PersonalFields = { [Key in keyof ReturnType<typeof personalColumns>]: unknown };
const personalFieldNames = Object.keys(personalColumns()) as (keyof PersonalFields)[];

/** The personal fields of an application, to copy onto the profile made from it. */
export function pickPersonalFields<Row extends PersonalFields>(row: Row): Pick<Row, keyof PersonalFields> {
  return Object.fromEntries(personalFieldNames.map((name) => [name, row[name]])) as Pick<Row, keyof PersonalFields>;
}

const personalChecks = (table: {
  phone: unknown;
  email: unknown;
  postalAddress: unknown;
  preferredLocations: unknown;
  accommodations: unknown;
  targetGroups: unknown;
  hoursPerWeek: unknown;
}, prefix: string) => [
  check(`${prefix}_contact_check`, sql`coalesce(${table.phone}, ${table.email}, ${table.postalAddress}) is not null`),
  check(`${prefix}_locations_check`, codesWithin(table.preferredLocations, workLocations)),
  check(`${prefix}_accommodations_check`, codesWithin(table.accommodations, accommodationCodes)),
  check(`${prefix}_target_groups_check`, codesWithin(table.targetGroups, targetGroupCodes)),
  check(`${prefix}_hours_check`, sql`${table.hoursPerWeek} is null or ${table.hoursPerWeek} between 0 and 60`),
];

/** 登録申込: filled in by a resident without an account, then handled by a coordinator. */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    status: applicationStatusEnum('status').notNull().default('new'),
    ...personalColumns(),
    /** Skills the applicant says they have (self-assessed); they become level-1 self-declared skills on acceptance. */
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    declineReason: text('decline_reason'),
    /** The account created on acceptance. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    ...personalChecks(table, 'applications'),
    check('applications_skills_check', codesWithin(table.skills, skillCodes)),
    check('applications_decision_check', sql`(${table.status} = 'declined') = (${table.declineReason} is not null)`),
    check('applications_accepted_check', sql`(${table.status} = 'accepted') = (${table.userId} is not null)`),
    index('applications_status_idx').on(table.status, table.submittedAt),
  ],
);

export const applicationNotes = pgTable('application_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  applicationId: uuid('application_id')
    .notNull()
    .references(() => applications.id, { onDelete: 'cascade' }),
  authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
  body: text('body').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A registered worker (or trainee): one row per account with the role worker, trainee or leader. */
export const workerProfiles = pgTable(
  'worker_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    status: workerStatusEnum('status').notNull(),
    ...personalColumns(),
    /** 適格請求書発行事業者 registration number, or null when the worker is not a registered issuer. */
    invoiceRegistrationNumber: text('invoice_registration_number'),
    /** AES-256-GCM of a JSON bank account { bankCode, branchCode, type, number, holderKana }. */
    bankAccountEncrypted: text('bank_account_encrypted'),
    teleworkType: teleworkTypeEnum('telework_type'),
    movedFrom: text('moved_from'),
    movedInOn: date('moved_in_on'),
    /** National holidays are days off unless the worker says they work on them. */
    worksOnHolidays: boolean('works_on_holidays').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    ...personalChecks(table, 'worker_profiles'),
    check('worker_profiles_invoice_number_check', sql`${table.invoiceRegistrationNumber} ~ '^T[0-9]{13}$'`),
    index('worker_profiles_status_idx').on(table.status),
  ],
);

/** Every status change, with date, reason and who: applicant → trainee → active → paused → retired. */
export const workerStatusChanges = pgTable(
  'worker_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Null for the first status, given on acceptance of the application. */
    fromStatus: workerStatusEnum('from_status'),
    toStatus: workerStatusEnum('to_status').notNull(),
    reason: text('reason').notNull(),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('worker_status_changes_user_idx').on(table.userId, table.changedAt)],
);

/** A check that a text column holds one of the skill codes. */
export const isSkillCode = (column: unknown) => sql`${column} = any(array[${sql.raw(skillCodes.map((code) => `'${code}'`).join(', '))}]::text[])`;

export const workerSkills = pgTable(
  'worker_skills',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    skill: text('skill').notNull(),
    /** 1 beginner, 2 can work alone, 3 can teach others. */
    level: integer('level').notNull(),
    source: skillSourceEnum('source').notNull(),
    verifiedBy: uuid('verified_by').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.skill] }),
    check('worker_skills_level_check', sql`${table.level} between 1 and 3`),
    check('worker_skills_skill_check', isSkillCode(table.skill)),
    check('worker_skills_verified_check', sql`(${table.source} = 'staff') = (${table.verifiedBy} is not null)`),
  ],
);

/**
 * Consents, each with the version of the text agreed to and when; withdrawing sets
 * `withdrawnAt` (the record stays). For an application before it has an account, `applicationId`.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'cascade' }),
    purpose: consentPurposeEnum('purpose').notNull(),
    /** For supporter consents: the supporter the worker agreed to. */
    supporterId: uuid('supporter_id').references(() => users.id, { onDelete: 'cascade' }),
    textVersion: text('text_version').notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (table) => [
    check('consents_subject_check', sql`${table.userId} is not null or ${table.applicationId} is not null`),
    check(
      'consents_supporter_check',
      // As text: a migration that adds an enum value cannot use it in the same transaction.
      sql`(${table.purpose}::text in ('supporter_link', 'supporter_pay', 'supporter_sensitive', 'supporter_check_ins')) = (${table.supporterId} is not null)`,
    ),
    index('consents_user_idx').on(table.userId, table.purpose),
  ],
);

/**
 * A supporter (welfare staff or family) linked to a worker. Only with the worker's consent
 * (a `supporter_link` consent); ends when revoked.
 */
export const supporterLinks = pgTable(
  'supporter_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    supporterId: uuid('supporter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    consentId: uuid('consent_id')
      .notNull()
      .references(() => consents.id),
    /** The worker also lets the supporter see their pay. */
    sharesPay: boolean('shares_pay').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('supporter_links_active_idx')
      .on(table.supporterId, table.workerId)
      .where(sql`${table.revokedAt} is null`),
    check('supporter_links_self_check', sql`${table.supporterId} <> ${table.workerId}`),
  ],
);
