/** Every role, in the order of the career path and then the outside parties. */
export const roles = [
  'admin',
  'coordinator',
  'director',
  'leader',
  'worker',
  'trainee',
  'supporter',
  'client',
  'tenant',
  'guest',
] as const;

export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
