import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { useTestApp } from '../../testing/test-app';
import { answerEvent } from './answer-event';
import { cancelAnswer } from './cancel-answer';
import { eventRsvps } from './schema';
import { insertEvent } from './testing';

const test = useTestApp();

/** Plain worker rows in one insert: password hashes would take longer than the race itself. */
async function people(count: number) {
  const rows = await test.db
    .insert(users)
    .values(Array.from({ length: count }, (_, index) => ({ loginId: `racer${index}`, displayName: `Racer ${index}`, role: 'worker' as const })))
    .returning({ id: users.id });
  return rows.map((row) => row.id);
}

describe('event answers at once', () => {
  it('gives exactly k places to N people answering at once, the rest waiting in order', { timeout: 120_000 }, async () => {
    const event = await insertEvent(test, { inPersonCapacity: 5, onlineCapacity: 3 });
    const racers = await people(40);
    const results = await Promise.all(racers.map((id, index) => answerEvent(test.db, id, event.id, index % 2 === 0 ? 'in_person' : 'online')));
    expect(results.filter((result) => result.ok && result.status === 'going')).toHaveLength(8);
    expect(results.filter((result) => result.ok && result.status === 'waitlisted')).toHaveLength(32);
    const going = (mode: 'in_person' | 'online') =>
      test.db.select().from(eventRsvps).where(and(eq(eventRsvps.eventId, event.id), eq(eventRsvps.mode, mode), eq(eventRsvps.status, 'going')));
    expect(await going('in_person')).toHaveLength(5);
    expect(await going('online')).toHaveLength(3);

    // Everyone going online withdraws at once: exactly three of those waiting online get a place.
    const online = await going('online');
    await Promise.all(online.map((rsvp) => cancelAnswer(test.db, rsvp.userId, event.id)));
    expect(await going('online')).toHaveLength(3);
    expect((await going('online')).every((rsvp) => !online.some((gone) => gone.userId === rsvp.userId))).toBe(true);
  });
});
