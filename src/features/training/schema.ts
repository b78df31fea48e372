import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import { isSkillCode } from '../workers/schema';

/** Where a course stands on the path to paid work: IT basics, practical training, then on-the-job training. */
export const courseStages = ['basics', 'practical', 'ojt'] as const;
export type CourseStage = (typeof courseStages)[number];
export const courseStageEnum = pgEnum('course_stage', courseStages);

/** A course (研修) with its stage and level (1 first steps … 3 advanced); retired courses stay for history. */
export const courses = pgTable(
  'courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    stage: courseStageEnum('stage').notNull(),
    level: integer('level').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (table) => [
    check('courses_title_check', sql`length(trim(${table.title})) between 1 and 200`),
    check('courses_level_check', sql`${table.level} between 1 and 3`),
  ],
);

/** A course one must have completed before enrolling in another. */
export const coursePrerequisites = pgTable(
  'course_prerequisites',
  {
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    requiresCourseId: uuid('requires_course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'restrict' }),
  },
  (table) => [primaryKey({ columns: [table.courseId, table.requiresCourseId] }), check('course_prerequisites_self_check', sql`${table.courseId} <> ${table.requiresCourseId}`)],
);

/** One meeting of a course: when, where (a place, an online link, or both) and how many can take part. */
export const courseSessions = pgTable(
  'course_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    capacity: integer('capacity').notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** When the people seated were reminded (a day before); once. */
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('course_sessions_course_idx').on(table.courseId, table.startsAt),
    check('course_sessions_time_check', sql`${table.startsAt} < ${table.endsAt}`),
    check('course_sessions_where_check', sql`${table.place} is not null or ${table.onlineUrl} is not null`),
    check('course_sessions_capacity_check', sql`${table.capacity} between 1 and 1000`),
  ],
);

/** `enrolled` holds a seat; `waitlisted` waits in the order asked (createdAt) for one to free up; `cancelled` is kept for history. */
export const sessionEnrolmentStatuses = ['enrolled', 'waitlisted', 'cancelled'] as const;
export type SessionEnrolmentStatus = (typeof sessionEnrolmentStatuses)[number];
export const sessionEnrolmentStatusEnum = pgEnum('session_enrolment_status', sessionEnrolmentStatuses);

export const attendanceMarks = ['present', 'absent'] as const;
export type AttendanceMark = (typeof attendanceMarks)[number];
export const attendanceMarkEnum = pgEnum('attendance_mark', attendanceMarks);

/**
 * A person's place in a session. Seats are counted under a lock on the session row, so the last
 * seat goes to one person and the next ones wait; one live enrolment per person and session (a
 * partial unique index). Staff mark attendance after the session.
 */
export const sessionEnrolments = pgTable(
  'session_enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => courseSessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: sessionEnrolmentStatusEnum('status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When a waiting person was given a seat. */
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    attendance: attendanceMarkEnum('attendance'),
    attendanceMarkedBy: uuid('attendance_marked_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    uniqueIndex('session_enrolments_live_idx')
      .on(table.sessionId, table.userId)
      .where(sql`${table.status} <> 'cancelled'`),
    index('session_enrolments_user_idx').on(table.userId),
    check('session_enrolments_cancel_check', sql`(${table.status}::text = 'cancelled') = (${table.cancelledAt} is not null)`),
    check('session_enrolments_attendance_check', sql`${table.attendance} is null or ${table.status}::text = 'enrolled'`),
  ],
);

/** A course completed by a person, recorded by staff (or by passing its assessment); once per person and course. */
export const courseCompletions = pgTable(
  'course_completions',
  {
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'restrict' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
  },
  (table) => [primaryKey({ columns: [table.courseId, table.userId] }), index('course_completions_user_idx').on(table.userId)],
);

export const materialKinds = ['link', 'file'] as const;
export type MaterialKind = (typeof materialKinds)[number];
export const materialKindEnum = pgEnum('material_kind', materialKinds);

/**
 * A course's material: a link, or an uploaded file whose bytes live in the data folder
 * (`uploads/<id>`, as other uploads). Visible to staff and to people enrolled in the course.
 */
export const courseMaterials = pgTable(
  'course_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: materialKindEnum('kind').notNull(),
    url: text('url'),
    originalName: text('original_name'),
    contentType: text('content_type'),
    sizeBytes: integer('size_bytes'),
    sha256: text('sha256'),
    sortOrder: integer('sort_order').notNull().default(0),
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('course_materials_course_idx').on(table.courseId, table.sortOrder),
    check('course_materials_title_check', sql`length(trim(${table.title})) between 1 and 200`),
    check(
      'course_materials_kind_check',
      sql`(${table.kind}::text = 'link') = (${table.url} is not null) and (${table.kind}::text = 'file') = (${table.originalName} is not null and ${table.contentType} is not null and ${table.sizeBytes} is not null and ${table.sha256} is not null)`,
    ),
    check('course_materials_size_check', sql`${table.sizeBytes} is null or ${table.sizeBytes} between 0 and 20971520`),
  ],
);

/** How an assessment is taken: a quiz answered on screen and scored at once, or a practical task that staff score. */
export const assessmentKinds = ['quiz', 'practical'] as const;
export type AssessmentKind = (typeof assessmentKinds)[number];
export const assessmentKindEnum = pgEnum('assessment_kind', assessmentKinds);

/**
 * A course's assessment (修了テスト): passing it (a score at or above `passPercent`) grants `skill` at
 * `level` (source `training`), which task eligibility counts. Retired assessments stay for history.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: assessmentKindEnum('kind').notNull(),
    skill: text('skill').notNull(),
    level: integer('level').notNull(),
    passPercent: integer('pass_percent').notNull().default(70),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (table) => [
    index('assessments_course_idx').on(table.courseId),
    check('assessments_title_check', sql`length(trim(${table.title})) between 1 and 200`),
    check('assessments_skill_check', isSkillCode(table.skill)),
    check('assessments_level_check', sql`${table.level} between 1 and 3`),
    check('assessments_pass_check', sql`${table.passPercent} between 1 and 100`),
  ],
);

/** A quiz question: a prompt and 2–6 choices, one of them right (`correctChoice`, counted from 0). */
export const assessmentQuestions = pgTable(
  'assessment_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    prompt: text('prompt').notNull(),
    choices: text('choices').array().notNull(),
    correctChoice: integer('correct_choice').notNull(),
  },
  (table) => [
    uniqueIndex('assessment_questions_position_idx').on(table.assessmentId, table.position),
    check('assessment_questions_prompt_check', sql`length(trim(${table.prompt})) between 1 and 1000`),
    check('assessment_questions_choices_check', sql`cardinality(${table.choices}) between 2 and 6`),
    check('assessment_questions_correct_check', sql`${table.correctChoice} >= 0 and ${table.correctChoice} < cardinality(${table.choices})`),
  ],
);

/**
 * One try at an assessment: the score, whether it passed (fixed when recorded), the answers of a
 * quiz, or who scored a practical one and their note.
 */
export const assessmentAttempts = pgTable(
  'assessment_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scorePercent: integer('score_percent').notNull(),
    passed: boolean('passed').notNull(),
    answers: integer('answers').array(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('assessment_attempts_user_idx').on(table.userId, table.takenAt),
    index('assessment_attempts_assessment_idx').on(table.assessmentId, table.userId),
    check('assessment_attempts_score_check', sql`${table.scorePercent} between 0 and 100`),
  ],
);
