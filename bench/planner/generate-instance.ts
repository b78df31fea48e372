/**
 * Planning instances for the benchmark, drawn from a seeded generator so every run plans the same
 * thing. Shaped after the programme (../shared/docs/DOMAIN.md): orders with teams of a few to
 * dozens, each worker on one to four teams; packages needing one or two of the 11 skills; some
 * orders centre-only or under NDA; hours offered on 2–6 days a week, up to 6 h, in 30-minute steps,
 * at home or at the centre; weekly targets of 5–30 h; newcomers; a few accepted and declined
 * offers from an earlier plan. Total demand is set to a share of total supply so choices matter.
 */
import { skillCodes, type SkillCode, type WorkLocation } from '../../src/features/workers/vocabulary';
import type { PlanInput, PlanPackage, PlanWorker } from '../../src/features/planner/model';

export const scales = {
  town: { workers: 100, packages: 50, days: 14 },
  kado: { workers: 1_000, packages: 300, days: 14 },
  prefecture: { workers: 10_000, packages: 2_000, days: 14 },
} as const;
export type ScaleName = keyof typeof scales;

/** Demand ÷ supply, in minutes over the whole plan. */
const demandShare = 1.1;

// How common each skill is among workers and orders (data entry most, translation least).
const skillWeights: Record<SkillCode, number> = {
  data_entry: 10,
  transcription: 5,
  bookkeeping: 3,
  design: 2,
  web: 2,
  writing: 3,
  proofreading: 3,
  translation: 1,
  phone: 2,
  survey: 3,
  ai_data: 4,
};

/** Mulberry32: a small, fast, well-mixed 32-bit generator; the same seed gives the same stream. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const chance = (p: number) => next() < p;
  const weighted = <T>(items: readonly T[], weight: (item: T) => number): T => {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let left = next() * total;
    for (const item of items) if ((left -= weight(item)) < 0) return item;
    return items[items.length - 1]!;
  };
  /** A random k of the items (Fisher–Yates, stopped after k). */
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const copy = [...items];
    for (let i = 0; i < k; i++) {
      const j = int(i, copy.length - 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, k);
  };
  return { next, int, chance, weighted, sample };
}

type Order = { teamWeight: number; skill: SkillCode; centreOnly: boolean; nda: boolean; deadline: number; members: number[]; signed: Set<number> };

