import { and, gte, isNull, lte, or } from 'drizzle-orm';
import type { BusinessDate } from '../availability/calendar';
import { tenantContracts, tenantStaff } from './schema';

/** A contract runs on `date` when it has begun and not yet ended (its last day included). */
export const contractRunsOn = (date: BusinessDate) => and(lte(tenantContracts.startsOn, date), or(isNull(tenantContracts.endsOn), gte(tenantContracts.endsOn, date)));

/** Someone is a company's staff on `date` from the day they joined to the day they left, both included. */
export const staffCurrentOn = (date: BusinessDate) => and(lte(tenantStaff.joinedOn, date), or(isNull(tenantStaff.leftOn), gte(tenantStaff.leftOn, date)));
