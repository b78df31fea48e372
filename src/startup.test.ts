import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { users } from './auth/schema';
import { readConfig } from './config';
import { operators, sites, spaces } from './features/centre/schema';
import { demoAccounts } from './features/demo/accounts';
import { applications } from './features/workers/schema';
import { prepareDatabase } from './startup';
import { emptyDatabase, openTestDatabase } from './testing/test-database';

const database = await openTestDatabase();
const productionKey = randomBytes(32).toString('base64');
afterAll(() => database.drop());

describe('starting the app on an empty database', () => {
  it('in demo mode seeds the Tateshina centre and one account to sign in with per role, once', async () => {
    await emptyDatabase(database);
    const first = await prepareDatabase(database, readConfig({}));
    expect(first).toEqual({ seeded: true, firstAdminCode: null });

    const [operator] = await database.db.select().from(operators);
    expect(operator?.name).toBe('一般社団法人立科町振興公社');
    const [site] = await database.db.select().from(sites);
    expect(site).toMatchObject({
      name: '立科町テレワークセンター',
      address: '長野県北佐久郡立科町大字芦田2602-1',
      building: '2F ふるさと交流館「芦田宿」',
      opensAt: '09:00:00',
      closesAt: '17:00:00',
      yearlyClosedFrom: '12-29',
      yearlyClosedTo: '01-03',
    });
    const rooms = await database.db.select().from(spaces);
    const byKind = (kind: string) => rooms.filter((space) => space.kind === kind);
    expect(byKind('booth')).toHaveLength(4);
    expect(byKind('meeting_booth')).toHaveLength(4);
    expect(byKind('shared').map((space) => space.capacity)).toEqual([20]);
    expect(byKind('kids').map((space) => space.capacity)).toEqual([5]);

    // One account to sign in with per role (the demo tenant company's second staff member has no password yet).
    const accounts = await database.db.select().from(users);
    const signInAble = accounts.filter((account) => account.passwordHash !== null);
    expect(signInAble.map((account) => account.role).sort()).toEqual(demoAccounts.map((account) => account.role).sort());

    const waiting = await database.db.select().from(applications);
    expect(waiting.map((application) => application.status).sort()).toEqual(['interviewing', 'new']);

    const again = await prepareDatabase(database, readConfig({}));
    expect(again.seeded).toBe(false);
    const [total] = await database.db.select({ total: count() }).from(users);
    expect(total?.total).toBe(accounts.length);
  });

  it('in production seeds nothing and prepares a first-admin code instead', async () => {
    await emptyDatabase(database);
    const prepared = await prepareDatabase(database, readConfig({ NODE_ENV: 'production', DATA_ENCRYPTION_KEY: productionKey }));
    expect(prepared.seeded).toBe(false);
    expect(prepared.firstAdminCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const [total] = await database.db.select({ total: count() }).from(users);
    expect(total?.total).toBe(0);
  });
});
