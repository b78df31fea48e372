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

/** For tests: a running order whose team is a signed-in leader, worker and trainee. */
export async function teamOfThree(test: TestContext) {
  const leader = await person(test, 'leader');
  const worker = await person(test, 'worker');
  const trainee = await person(test, 'trainee');
  const orderId = await teamOrder(test, [
    [leader, 'leader'],
    [worker, 'member'],
    [trainee, 'trainee'],
  ]);
  return { leader, worker, trainee, orderId };
}
