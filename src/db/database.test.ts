import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';
import { auditLog } from '../audit/schema';
import { operators, sites, spaces } from '../features/centre/schema';
import { queryRows } from './client';
import { migrateDatabase } from './migrate';

const test = useTestApp();

describe('the database', () => {
  it('has btree_gist, so bookings can be held apart by an EXCLUDE constraint', async () => {
    const extensions = await queryRows<{ extname: string }>(test.db, sql`select extname from pg_extension`);
    expect(extensions.map((row) => row.extname)).toContain('btree_gist');

    // A plain table, not a temporary one: a pool may run each statement on another connection.
    await test.db.execute(sql`create table booking_probe (
      space_id uuid not null,
      during tstzrange not null,
      constraint booking_probe_no_overlap exclude using gist (space_id with =, during with &&)
    )`);
    const space = '11111111-1111-4111-8111-111111111111';
    await test.db.execute(sql`insert into booking_probe values (${space}, tstzrange('2026-12-01 09:00+09', '2026-12-01 11:00+09'))`);
    expect(
      await violatedConstraint(
        test.db.execute(sql`insert into booking_probe values (${space}, tstzrange('2026-12-01 10:00+09', '2026-12-01 12:00+09'))`),
      ),
    ).toBe('booking_probe_no_overlap');
    await test.db.execute(sql`insert into booking_probe values (${space}, tstzrange('2026-12-01 11:00+09', '2026-12-01 12:00+09'))`);
    await test.db.execute(sql`drop table booking_probe`);
  });

  it('applies migrations again without harm (every start runs them)', async () => {
    await migrateDatabase(test.database);
    const tables = await queryRows<{ tablename: string }>(test.db, sql`select tablename from pg_tables where schemaname = 'public'`);
    expect(tables.map((row) => row.tablename)).toEqual(expect.arrayContaining(['users', 'sessions', 'setup_codes', 'sites', 'spaces']));
  });

  it('keeps a site from closing before it opens and a space from having no capacity', async () => {
    const [operator] = await test.db.insert(operators).values({ name: '振興公社' }).returning();
    const site = { operatorId: operator!.id, name: 'センター', address: '立科町', opensAt: '17:00', closesAt: '09:00' };
    expect(await violatedConstraint(test.db.insert(sites).values(site))).toBe('sites_hours_check');
    const [open] = await test.db.insert(sites).values({ ...site, opensAt: '09:00', closesAt: '17:00' }).returning();
    expect(await violatedConstraint(test.db.insert(spaces).values({ siteId: open!.id, kind: 'shared', name: '共有', capacity: 0 }))).toBe(
      'spaces_capacity_check',
    );
  });
});

/** The name of the constraint a statement broke, read from the database's own error. */
async function violatedConstraint(statement: Promise<unknown>): Promise<string | undefined> {
  try {
    await statement;
    return undefined;
  } catch (error) {
    const cause = (error as { cause?: { constraint?: string } }).cause;
    return cause?.constraint;
  }
}

describe('the audit log', () => {
  it('cannot be changed or deleted, only added to', async () => {
    await test.db.insert(auditLog).values({ action: 'worker.sensitive.view', detail: { fields: ['disability'] } });
    await expect(test.db.update(auditLog).set({ action: 'nothing happened' })).rejects.toThrow();
    await expect(test.db.delete(auditLog)).rejects.toThrow();
    await expect(test.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const rows = await test.db.select().from(auditLog);
    expect(rows.map((row) => row.action)).toEqual(['worker.sensitive.view']);
  });
});
