import { z } from 'zod';
import { orEmpty } from '../../ui/form';

/** The space a manager makes a feed for. */
export const spaceFeedForm = z.object({
  spaceId: orEmpty(z.uuid({ error: 'calendarFeeds.error.chooseSpace' })),
});
