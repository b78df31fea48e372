import type { TestContext } from '../../testing/test-app';
import { operators, sites, spaces } from './schema';

/** For tests: an operator and a site (9:00–17:00, closed 12-29 to 01-03 and on holidays) with settings overridden. */
export async function createSite(test: TestContext, settings: Partial<typeof sites.$inferInsert> = {}): Promise<{ siteId: string; operatorId: string }> {
  const [operator] = await test.db.insert(operators).values({ name: '立科町振興公社' }).returning({ id: operators.id });
  const [site] = await test.db
    .insert(sites)
    .values({
      operatorId: operator!.id,
      name: 'テストセンター',
      address: '長野県北佐久郡立科町1-1',
      opensAt: '09:00',
      closesAt: '17:00',
      yearlyClosedFrom: '12-29',
      yearlyClosedTo: '01-03',
      ...settings,
    })
    .returning({ id: sites.id });
  return { siteId: site!.id, operatorId: operator!.id };
}

/** For tests: a space at the site (a booth unless told otherwise). */
export async function createSpace(test: TestContext, siteId: string, settings: Partial<typeof spaces.$inferInsert> = {}): Promise<string> {
  const [space] = await test.db
    .insert(spaces)
    .values({ siteId, kind: 'booth', name: 'ブース 1', capacity: 1, ...settings })
    .returning({ id: spaces.id });
  return space!.id;
}
