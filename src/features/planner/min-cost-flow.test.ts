import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveNetworkWithHighs } from './highs-reference';
import { dualLowerBound } from './lower-bound';
import { solveMinCostFlow, type FlowNetwork } from './min-cost-flow';

const network = (arcs: { tail: number; head: number; capacity: number; cost: number }[], nodes: number): FlowNetwork => ({
  nodes,
  arcs: arcs.length,
  tail: Int32Array.from(arcs, (a) => a.tail),
  head: Int32Array.from(arcs, (a) => a.head),
  capacity: Float64Array.from(arcs, (a) => a.capacity),
  cost: Float64Array.from(arcs, (a) => a.cost),
});

/** Random networks with cycles, loops, parallel arcs, zero capacities and costs of both signs. */
const randomNetwork = (values: { capacity: fc.Arbitrary<number>; cost: fc.Arbitrary<number>; maxArcs: number }) =>
  fc.integer({ min: 1, max: 8 }).chain((nodes) =>
    fc
      .array(fc.record({ tail: fc.nat(nodes - 1), head: fc.nat(nodes - 1), capacity: values.capacity, cost: values.cost }), { maxLength: values.maxArcs })
      .map((arcs) => network(arcs, nodes)),
  );

/** Feasible, optimal by complementary slackness, and basic: the arcs strictly inside their bounds form a forest. */
function expectOptimalBasicSolution(net: FlowNetwork, flow: Float64Array, potential: Float64Array) {
  const balance = new Float64Array(net.nodes);
  const root = Array.from({ length: net.nodes }, (_, v) => v);
  const find = (v: number): number => (root[v] === v ? v : (root[v] = find(root[v]!)));
  for (let a = 0; a < net.arcs; a++) {
    const f = flow[a]!;
    expect(Number.isInteger(f) && f >= 0 && f <= net.capacity[a]!).toBe(true);
    balance[net.tail[a]!]! += f;
    balance[net.head[a]!]! -= f;
    const reduced = net.cost[a]! - potential[net.tail[a]!]! + potential[net.head[a]!]!;
    if (reduced < 0) expect(f).toBe(net.capacity[a]);
    if (reduced > 0) expect(f).toBe(0);
    if (f > 0 && f < net.capacity[a]!) {
      const [u, v] = [find(net.tail[a]!), find(net.head[a]!)];
      expect(u).not.toBe(v);
      root[u] = v;
    }
  }
  expect([...balance].every((b) => b === 0)).toBe(true);
}

describe('solveMinCostFlow', () => {
  it('sends flow round a negative cycle up to its tightest arc', () => {
    // 0 → 1 → 2 → 0 costs −3 + 1 + 1 = −1 per unit and carries at most 4 (the arc 1 → 2); the
    // shortcut 0 → 2 → 0 costs +1 and stays empty.
    const net = network(
      [
        { tail: 0, head: 1, capacity: 9, cost: -3 },
        { tail: 1, head: 2, capacity: 4, cost: 1 },
        { tail: 2, head: 0, capacity: 9, cost: 1 },
        { tail: 0, head: 2, capacity: 9, cost: 1 },
      ],
      3,
    );
    const { flow, cost } = solveMinCostFlow(net);
    expect([...flow]).toEqual([4, 4, 4, 0]);
    expect(cost).toBe(-4);
  });

  it('answers a network without arcs, or without nodes, with nothing', () => {
    expect(solveMinCostFlow(network([], 3))).toEqual({ flow: new Float64Array(0), potential: new Float64Array(3), cost: 0 });
    expect(solveMinCostFlow(network([], 0)).cost).toBe(0);
  });

  it('reaches the optimum HiGHS proves, with a basic solution and optimal potentials', async () => {
    await fc.assert(
      fc.asyncProperty(randomNetwork({ capacity: fc.nat(12), cost: fc.integer({ min: -10, max: 10 }), maxArcs: 30 }), async (net) => {
        const { flow, potential, cost } = solveMinCostFlow(net);
        const reference = await solveNetworkWithHighs(net);
        expect(reference.status).toBe('optimal');
        expect(cost).toBe(Math.round(reference.objective));
        expectOptimalBasicSolution(net, flow, potential);
      }),
      { numRuns: 100 },
    );
  });

  it('ends on highly degenerate networks (unit capacities, costs −1, 0, 1), still optimal', async () => {
    await fc.assert(
      fc.asyncProperty(randomNetwork({ capacity: fc.nat(1), cost: fc.integer({ min: -1, max: 1 }), maxArcs: 60 }), async (net) => {
        const { flow, potential, cost } = solveMinCostFlow(net);
        expect(cost).toBe(Math.round((await solveNetworkWithHighs(net)).objective));
        expectOptimalBasicSolution(net, flow, potential);
      }),
      { numRuns: 100 },
    );
  });
});

describe('dualLowerBound', () => {
  // Two nodes: 0 → 1 at −5 (capacity 3) and back 1 → 0 at +2 (capacity 4). The optimum sends 3
  // round: 3 · (−5 + 2) = −9.
  const twoNodes = network(
    [
      { tail: 0, head: 1, capacity: 3, cost: -5 },
      { tail: 1, head: 0, capacity: 4, cost: 2 },
    ],
    2,
  );

  it('uses the reduced cost cost − π(tail) + π(head)', () => {
    // π = (0, 2) are the optimal duals: the back arc, strictly inside its bounds, has reduced
    // cost 2 − 2 + 0 = 0, the full arc −5 − 0 + 2 = −3, so the bound is 3 · (−3) = −9, the
    // optimum (the opposite sign would give 3 · (−7) = −21). π = (0, 5): 0 and −3, so 4 · (−3);
    // π = (0, 0): only the first arc is negative, 3 · (−5).
    expect(dualLowerBound(twoNodes, [0, 2])).toBe(-9);
    expect(dualLowerBound(twoNodes, [0, 5])).toBe(-12);
    expect(dualLowerBound(twoNodes, [0, 0])).toBe(-15);
  });

  it("equals the optimum at the solver's potentials", () => {
    const { cost, potential } = solveMinCostFlow(twoNodes);
    expect(cost).toBe(-9);
    expect(dualLowerBound(twoNodes, potential)).toBe(-9);
  });

  it('never exceeds the optimum, whatever the potentials, and meets it at the optimal ones', () => {
    const instance = randomNetwork({ capacity: fc.nat(12), cost: fc.integer({ min: -10, max: 10 }), maxArcs: 30 }).chain((net) =>
      fc.tuple(fc.constant(net), fc.array(fc.integer({ min: -30, max: 30 }), { minLength: net.nodes, maxLength: net.nodes })),
    );
    fc.assert(
      fc.property(instance, ([net, anyPotential]) => {
        const { cost, potential } = solveMinCostFlow(net);
        expect(dualLowerBound(net, anyPotential)).toBeLessThanOrEqual(cost);
        expect(dualLowerBound(net, potential)).toBe(cost);
      }),
      { numRuns: 200 },
    );
  });
});
