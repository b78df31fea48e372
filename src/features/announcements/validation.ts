import { z } from 'zod';
import { roles } from '../../auth/roles';
import { orEmpty, requiredText, typedText } from '../../ui/form';
import { announcementAudiences } from './schema';

export const titleMax = 100;
export const bodyMax = 4000;

const choice = orEmpty(typedText()).transform((value) => value || null);

/**
 * A new announcement: title, body and whom it is for; the role, order or site is required when
 * the audience names it (and ignored otherwise). Whether the order or site may be addressed is
 * checked when publishing.
 */
export const announcementForm = z
  .object({
    title: orEmpty(requiredText(titleMax, 'announcements.error.titleTooLong')),
    body: orEmpty(requiredText(bodyMax, 'announcements.error.bodyTooLong')),
    audience: z.enum(announcementAudiences, { error: 'announcements.error.audience' }),
    role: choice.pipe(z.enum(roles, { error: 'announcements.error.role' }).nullable()),
    orderId: choice.pipe(z.uuid({ error: 'announcements.error.order' }).nullable()),
    siteId: choice.pipe(z.uuid({ error: 'announcements.error.site' }).nullable()),
  })
  .superRefine(
    (form, context) => {
      const needed = { role: form.role, team: form.orderId, site: form.siteId } as const;
      const field = { role: 'role', team: 'orderId', site: 'siteId' } as const;
      const message = { role: 'announcements.error.role', team: 'announcements.error.order', site: 'announcements.error.site' } as const;
      if (form.audience !== 'everyone' && !needed[form.audience]) {
        context.addIssue({ code: 'custom', path: [field[form.audience]], message: message[form.audience] });
      }
    },
    // Also when the title or body is wrong, so that every problem shows at once.
    { when: (payload) => (announcementAudiences as readonly unknown[]).includes((payload.value as { audience?: unknown }).audience) },
  );
