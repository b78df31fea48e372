/**
 * Writing iCalendar (RFC 5545) text: escaping TEXT values, folding long lines and UTC times.
 * Times are written in UTC with `Z`, so no VTIMEZONE is needed and no calendar app can misread
 * the zone; apps show them in their own time zone (Japan for nearly everyone here).
 */

/** A TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const maxOctets = 75;

/**
 * One content line folded (§3.1): no line longer than 75 octets of UTF-8, each continuation
 * starting with a space, and never inside a multi-byte character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > maxOctets) {
      parts.push(current);
      // The continuation's leading space counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** A DATE-TIME in UTC (§3.3.5, form 2): 20261201T010000Z. */
export function utcDateTime(moment: Date): string {
  return moment.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

export type CalendarEvent = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location?: string | undefined;
  description?: string | undefined;
  cancelled: boolean;
};

/**
 * A whole VCALENDAR with one VEVENT per event, lines folded and ended with CRLF. `generatedAt`
 * is every event's DTSTAMP: the feed is built afresh on each fetch.
 */
export function renderCalendar(calendar: { name: string; prodId: string; generatedAt: Date; events: CalendarEvent[] }): string {
  const stamp = utcDateTime(calendar.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    // Subscribed apps fetch again about every hour (Apple and Outlook read these).
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcDateTime(event.startsAt)}`,
      `DTEND:${utcDateTime(event.endsAt)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    // A cancellation is a newer revision of the same event, so apps replace it rather than keep the old one.
    lines.push(event.cancelled ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED', `SEQUENCE:${event.cancelled ? 1 : 0}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
