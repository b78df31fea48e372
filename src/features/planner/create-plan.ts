import type { Db } from '../../db/client';
import type { BusinessDate } from '../availability/calendar';
import { estimatedUnits } from './estimated-units';
import { gatherPlanInput } from './gather-plan-input';
import { planAssignments, planPackages, plans, planWorkers, type PlanSummary } from './schema';
import { solvePlanInWorker } from './solve-plan-in-worker';

/** Rows per insert: far below PostgreSQL's 65,535 parameters for the widest of these tables. */
const batchSize = 1000;

async function insertInBatches<Row>(rows: Row[], insert: (batch: Row[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) await insert(rows.slice(start, start + batchSize));
}

/**
 * Plans `days` days from `from`: gathers the input from the database, solves it in a worker
 * thread, and keeps the result with its explanations as a draft (nothing is offered yet).
 * Returns the new plan's id.
 */
export async function createPlan(db: Db, directorId: string, horizon: { from: BusinessDate; days: number }, now = new Date()): Promise<string> {
  const gathered = await gatherPlanInput(db, horizon);
  const { input, dates, workers, packages } = gathered;
  const { result, explanation } = await solvePlanInWorker(input);

  const summary: PlanSummary = {
    demandMinutes: input.packages.reduce((sum, pkg) => sum + pkg.minutes, 0),
    plannedMinutes: result.packages.reduce((sum, pkg) => sum + pkg.planned, 0),
    fixedMinutes: result.assignments.reduce((sum, assignment) => sum + (assignment.fixed ? assignment.minutes : 0), 0),
    unmetMinutes: result.packages.reduce((sum, pkg) => sum + pkg.unmet, 0),
    offeredMinutes: explanation.workers.reduce((sum, worker) => sum + worker.offeredMinutes, 0),
    workers: workers.length,
    packages: packages.length,
  };

  return db.transaction(async (tx) => {
    const [plan] = await tx
      .insert(plans)
      .values({ createdBy: directorId, createdAt: now, firstDay: horizon.from, days: horizon.days, objective: Math.round(result.objective), summary })
      .returning({ id: plans.id });
    const planId = plan!.id;
    await insertInBatches(
      explanation.workers.map((worker, w) => ({
        planId,
        workerId: workers[w]!.id,
        targetMinutes: Math.round(worker.targetMinutes),
        offeredMinutes: worker.offeredMinutes,
        plannedMinutes: worker.plannedMinutes,
        newcomer: input.workers[w]!.newcomer,
        shortfall: worker.shortfall,
      })),
      (batch) => tx.insert(planWorkers).values(batch),
    );
    await insertInBatches(
      explanation.packages.map((pkg, p) => ({
        planId,
        packageId: packages[p]!.id,
        demandMinutes: input.packages[p]!.minutes,
        plannedMinutes: pkg.plannedMinutes,
        unmetMinutes: pkg.unmetMinutes,
        minutesPerUnit: packages[p]!.minutesPerUnit,
        unmetReason: pkg.reason,
      })),
      (batch) => tx.insert(planPackages).values(batch),
    );
    await insertInBatches(
      result.assignments.map((assignment) => ({
        planId,
        workerId: workers[assignment.worker]!.id,
        packageId: packages[assignment.package]!.id,
        workDate: dates[assignment.day]!,
        location: assignment.location,
        minutes: assignment.minutes,
        estimatedUnits: estimatedUnits(assignment.minutes, packages[assignment.package]!.minutesPerUnit),
        fixed: assignment.fixed,
        reasons: explanation.workers[assignment.worker]!.packages.find((entry) => entry.package === assignment.package)?.reasons ?? [],
      })),
      (batch) => tx.insert(planAssignments).values(batch),
    );
    return planId;
  });
}
