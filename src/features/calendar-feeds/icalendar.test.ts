import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderCalendar, utcDateTime } from './icalendar';
import { withoutFeedToken } from './feed-path';

/** RFC 5545 unfolding: a line break followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text values', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds long Japanese lines at 75 octets without splitting a character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'立科町テレワークセンターの共有ワークスペース、窓側の席'.repeat(6)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const part of lines) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(lines.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('writes times in UTC: 10:00 in Japan is 01:00Z', () => {
    expect(utcDateTime(new Date('2026-12-01T10:00:00+09:00'))).toBe('20261201T010000Z');
  });

  it('renders a calendar ical.js reads back with the same text', () => {
    const summary = 'ブース 1, 窓側; 静か\\奥';
    const text = renderCalendar({
      name: '町ワーク わたしの予約',
      prodId: '-//Machiwork//Test//JA',
      generatedAt: new Date('2026-11-24T00:00:00Z'),
      events: [
        { uid: 'one@example.jp', startsAt: new Date('2026-12-01T10:00:00+09:00'), endsAt: new Date('2026-12-01T12:00:00+09:00'), summary, description: '一行目\n二行目', cancelled: false },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('町ワーク わたしの予約');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(summary);
    expect(event.description).toBe('一行目\n二行目');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-01T01:00:00.000Z');
  });
});

describe('the request log', () => {
  it('never holds a feed token', () => {
    expect(withoutFeedToken('/calendar/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ.ics')).toBe('/calendar/(token).ics');
    expect(withoutFeedToken('/me/calendar')).toBe('/me/calendar');
  });
});
