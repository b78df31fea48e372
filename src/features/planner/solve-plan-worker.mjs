// The worker thread that solves one plan (started by solve-plan-in-worker.ts). Plain JavaScript,
// so it starts the same way under tsx (the app) and under vitest (the tests); it loads the
// TypeScript solver through tsx's scoped import, which leaves the process's own loaders alone.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { solvePlan } = await tsImport('./solve-plan.ts', import.meta.url);
const { explainPlan } = await tsImport('./explain-plan.ts', import.meta.url);

const result = solvePlan(workerData);
parentPort.postMessage({ result, explanation: explainPlan(workerData, result) });
