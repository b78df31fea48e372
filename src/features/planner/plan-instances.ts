/** For tests: small plan instances written briefly (the defaults are the usual case). */
import type { WorkLocation } from '../workers/vocabulary';
import type { PlanAssignment, PlanInput, PlanPackage, PlanWorker } from './model';

export const person = (given: Partial<PlanWorker>): PlanWorker => ({
  id: 'w',
  targetMinutes: 600,
  newcomer: false,
  supply: [],
  eligible: [],
  continues: [],
  ...given,
});
export const work = (given: Partial<PlanPackage>): PlanPackage => ({ id: 'p', minutes: 0, deadline: 6, earliest: 0, centreOnly: false, ...given });
export const home = (day: number, minutes: number) => ({ day, location: 'home' as const, minutes });
export const centre = (day: number, minutes: number) => ({ day, location: 'centre' as const, minutes });
export const instance = (given: Partial<PlanInput>): PlanInput => ({ days: 7, workers: [], packages: [], fixed: [], excluded: [], ...given });
/** A new (not accepted) assignment. */
export const offer = (worker: number, pkg: number, day: number, minutes: number, location: WorkLocation = 'home'): PlanAssignment => ({
  worker,
  package: pkg,
  day,
  location,
  minutes,
  fixed: false,
});
