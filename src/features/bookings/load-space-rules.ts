import { and, eq, getTableColumns, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { exclusiveSpaceKinds, sites, spaceBookingRules, spaces, type SpaceKind } from '../centre/schema';
import { minuteOfClock } from './booking-time';

export type BookingRule = Omit<typeof spaceBookingRules.$inferSelect, 'siteId' | 'kind'>;

const ruleColumns = getTableColumns(spaceBookingRules);

/** When staff have set no rules for a site and kind, the table's column defaults are the rule. */
export const defaultBookingRule: BookingRule = {
  unit: ruleColumns.unit.default as BookingRule['unit'],
  stepMinutes: ruleColumns.stepMinutes.default as number,
  minMinutes: ruleColumns.minMinutes.default as number,
  maxMinutes: ruleColumns.maxMinutes.default as number,
  maxDaysAhead: ruleColumns.maxDaysAhead.default as number,
  maxActivePerPerson: ruleColumns.maxActivePerPerson.default as number,
  bufferMinutes: ruleColumns.bufferMinutes.default as number,
};

export type SpaceRules = {
  space: { id: string; siteId: string; kind: SpaceKind; name: string; capacity: number };
  site: { id: string; name: string; opensMinute: number; closesMinute: number };
  rule: BookingRule;
  exclusive: boolean;
};

/** A space still offered, with its site's opening hours and the booking rule for its kind; undefined when there is no such space or it was retired. */
export async function loadSpaceRules(db: Db, spaceId: string): Promise<SpaceRules | undefined> {
  const [row] = await db
    .select({ space: spaces, site: sites, rule: spaceBookingRules })
    .from(spaces)
    .innerJoin(sites, eq(sites.id, spaces.siteId))
    .leftJoin(spaceBookingRules, and(eq(spaceBookingRules.siteId, spaces.siteId), eq(spaceBookingRules.kind, spaces.kind)))
    .where(and(eq(spaces.id, spaceId), isNull(spaces.retiredAt)));
  if (!row) return undefined;
  const { space, site, rule } = row;
  return {
    space: { id: space.id, siteId: space.siteId, kind: space.kind, name: space.name, capacity: space.capacity },
    site: { id: site.id, name: site.name, opensMinute: minuteOfClock(site.opensAt), closesMinute: minuteOfClock(site.closesAt) },
    rule: rule ?? defaultBookingRule,
    exclusive: exclusiveSpaceKinds.includes(space.kind),
  };
}
