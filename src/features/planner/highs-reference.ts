/**
 * The exact reference for the planner's own solver: the same network written as a linear
 * programme (CPLEX LP format) and solved by HiGHS. Used by tests and the benchmark, never by the
 * app: the network simplex answers the same question far faster and gives a basic solution.
 */
import loadHighs, { type Highs } from 'highs';
import type { FlowNetwork } from './min-cost-flow';

export type HighsNetworkSolution = {
  objective: number;
  /** Per arc; meaningful when status is 'optimal'. */
  flow: Float64Array;
  /** HiGHS's model status by name: 'optimal', 'timeLimit', 'infeasible', … */
  status: string;
};

// The WebAssembly module takes a while to compile: once per process.
let highs: Promise<Highs> | undefined;

export async function solveNetworkWithHighs(network: FlowNetwork, options: { timeLimitSeconds?: number } = {}): Promise<HighsNetworkSolution> {
  highs ??= loadHighs();
  const solver = await highs;
  const statusNames = new Map<number, string>(Object.entries(solver.constants.modelStatus).map(([name, code]) => [code, name]));
  return solver.withModel({ format: 'lp', data: networkAsLp(network) }, (model) => {
    model.options.set({ output_flag: false, ...(options.timeLimitSeconds === undefined ? {} : { time_limit: options.timeLimitSeconds }) });
    model.run();
    const code = model.getModelStatus();
    const flow = new Float64Array(network.arcs);
    // A network without arcs is "empty" to HiGHS; its optimum is plainly 0.
    if (code === solver.constants.modelStatus.empty) return { objective: 0, flow, status: 'optimal' };
    const status = statusNames.get(code) ?? String(code);
    if (status !== 'optimal') return { objective: NaN, flow, status };
    // Columns are numbered in the order the reader met them; the names say which arc each is.
    const values = model.getSolution().colValue;
    for (let column = 0; column < values.length; column++) flow[Number(model.getColName(column).slice(1))] = values[column]!;
    return { objective: model.getObjectiveValue(), flow, status };
  });
}

/**
 * min Σ cost·x subject to, per node, Σ x out − Σ x in = 0, and 0 ≤ x ≤ capacity; arc a is
 * column `xa`. Written as bytes in pieces, since a large network's text outgrows one string.
 */
function networkAsLp(network: FlowNetwork): Uint8Array {
  const pieces: Buffer[] = [];
  let text = '';
  const write = (line: string) => {
    text += line;
    if (text.length > 1 << 20) {
      pieces.push(Buffer.from(text));
      text = '';
    }
  };
  const term = (coefficient: number, arc: number) => (coefficient < 0 ? ` - ${-coefficient} x${arc}` : ` + ${coefficient} x${arc}`);

  write('Minimize\n obj:');
  for (let a = 0; a < network.arcs; a++) {
    write(term(network.cost[a]!, a));
    if (a % 8 === 7) write('\n');
  }
  write('\nSubject To\n');
  const outStart = new Int32Array(network.nodes + 1);
  const inStart = new Int32Array(network.nodes + 1);
  for (let a = 0; a < network.arcs; a++) {
    outStart[network.tail[a]! + 1]!++;
    inStart[network.head[a]! + 1]!++;
  }
  for (let v = 0; v < network.nodes; v++) {
    outStart[v + 1]! += outStart[v]!;
    inStart[v + 1]! += inStart[v]!;
  }
  const outArcs = new Int32Array(network.arcs);
  const inArcs = new Int32Array(network.arcs);
  {
    const outFill = outStart.slice();
    const inFill = inStart.slice();
    for (let a = 0; a < network.arcs; a++) {
      outArcs[outFill[network.tail[a]!]!++] = a;
      inArcs[inFill[network.head[a]!]!++] = a;
    }
  }
  for (let v = 0; v < network.nodes; v++) {
    let terms = 0;
    for (let i = outStart[v]!; i < outStart[v + 1]!; i++) {
      const a = outArcs[i]!;
      if (network.head[a] === v) continue; // a loop leaves and enters: no term
      write(`${terms % 8 === 7 ? '\n' : ''} + x${a}`);
      terms++;
    }
    for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
      const a = inArcs[i]!;
      if (network.tail[a] === v) continue;
      write(`${terms % 8 === 7 ? '\n' : ''} - x${a}`);
      terms++;
    }
    if (terms > 0) write(' = 0\n');
  }
  write('Bounds\n');
  for (let a = 0; a < network.arcs; a++) write(` 0 <= x${a} <= ${network.capacity[a]}\n`);
  write('End\n');
  pieces.push(Buffer.from(text));
  return Buffer.concat(pieces);
}
