import { eq, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { BusinessDate } from '../availability/calendar';
import type { WorkPackage } from './lock-package';
import { tasks } from './schema';

export type TaskSpec = {
  units: number;
  estimateMinutes: number;
  /** Defaults: "〈package title〉 〈position〉", and the package's pay rate and deadline. */
  title?: string;
  payRateYen?: number | null;
  deadline?: BusinessDate | null;
  dependsOnTaskId?: string | null;
};

/**
 * Adds tasks after the package's existing ones (positions continue), each with the package's pay
 * kind, rate, deadline and skills unless the spec says otherwise. Call it inside the transaction
 * that locked the package (`lockPackage`).
 */
export async function addPackageTasks(tx: Db, workPackage: WorkPackage, specs: TaskSpec[]): Promise<number> {
  const [last] = await tx.select({ position: max(tasks.position) }).from(tasks).where(eq(tasks.packageId, workPackage.id));
  const first = (last?.position ?? 0) + 1;
  const rows = specs.map((spec, index) => ({
    packageId: workPackage.id,
    orderId: workPackage.orderId,
    position: first + index,
    title: spec.title ?? `${workPackage.title} ${first + index}`,
    units: spec.units,
    estimateMinutes: spec.estimateMinutes,
    payKind: workPackage.payKind,
    payRateYen: spec.payRateYen ?? workPackage.payRateYen,
    deadline: spec.deadline ?? workPackage.deadline,
    requiredSkills: workPackage.requiredSkills,
    dependsOnTaskId: spec.dependsOnTaskId ?? null,
  }));
  // Several statements keep each within the driver's limit on parameters.
  for (let start = 0; start < rows.length; start += 500) await tx.insert(tasks).values(rows.slice(start, start + 500));
  return rows.length;
}
