import type { Role } from '../../auth/roles';
import type { TestContext } from '../../testing/test-app';
import { workerProfiles } from './schema';

type WorkerOverrides = Partial<Omit<typeof workerProfiles.$inferInsert, 'userId'>> & {
  role?: Extract<Role, 'worker' | 'trainee' | 'leader'>;
  loginId?: string;
};

/**
 * For tests: a user (role worker unless told) with a worker profile, as an accepted application
 * makes one. Sign in with `test.browser().signIn(loginId)`.
 */
export async function createWorker(test: TestContext, overrides: WorkerOverrides = {}): Promise<{ id: string; loginId: string }> {
  const { role = 'worker', loginId, ...profile } = overrides;
  const user = await test.createUser(role, loginId);
  await test.db.insert(workerProfiles).values({
    userId: user.id,
    status: role === 'trainee' ? 'trainee' : 'active',
    familyName: '立科',
    givenName: '花子',
    familyNameKana: 'タテシナ',
    givenNameKana: 'ハナコ',
    phone: '0267-55-0000',
    preferredLocations: ['home'],
    ...profile,
  });
  return user;
}
