import { z } from 'zod';
import { loginIdField } from '../accounts/validation';

export const proposeSupporterForm = z.object({ loginId: loginIdField });

/** Share something (pay, sensitive data) with a linked supporter, or stop. */
export const supporterShareForm = z.object({ share: z.enum(['yes', 'no']) });
