/** Below this many people a count could point at someone, so it is not shown. */
export const smallestShownCount = 3;

/** A count of people as shown: 0, or at least 3, or "fewer than 3". */
export type ShownCount = number | 'fewerThan3';

export function suppressCount(count: number): ShownCount {
  return count > 0 && count < smallestShownCount ? 'fewerThan3' : count;
}
