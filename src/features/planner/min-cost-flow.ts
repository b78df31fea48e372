/**
 * An exact min-cost circulation by the primal network simplex method, after the structure of
 * LEMON's NetworkSimplex (Kovács, "Minimum-cost flow algorithms: an experimental evaluation",
 * 2015): a spanning tree kept in parent / pred / thread / rev_thread / succ_num / last_succ /
 * pred_dir arrays, an artificial root, and the block search pivot rule. Everything lives in typed
 * arrays indexed by node or arc, so a network of millions of arcs costs no objects per arc.
 *
 * The answer is a basic solution: the arcs strictly between their bounds all lie in one spanning
 * tree, so there are at most nodes − 1 of them and they form no cycle. In the plan network that is
 * what keeps the packages of one worker's day few (docs/planner.md); an interior-point answer, or
 * any other optimum, need not.
 */

/** A network with no supplies: what flows out of each node flows back in. Lower bounds are 0. */
export type FlowNetwork = {
  nodes: number;
  arcs: number;
  tail: Int32Array;
  head: Int32Array;
  /** Whole numbers, finite. */
  capacity: Float64Array;
  /** Whole numbers, any sign. */
  cost: Float64Array;
};

export type FlowSolution = {
  /** Per arc, whole numbers. */
  flow: Float64Array;
  /**
   * Per node, optimal duals: the reduced cost cost − potential[tail] + potential[head] is ≥ 0 on
   * arcs at 0, ≤ 0 on arcs at capacity and 0 on arcs in between.
   */
  potential: Float64Array;
  cost: number;
};

// Arc states, as in LEMON: the sign turns a reduced cost into "how much this arc would gain".
const stateUpper = -1;
const stateTree = 0;
const stateLower = 1;
const dirUp = 1;
const dirDown = -1;

/**
 * Solves min Σ cost·flow subject to flow conservation at every node and 0 ≤ flow ≤ capacity.
 * Integral data give an integral answer, exactly, while |cost| × capacity sums stay below 2^53
 * (10,000 workers × 14 days of plan come to about 2^46).
 */
