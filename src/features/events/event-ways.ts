import type { AttendanceMode } from './schema';
import type { events } from './schema';

export type EventRow = typeof events.$inferSelect;

/** The places of a way of attending, or null when the event does not offer it (both halves are needed). */
export function capacityOf(event: Pick<EventRow, 'place' | 'inPersonCapacity' | 'onlineUrl' | 'onlineCapacity'>, mode: AttendanceMode): number | null {
  if (mode === 'in_person') return event.place && event.inPersonCapacity !== null ? event.inPersonCapacity : null;
  return event.onlineUrl && event.onlineCapacity !== null ? event.onlineCapacity : null;
}
