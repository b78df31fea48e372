import { sql, type SQL } from 'drizzle-orm';

/**
 * The order's training rate (percent) when this worker is on its team in the trainee role (OJT),
 * else null — in a query where `orders` is the task's order. Hand-in fixes it on the submission;
 * before that, pages and notices show what the rate would be now.
 */
export function teamTrainingRate(workerId: string | SQL): SQL<number | null> {
  return sql<number | null>`(select orders.training_rate_percent from order_team_members ojt
    where ojt.order_id = orders.id and ojt.user_id = ${workerId} and ojt.role = 'trainee')`;
}