export function solveMinCostFlow(network: FlowNetwork): FlowSolution {
  const n = network.nodes;
  const m = network.arcs;
  const root = n;
  const allArcs = m + n;

  const source = new Int32Array(allArcs);
  const target = new Int32Array(allArcs);
  const cost = new Float64Array(allArcs);
  const cap = new Float64Array(allArcs);
  const flow = new Float64Array(allArcs);
  const state = new Int8Array(allArcs);
  // Arcs are stored mixed (LEMON's arc mixing): consecutive arcs of the input tend to share a
  // node, and spreading them lets each search block see many parts of the network.
  const original = new Int32Array(m);
  {
    const skip = Math.max(Math.floor(m / Math.max(n, 1)), 3);
    let i = 0;
    let j = 0;
    for (let a = 0; a < m; a++) {
      original[i] = a;
      source[i] = network.tail[a]!;
      target[i] = network.head[a]!;
      cost[i] = network.cost[a]!;
      cap[i] = network.capacity[a]!;
      state[i] = stateLower;
      if ((i += skip) >= m) i = ++j;
    }
  }

  const parent = new Int32Array(n + 1);
  const pred = new Int32Array(n + 1);
  const thread = new Int32Array(n + 1);
  const revThread = new Int32Array(n + 1);
  const succNum = new Int32Array(n + 1);
  const lastSucc = new Int32Array(n + 1);
  const predDir = new Int8Array(n + 1);
  const pi = new Float64Array(n + 1);
  const dirtyRevs = new Int32Array(n + 1);

  // The starting tree: every node hangs from the root by an artificial arc node → root. With
  // no supplies these arcs start (and, since nothing enters the root, stay) at zero flow, so
  // LEMON's big-M cost is not needed: they cost 0. Each zero-flow tree arc points towards the
  // root, which makes the tree strongly feasible; the leaving-arc rule below keeps it so.
  parent[root] = -1;
  pred[root] = -1;
  thread[root] = 0;
  revThread[0] = root;
  succNum[root] = n + 1;
  lastSucc[root] = root - 1;
  for (let u = 0, e = m; u < n; u++, e++) {
    parent[u] = root;
    pred[u] = e;
    thread[u] = u + 1;
    revThread[u + 1] = u;
    succNum[u] = 1;
    lastSucc[u] = u;
    predDir[u] = dirUp;
    source[e] = u;
    target[e] = root;
    cap[e] = Infinity;
    state[e] = stateTree;
  }

  // LEMON's block is √arcs; on plan networks of 0.1–3 million arcs a quarter of that prices
  // a third as many arcs for a few more pivots, which measured fastest overall.
  const blockSize = Math.max(Math.floor(Math.sqrt(m) / 4), 10);
  let nextArc = 0;

  for (;;) {
    // Block search: scan blocks of arcs from where the last search stopped and take the most
    // violating arc of the first block that has one; none in a full round means optimal.
    let inArc = -1;
    {
      let min = 0;
      let count = blockSize;
      let e = nextArc;
      let scanned = 0;
      for (; scanned < m; scanned++) {
        const c = state[e]! * (cost[e]! + pi[source[e]!]! - pi[target[e]!]!);
        if (c < min) {
          min = c;
          inArc = e;
        }
        if (++e === m) e = 0;
        if (--count === 0) {
          if (min < 0) break;
          count = blockSize;
        }
      }
      if (inArc < 0) break;
      nextArc = e;
    }

    // The join node: where the tree paths from the entering arc's ends meet.
    let join;
    {
      let u = source[inArc]!;
      let v = target[inArc]!;
      while (u !== v) {
        if (succNum[u]! < succNum[v]!) u = parent[u]!;
        else v = parent[v]!;
      }
      join = u;
    }

    // The leaving arc: the first blocking arc in the cycle's direction, walking from `first`
    // up to the join and then from `second` (ties go to the later one on that side). This
    // choice keeps the tree strongly feasible, so degenerate pivots cannot cycle.
    const first = state[inArc] === stateLower ? source[inArc]! : target[inArc]!;
    const second = state[inArc] === stateLower ? target[inArc]! : source[inArc]!;
    let delta = cap[inArc]!;
    let side = 0;
    let uOut = -1;
    for (let u = first; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      const d = predDir[u] === dirDown ? cap[e]! - flow[e]! : flow[e]!;
      if (d < delta) {
        delta = d;
        uOut = u;
        side = 1;
      }
    }
    for (let u = second; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      const d = predDir[u] === dirUp ? cap[e]! - flow[e]! : flow[e]!;
      if (d <= delta) {
        delta = d;
        uOut = u;
        side = 2;
      }
    }
    if (delta === Infinity) throw new Error('solveMinCostFlow: a negative cycle of unbounded capacity');
    const uIn = side === 1 ? first : second;
    const vIn = side === 1 ? second : first;

    // Push delta round the cycle.
    if (delta > 0) {
      const val = state[inArc]! * delta;
      flow[inArc]! += val;
      for (let u = source[inArc]!; u !== join; u = parent[u]!) flow[pred[u]!]! -= predDir[u]! * val;
      for (let u = target[inArc]!; u !== join; u = parent[u]!) flow[pred[u]!]! += predDir[u]! * val;
    }
    if (side === 0) {
      // The entering arc blocks itself: it moves to its other bound and the tree stays.
      state[inArc] = -state[inArc]!;
      continue;
    }
    state[inArc] = stateTree;
    state[pred[uOut]!] = flow[pred[uOut]!] === 0 ? stateLower : stateUpper;

    // Re-hang the subtree cut off by the leaving arc from the entering arc, reversing the
    // stem (the path from uIn up to uOut) and splicing the thread order.
    const oldRevThread = revThread[uOut]!;
    const oldSuccNum = succNum[uOut]!;
    const oldLastSucc = lastSucc[uOut]!;
    const vOut = parent[uOut]!;
    if (uIn === uOut) {
      parent[uIn] = vIn;
      pred[uIn] = inArc;
      predDir[uIn] = uIn === source[inArc] ? dirUp : dirDown;
      if (thread[vIn] !== uOut) {
        let after = thread[oldLastSucc]!;
        thread[oldRevThread] = after;
        revThread[after] = oldRevThread;
        after = thread[vIn]!;
        thread[vIn] = uOut;
        revThread[uOut] = vIn;
        thread[oldLastSucc] = after;
        revThread[after] = oldLastSucc;
      }
    } else {
      // When oldRevThread is vIn, join and vOut coincide.
      const threadContinue = oldRevThread === vIn ? thread[oldLastSucc]! : thread[vIn]!;
      let stem = uIn;
      let parStem = vIn;
      let last = lastSucc[uIn]!;
      let after = thread[last]!;
      thread[vIn] = uIn;
      let dirty = 0;
      dirtyRevs[dirty++] = vIn;
      while (stem !== uOut) {
        const nextStem = parent[stem]!;
        thread[last] = nextStem;
        dirtyRevs[dirty++] = last;
        const before = revThread[stem]!;
        thread[before] = after;
        revThread[after] = before;
        parent[stem] = parStem;
        parStem = stem;
        stem = nextStem;
        last = lastSucc[stem] === lastSucc[parStem] ? revThread[parStem]! : lastSucc[stem]!;
        after = thread[last]!;
      }
      parent[uOut] = parStem;
      thread[last] = threadContinue;
      revThread[threadContinue] = last;
      lastSucc[uOut] = last;
      if (oldRevThread !== vIn) {
        thread[oldRevThread] = after;
        revThread[after] = oldRevThread;
      }
      for (let i = 0; i < dirty; i++) {
        const u = dirtyRevs[i]!;
        revThread[thread[u]!] = u;
      }
      let succ = 0;
      const stemLast = lastSucc[uOut]!;
      for (let u = uOut, p = parent[u]!; u !== uIn; u = p, p = parent[u]!) {
        pred[u] = pred[p]!;
        predDir[u] = -predDir[p]!;
        succ += succNum[u]! - succNum[p]!;
        succNum[u] = succ;
        lastSucc[p] = stemLast;
      }
      pred[uIn] = inArc;
      predDir[uIn] = uIn === source[inArc] ? dirUp : dirDown;
      succNum[uIn] = oldSuccNum;
    }

    const upLimitOut = lastSucc[join] === vIn ? join : -1;
    const lastSuccOut = lastSucc[uOut]!;
    for (let u = vIn; u !== -1 && lastSucc[u] === vIn; u = parent[u]!) lastSucc[u] = lastSuccOut;
    if (join !== oldRevThread && vIn !== oldRevThread) {
      for (let u = vOut; u !== upLimitOut && lastSucc[u] === oldLastSucc; u = parent[u]!) lastSucc[u] = oldRevThread;
    } else if (lastSuccOut !== oldLastSucc) {
      for (let u = vOut; u !== upLimitOut && lastSucc[u] === oldLastSucc; u = parent[u]!) lastSucc[u] = lastSuccOut;
    }
    for (let u = vIn; u !== join; u = parent[u]!) succNum[u]! += oldSuccNum;
    for (let u = vOut; u !== join; u = parent[u]!) succNum[u]! -= oldSuccNum;

    // Potentials of the moved subtree shift so the entering arc's reduced cost becomes 0.
    const sigma = pi[vIn]! - pi[uIn]! - predDir[uIn]! * cost[inArc]!;
    const end = thread[lastSucc[uIn]!]!;
    for (let u = uIn; u !== end; u = thread[u]!) pi[u]! += sigma;
  }

  const result = new Float64Array(m);
  let total = 0;
  for (let i = 0; i < m; i++) {
    result[original[i]!] = flow[i]!;
    total += cost[i]! * flow[i]!;
  }
  // Internally the reduced cost is cost + pi[tail] − pi[head] (LEMON's sign); the caller gets
  // the textbook sign.
  const potential = new Float64Array(n);
  for (let u = 0; u < n; u++) potential[u] = pi[u] === 0 ? 0 : -pi[u]!;
  return { flow: result, potential, cost: total };
}
