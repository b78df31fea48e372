import { z } from 'zod';
import { listOf, orEmpty } from '../../ui/form';

/**
 * A post: its text only trimmed, never folded (people write what they mean, full-width signs
 * included); whether it may be empty depends on the files sent, which the route checks.
 */
export const postForm = z.object({
  body: orEmpty(z.string().trim().max(4000, { error: 'teamTalk.error.tooLong' })),
  mention: listOf(z.uuid({ error: 'teamTalk.error.mention' })),
});

/** The "older posts" link: the post the page starts before. */
export const threadQuery = z.object({ before: z.uuid().optional() });
