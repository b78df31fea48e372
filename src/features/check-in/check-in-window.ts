/** People may check in this long before their booking starts (arriving a little early). */
export const earlyCheckInMinutes = 15;

/** The first moment a booking starting at `startsAt` may be checked in. */
export function checkInOpensAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - earlyCheckInMinutes * 60_000);
}
