import type { Role } from './roles';

/** Who is asking: the signed-in user as the policy sees them. */
export type Actor = { id: string; role: Role };

/**
 * What a route may demand. `public` lets anyone in, `signedIn` any signed-in user;
 * the others are capabilities granted to roles below.
 */
export type Permission = 'public' | 'signedIn' | Capability;

const grants = {
  /** Create accounts, print setup codes, list accounts. */
  'accounts.manage': ['admin', 'coordinator'],
  /** Handle 登録申込: the inbox, interview notes, accept or decline. */
  'applications.manage': ['admin', 'coordinator'],
  /** The worker registry: directory, profiles, status changes, verifying skills, CSV export. */
  'workers.manage': ['admin', 'coordinator'],
  /** See the hours the team offers, across workers (no personal details). */
  'workers.viewHours': ['admin', 'coordinator', 'director'],
  /** A worker's own profile, availability, consents and data export. */
  'workers.self': ['leader', 'worker', 'trainee'],
  /** A supporter's view of the workers linked to them with consent. */
  'supporters.self': ['supporter'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof grants;

/** Records a capability can be checked against, for decisions that depend on the record. */
export type PolicyRecord = { kind: 'account'; role: Role };

// Roles a coordinator may create or hand a setup code to; staff roles are the admin's to give.
const rolesCoordinatorsManage: readonly Role[] = ['leader', 'worker', 'trainee', 'supporter', 'client', 'tenant'];

/** The one answer to "may this user do this (to this record)?". */
export function can(actor: Actor | null, permission: Permission, record?: PolicyRecord): boolean {
  if (permission === 'public') return true;
  if (!actor) return false;
  if (permission === 'signedIn') return true;
  if (!(grants[permission] as readonly Role[]).includes(actor.role)) return false;
  if (record?.kind === 'account') {
    return actor.role === 'admin' || rolesCoordinatorsManage.includes(record.role);
  }
  return true;
}

/** Roles this actor may give to a new account. */
export function assignableRoles(actor: Actor, allRoles: readonly Role[]): Role[] {
  return allRoles.filter((role) => can(actor, 'accounts.manage', { kind: 'account', role }));
}
