import type { Db } from '../../db/client';
import { todayInJapan } from '../availability/calendar';
import { decideSubmission, type DecisionResult } from './decide-submission';

/**
 * 検収: accepts handed-in work. Today (in Japan) becomes its 検収日, from which the worker's pay
 * deadline counts, and the task is done.
 */
export function acceptSubmission(db: Db, reviewerId: string, submissionId: string, now = new Date()): Promise<DecisionResult> {
  const inspectedOn = todayInJapan(now);
  return decideSubmission(
    db,
    submissionId,
    { decision: 'accepted', reviewedBy: reviewerId, reviewedAt: now, inspectedOn },
    { status: 'accepted', acceptedOn: inspectedOn },
  );
}
