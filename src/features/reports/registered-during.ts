import { sql, type SQL } from 'drizzle-orm';

/**
 * Workers registered (trainee, active or paused) at some moment of [start, end): registered when it
 * began, or moved into a registered status during it. The ids as a subquery.
 */
export function registeredDuring(start: Date, end: Date): SQL {
  return sql`(
    select user_id from (
      select distinct on (user_id) user_id, to_status from worker_status_changes
      where changed_at < ${start} order by user_id, changed_at desc, id
    ) before_start where to_status <> 'retired'
    union
    select user_id from worker_status_changes where changed_at >= ${start} and changed_at < ${end} and to_status <> 'retired'
  )`;
}

/** Workers registered at a moment — their latest status before it is not retired — as rows (user_id, status). */
export function registeredAtMoment(moment: Date): SQL {
  return sql`(
    select user_id, to_status::text as status from (
      select distinct on (user_id) user_id, to_status from worker_status_changes
      where changed_at < ${moment} order by user_id, changed_at desc, id
    ) latest where to_status <> 'retired'
  )`;
}

/** Moves into a registered status from none or from retired in [start, end), as rows (user_id, changed_at). */
export function joinedDuring(start: Date, end: Date): SQL {
  return sql`(select user_id, changed_at from worker_status_changes where changed_at >= ${start} and changed_at < ${end}
    and to_status <> 'retired' and (from_status is null or from_status = 'retired'))`;
}

/** Moves to retired from a registered status in [start, end), as rows (user_id, changed_at). */
export function leftDuring(start: Date, end: Date): SQL {
  return sql`(select user_id, changed_at from worker_status_changes where changed_at >= ${start} and changed_at < ${end}
    and to_status = 'retired' and from_status is not null and from_status <> 'retired')`;
}