export function generateInstance(scale: ScaleName, seed = 20260501): PlanInput {
  const { workers: workerCount, packages: packageCount, days } = scales[scale];
  const random = randomSource(seed);
  const skillsByWeight = (chosen: ReadonlySet<SkillCode>) => random.weighted(skillCodes, (s) => (chosen.has(s) ? 0 : skillWeights[s]));

  // Orders: a team size weight from a few to dozens (log-uniform), one main skill, a confidentiality
  // level and a deadline: half within the plan, most others after it, a few already passed.
  const orders: Order[] = Array.from({ length: Math.max(1, Math.round(packageCount / 4)) }, () => {
    const roll = random.next();
    const deadline = roll < 0.03 ? random.int(-3, -1) : roll < 0.55 ? random.int(1, days - 1) : random.int(days, 3 * days);
    const level = random.next();
    return { teamWeight: 3 * 20 ** random.next(), skill: skillsByWeight(new Set()), centreOnly: level < 0.1, nda: level >= 0.1 && level < 0.2, deadline, members: [], signed: new Set() };
  });

  // Workers: skills, hours, target, teams.
  const workerSkills: Set<SkillCode>[] = [];
  const workers: PlanWorker[] = Array.from({ length: workerCount }, (_, w) => {
    // People join the programme for work it has: one skill some order needs, and up to three more.
    const skills = new Set<SkillCode>([random.weighted(orders, (order) => order.teamWeight).skill]);
    for (let k = random.int(0, 3); k > 0; k--) skills.add(skillsByWeight(skills));
    workerSkills.push(skills);

    // A weekly pattern of 2–6 days, repeated in the second week with a few changes; a fifth of
    // workers use the centre on most of their days, some of those at home too on the same day.
    const usesCentre = random.chance(0.2);
    const pattern = random
      .sample([0, 1, 2, 3, 4, 5, 6], random.int(2, 6))
      .map((weekday) => ({ weekday, minutes: 30 * random.int(1, 12), location: (usesCentre && random.chance(0.6) ? 'centre' : 'home') as WorkLocation }));
    const supply: PlanWorker['supply'] = [];
    for (let day = 0; day < days; day++) {
      const usual = pattern.find((p) => p.weekday === day % 7);
      if (!usual || (day >= 7 && random.chance(0.15))) continue;
      const minutes = day >= 7 && random.chance(0.1) ? 30 * random.int(1, 12) : usual.minutes;
      supply.push({ day, location: usual.location, minutes });
      if (usual.location === 'centre' && random.chance(0.2)) supply.push({ day, location: 'home', minutes: 30 * random.int(1, 4) });
    }
    const weeklyOffered = pattern.reduce((sum, p) => sum + p.minutes, 0);
    const weeklyTarget = Math.min(30 * 60, Math.max(5 * 60, 30 * Math.round((weeklyOffered * (0.5 + 0.7 * random.next())) / 30)));

    // Teams: one to four, favouring orders that need a skill the worker has, and for centre-only
    // orders people who come to the centre.
    const teams = new Set<number>();
    const teamCount = random.weighted([1, 2, 3, 4], (k) => [4, 3, 2, 1][k - 1]!);
    while (teams.size < Math.min(teamCount, orders.length)) {
      const o = random.weighted(
        orders.map((_, i) => i),
        (i) => (teams.has(i) ? 0 : orders[i]!.teamWeight * (skills.has(orders[i]!.skill) ? 1 : 0.02) * (orders[i]!.centreOnly && !usesCentre ? 0.05 : 1)),
      );
      teams.add(o);
      orders[o]!.members.push(w);
      if (random.chance(0.5)) orders[o]!.signed.add(w);
    }
    return { id: `w${w}`, targetMinutes: (weeklyTarget * days) / 7, newcomer: random.chance(0.1), supply, eligible: [], continues: [] };
  });

  // Packages: spread over the orders (each has at least one); the order's skill and sometimes a
  // second; a check step (15%) waits a few days for its entry step and shares its deadline.
  const packages: (PlanPackage & { order: number; skills: SkillCode[] })[] = Array.from({ length: packageCount }, (_, p) => {
    const o = p < orders.length ? p : random.int(0, orders.length - 1);
    const order = orders[o]!;
    const skills = random.chance(0.2) ? [order.skill, skillsByWeight(new Set([order.skill]))] : [order.skill];
    const deadline = order.deadline - (random.chance(0.3) ? random.int(0, 3) : 0);
    const earliest = random.chance(0.15) ? random.int(1, 4) : 0;
    const size = random.chance(0.1) ? random.int(40, 120) : random.int(4, 40); // its share of the order's work
    return { id: `o${o}-p${p}`, minutes: size, deadline, earliest, centreOnly: order.centreOnly, order: o, skills };
  });

  // Eligibility: in the order's team, every skill the package needs, and the NDA signed if any.
  const packagesOf = orders.map(() => [] as number[]);
  packages.forEach((pack, p) => packagesOf[pack.order]!.push(p));
  orders.forEach((order, o) => {
    for (const w of order.members) {
      if (order.nda && !order.signed.has(w)) continue;
      for (const p of packagesOf[o]!) if (packages[p]!.skills.every((s) => workerSkills[w]!.has(s))) workers[w]!.eligible.push(p);
    }
  });
  // A newcomer has no work yet; three in ten of the others worked on one of their packages before.
  for (const person of workers) {
    person.eligible.sort((a, b) => a - b);
    if (!person.newcomer && person.eligible.length > 0 && random.chance(0.3)) person.continues.push(person.eligible[random.int(0, person.eligible.length - 1)]!);
  }

  // Demand: a director takes on about what the team can do before the deadline (each member's
  // hours split over their teams), give or take: from half to 1.7 times that, so some orders are
  // tight. The order's work is split over its packages by their sizes, then all of it scaled to
  // `demandShare` of all hours offered.
  const offeredBy = workers.map((person) => person.supply.reduce((sum, slot) => sum + slot.minutes, 0));
  const teamsOf = new Array<number>(workerCount).fill(0);
  for (const order of orders) for (const w of order.members) teamsOf[w]!++;
  const orderWork = orders.map((order) => {
    const teamMinutes = order.members.reduce((sum, w) => sum + offeredBy[w]! / teamsOf[w]!, 0);
    return teamMinutes * Math.min(1.5, Math.max(0.1, (order.deadline + 1) / days)) * (0.5 + 1.2 * random.next());
  });
  const orderSize = orders.map(() => 0);
  for (const pack of packages) orderSize[pack.order]! += pack.minutes;
  const raw = packages.map((pack) => (orderWork[pack.order]! * pack.minutes) / orderSize[pack.order]!);
  const supplyMinutes = offeredBy.reduce((sum, minutes) => sum + minutes, 0);
  const rawTotal = raw.reduce((sum, minutes) => sum + minutes, 0);
  packages.forEach((pack, p) => (pack.minutes = 30 * Math.max(1, Math.round((raw[p]! * demandShare * supplyMinutes) / rawTotal / 30))));

  // An earlier plan: 3% of workers accepted an offer, 3% declined one.
  const input: PlanInput = {
    days,
    workers,
    packages: packages.map(({ id, minutes, deadline, earliest, centreOnly }) => ({ id, minutes, deadline, earliest, centreOnly })),
    fixed: [],
    excluded: [],
  };
  const acceptedByPackage = new Array<number>(packageCount).fill(0);
  workers.forEach((person, w) => {
    if (person.newcomer || person.supply.length === 0 || person.eligible.length === 0) return;
    const slot = person.supply[random.int(0, person.supply.length - 1)]!;
    const p = person.eligible[random.int(0, person.eligible.length - 1)]!;
    const pack = input.packages[p]!;
    const allowed = slot.day >= pack.earliest && slot.day <= pack.deadline && (slot.location === 'centre' || !pack.centreOnly);
    const roll = random.next();
    if (roll < 0.03 && allowed) {
      const minutes = Math.min(slot.minutes, 30 * random.int(1, 4), pack.minutes - acceptedByPackage[p]!);
      if (minutes <= 0) return;
      acceptedByPackage[p]! += minutes;
      input.fixed.push({ worker: w, package: p, day: slot.day, location: slot.location, minutes });
    } else if (roll >= 0.03 && roll < 0.06) {
      input.excluded.push({ worker: w, package: p, day: slot.day });
    }
  });
  return input;
}

/** Headline figures of an instance, for the benchmark's table. */
export function describeInstance(input: PlanInput) {
  const supplyMinutes = input.workers.reduce((sum, person) => sum + person.supply.reduce((s, slot) => s + slot.minutes, 0), 0);
  const demandMinutes = input.packages.reduce((sum, pack) => sum + pack.minutes, 0);
  const eligiblePairs = input.workers.reduce((sum, person) => sum + person.eligible.length, 0);
  return {
    workers: input.workers.length,
    packages: input.packages.length,
    days: input.days,
    supplyMinutes,
    demandMinutes,
    /** Share of (worker, package) pairs that are eligible. */
    eligibleShare: eligiblePairs / Math.max(1, input.workers.length * input.packages.length),
    centreOnlyPackages: input.packages.filter((pack) => pack.centreOnly).length,
    newcomers: input.workers.filter((person) => person.newcomer).length,
    fixed: input.fixed.length,
    excluded: input.excluded.length,
  };
}
