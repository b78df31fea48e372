/**
 * The optimal plan: the model's network (model.ts) solved exactly by the network simplex.
 * Synchronous and pure; callers run it in a worker thread so a large plan never blocks requests.
 */
import { solveMinCostFlow } from './min-cost-flow';
import { buildPlanNetwork, resultFromFlow, type PlanInput, type PlanResult } from './model';

export function solvePlan(input: PlanInput): PlanResult {
  const network = buildPlanNetwork(input);
  return resultFromFlow(input, network, solveMinCostFlow(network).flow);
}
