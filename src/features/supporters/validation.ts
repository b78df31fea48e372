import { z } from 'zod';
import { loginIdField } from '../accounts/validation';

export const proposeSupporterForm = z.object({ loginId: loginIdField });

export const supporterPayForm = z.object({ share: z.enum(['yes', 'no']) });
