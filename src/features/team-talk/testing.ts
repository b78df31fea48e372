import type { Role } from '../../auth/roles';
import type { TestContext } from '../../testing/test-app';
import { addToTeam, createOrder } from '../orders/testing';
import type { TeamRole } from '../orders/schema';

/** For tests: a person of this role, signed in, with their display name. */
export async function person(test: TestContext, role: Role) {
  const user = await test.createUser(role);
  const browser = test.browser();
  await browser.signIn(user.loginId);
  return { ...user, displayName: user.loginId.replace(/(\d+)$/, ' $1'), browser };
}

/** For tests: a running order whose team is these people, in these places. */
export async function teamOrder(test: TestContext, team: [{ id: string }, TeamRole][], settings: Parameters<typeof createOrder>[1] = {}) {
  const { orderId } = await createOrder(test, settings);
  for (const [member, role] of team) await addToTeam(test, orderId, member.id, role);
  return orderId;
}
