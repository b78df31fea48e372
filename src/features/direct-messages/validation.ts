import { z } from 'zod';
import { orEmpty, requiredText } from '../../ui/form';

export const messageForm = z.object({
  body: orEmpty(requiredText(2000, 'messages.error.tooLong')),
});
