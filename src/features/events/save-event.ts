import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { FieldErrors } from '../../ui/form';
import { instantAt } from '../bookings/booking-time';
import { countAnswers } from './count-answers';
import { capacityOf } from './event-ways';
import { fillPlaces } from './fill-places';
import { lockEvent } from './lock-event';
import { attendanceModes, events } from './schema';
import type { EventForm } from './validation';

export type SaveResult = { ok: true; id: string } | { ok: false; reason: 'notFound' } | { ok: false; reason: 'notEditable' } | { ok: false; reason: 'invalid'; errors: FieldErrors };

/** The event's columns from the form: times in Japan time; a way left half-filled is not offered. */
function columnsOf(form: EventForm) {
  return {
    kind: form.kind,
    title: form.title,
    description: form.description ?? '',
    startsAt: instantAt(form.date, form.start),
    endsAt: instantAt(form.date, form.end),
    place: form.place,
    inPersonCapacity: form.inPersonCapacity,
    onlineUrl: form.onlineUrl,
    onlineCapacity: form.onlineCapacity,
  };
}

const startsInPast = (columns: ReturnType<typeof columnsOf>, now: Date): FieldErrors | null =>
  columns.startsAt <= now ? { date: 'events.error.past' } : null;

export async function createEvent(db: Db, createdBy: string, form: EventForm, now = new Date()): Promise<SaveResult> {
  const columns = columnsOf(form);
  const past = startsInPast(columns, now);
  if (past) return { ok: false, reason: 'invalid', errors: past };
  const [row] = await db.insert(events).values({ ...columns, createdBy }).returning({ id: events.id });
  return { ok: true, id: row!.id };
}

/**
 * Changes an event that has not started. Places already given are kept: a way cannot shrink
 * below the people going, nor be dropped while people answered it; more places go at once to
 * those waiting (told in the same transaction).
 */
export async function updateEvent(db: Db, eventId: string, form: EventForm, now = new Date()): Promise<SaveResult> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const event = await lockEvent(db, eventId);
    if (!event) return { ok: false, reason: 'notFound' } as const;
    if (event.cancelledAt || event.startsAt <= now) return { ok: false, reason: 'notEditable' } as const;
    const columns = columnsOf(form);
    const errors: FieldErrors = { ...startsInPast(columns, now) };
    const counts = (await countAnswers(db, [eventId])).get(eventId)!;
    for (const mode of attendanceModes) {
      const capacity = capacityOf(columns, mode);
      const field = mode === 'online' ? 'onlineCapacity' : 'inPersonCapacity';
      if (capacity === null && counts[mode].going + counts[mode].waiting > 0) errors[field] = 'events.error.wayAnswered';
      else if (capacity !== null && capacity < counts[mode].going) errors[field] = 'events.error.belowGoing';
    }
    if (Object.keys(errors).length > 0) return { ok: false, reason: 'invalid', errors } as const;
    const [updated] = await db.update(events).set(columns).where(eq(events.id, eventId)).returning();
    for (const mode of attendanceModes) await fillPlaces(db, updated!, mode, now);
    return { ok: true, id: eventId } as const;
  });
}
