/** A live booking as far as occupancy goes: when it holds the space and how many seats. */
export type HeldTime = { startsAt: Date; endsAt: Date; blockedUntil: Date; seats: number };

/** The most seats held at any one moment between `from` and `to` (bookings may come and go inside). */
export function peakSeats(held: readonly HeldTime[], from: Date, to: Date): number {
  const overlapping = held.filter((booking) => booking.startsAt < to && booking.endsAt > from);
  // Seats only rise when a booking starts, so the peak is at `from` or at one of the starts.
  const moments = [from, ...overlapping.map((booking) => booking.startsAt).filter((start) => start > from)];
  return Math.max(0, ...moments.map((moment) => overlapping.filter((booking) => booking.startsAt <= moment && booking.endsAt > moment).reduce((sum, booking) => sum + booking.seats, 0)));
}

/**
 * Whether the space can take this booking: an exclusive space must be clear of every other
 * booking's held time (its end plus buffer) and keep this one's buffer clear too; a shared space
 * must have the seats left at every moment.
 */
export function isFreeFor(
  space: { exclusive: boolean; capacity: number },
  held: readonly HeldTime[],
  wanted: { startsAt: Date; endsAt: Date; blockedUntil: Date; seats: number },
): boolean {
  if (space.exclusive) return !held.some((booking) => booking.startsAt < wanted.blockedUntil && booking.blockedUntil > wanted.startsAt);
  return peakSeats(held, wanted.startsAt, wanted.endsAt) + wanted.seats <= space.capacity;
}
