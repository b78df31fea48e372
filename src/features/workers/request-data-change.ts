import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';

/**
 * A worker asks for their data to be corrected or deleted. The request is an audit entry
 * ('worker.request.correction' / 'worker.request.deletion') that staff see until resolved.
 */
export async function requestDataChange(db: Db, request: { workerId: string; kind: 'correction' | 'deletion'; body: string }) {
  await recordAudit(db, {
    actorId: request.workerId,
    action: `worker.request.${request.kind}`,
    subjectUserId: request.workerId,
    detail: { body: request.body },
  });
}
