import { z } from 'zod';
import { emailModes } from './schema';

export const notificationSettingsSchema = z.object({
  emailMode: z.enum(emailModes, { error: 'notificationSettings.error.mode' }),
});
