import type { Actor } from '../../auth/policy';
import type { Role } from '../../auth/roles';

/** The career path, in order: 研修生 → ワーカー → リーダー → ディレクター (as the table's check allows). */
export const careerPath = ['trainee', 'worker', 'leader', 'director'] as const satisfies readonly Role[];
export type PathRole = (typeof careerPath)[number];

export function isOnPath(role: Role): role is PathRole {
  return (careerPath as readonly Role[]).includes(role);
}

/** The role after this one on the path, or null at the top. */
export function nextRole(role: PathRole): PathRole | null {
  return careerPath[careerPath.indexOf(role) + 1] ?? null;
}

/** Why a proposer may not propose the next step for a person (an open proposal is checked apart). */
export type StepProblem = 'top' | 'self' | 'aboveProposer';

/**
 * The one step a proposer may propose for a person: the next role on the path. Nobody proposes
 * themselves, and a leader or director proposes only up to their own role (a leader knows what a
 * leader does, not what a director does); the operator's staff may propose any step.
 */
export function nextStep(person: { id: string; role: PathRole }, proposer: Actor): { ok: true; toRole: PathRole } | { ok: false; problem: StepProblem; role: PathRole } {
  const toRole = nextRole(person.role);
  if (!toRole) return { ok: false, problem: 'top', role: person.role };
  if (person.id === proposer.id) return { ok: false, problem: 'self', role: toRole };
  if (isOnPath(proposer.role) && careerPath.indexOf(toRole) > careerPath.indexOf(proposer.role)) return { ok: false, problem: 'aboveProposer', role: toRole };
  return { ok: true, toRole };
}
