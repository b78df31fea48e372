import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { listOpenRequests } from './list-open-requests';

/** Staff mark a worker's open correction or deletion request as handled. */
export async function resolveDataRequest(db: Db, change: { actorId: string; workerId: string; requestId: number }): Promise<boolean> {
  const open = await listOpenRequests(db, change.workerId);
  if (!open.some((request) => request.id === change.requestId)) return false;
  await recordAudit(db, { actorId: change.actorId, action: 'worker.request.resolved', subjectUserId: change.workerId, detail: { requestId: change.requestId } });
  return true;
}
