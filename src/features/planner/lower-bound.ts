/**
 * A proven lower bound on a network's min-cost circulation from any node potentials, by
 * Lagrangian relaxation of flow conservation: for every feasible flow x, Σ cost·x equals
 * Σ (cost − π(tail) + π(head))·x, since the potential terms cancel at every node, and each
 * term is at least capacity · min(0, reduced cost). At optimal potentials the bound is the
 * optimum (complementary slackness). Kept apart from the simplex code on purpose, so the
 * benchmark can state a bound that does not trust the solver.
 */
import type { FlowNetwork } from './min-cost-flow';

export function dualLowerBound(network: FlowNetwork, potential: ArrayLike<number>): number {
  let bound = 0;
  for (let a = 0; a < network.arcs; a++) {
    const reduced = network.cost[a]! - potential[network.tail[a]!]! + potential[network.head[a]!]!;
    if (reduced < 0) bound += network.capacity[a]! * reduced;
  }
  return bound;
}
