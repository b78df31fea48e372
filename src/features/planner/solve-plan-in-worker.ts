import { Worker } from 'node:worker_threads';
import type { PlanExplanation } from './explain-plan';
import type { PlanInput, PlanResult } from './model';

export type SolvedPlan = { result: PlanResult; explanation: PlanExplanation };

const entry = new URL('./solve-plan-worker.mjs', import.meta.url);

/**
 * solvePlan and explainPlan in a worker thread of their own, so a large plan never holds up the
 * requests this process serves. One thread per solve, ended as soon as it answers or fails.
 */
export function solvePlanInWorker(input: PlanInput): Promise<SolvedPlan> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: input });
    let answered = false;
    worker.once('message', (solved: SolvedPlan) => {
      answered = true;
      resolve(solved);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      answered = true;
      reject(new Error(`The planner's worker thread failed: ${error.message}`, { cause: error }));
      void worker.terminate();
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The planner's worker thread stopped (exit code ${code}) before it answered.`));
    });
  });
}
