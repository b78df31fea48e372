import type { Locale } from '../../ui/i18n';
import { translator } from '../../ui/i18n';
import { whenText } from '../bookings/pages';
import type { EventRow } from './event-ways';

/** An event's day and hours in Japan time, as the reader writes them. */
export const eventWhen = (event: Pick<EventRow, 'startsAt' | 'endsAt'>, locale: Locale) => whenText(translator(locale), locale, event.startsAt, event.endsAt);
