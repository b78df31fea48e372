/** Planned minutes as units of a package (minutes ÷ its minutes per unit), for people: whole units, never below zero. */
export function estimatedUnits(minutes: number, minutesPerUnit: number): number {
  return Math.max(0, Math.round(minutes / minutesPerUnit));
}
