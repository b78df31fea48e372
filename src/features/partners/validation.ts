import { z } from 'zod';
import { orEmpty, optionalDate, requiredDate, requiredText, tickedBox, typedText } from '../../ui/form';

/** https:// anywhere; plain http only to this machine, for trying two installations side by side. */
export function isPartnerBaseUrl(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.username || url.password || url.search || url.hash) return false;
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname);
  } catch {
    return false;
  }
}

/** A token as the partner's installation issued it (see issueApiToken). */
const partnerToken = z.string().regex(/^mw_[A-Za-z0-9_-]{40}$/, { error: 'partners.error.token' });

/** The token a partner gave us, set or replaced on its page. */
export const partnerTokenForm = z.object({ theirToken: orEmpty(typedText().pipe(partnerToken)) });

/** A partner town: its name, where its Machiwork answers, the token it gave us, and the client record standing for it. */
export const partnerForm = z.object({
  name: orEmpty(requiredText(100, 'partners.error.nameTooLong')),
  baseUrl: orEmpty(
    typedText()
      .pipe(z.string().min(1, { error: 'error.required' }))
      .refine(isPartnerBaseUrl, { error: 'partners.error.baseUrl' })
      .transform((url) => url.replace(/\/+$/, '')),
  ),
  /** Empty when they have not issued one yet (it is set later on the partner's page). */
  theirToken: orEmpty(typedText().pipe(z.union([z.literal('').transform(() => null), partnerToken]))),
  /** An existing client's id, or `new` to make one named after the town. */
  clientId: orEmpty(typedText().pipe(z.string().min(1, { error: 'partners.error.chooseClient' }))),
});
export type PartnerInput = z.output<typeof partnerForm>;

const wholeNumber = (min: number, error: 'partners.error.units' | 'partners.error.unitPrice') =>
  orEmpty(typedText().pipe(z.string().regex(/^\d{1,9}$/, { error }).transform(Number).pipe(z.number().int().min(min, { error }))));

/** 再委託 terms: what the work is (never who does it), how much, by when, and whether it is disclosed as sub-contracted. */
export const subcontractForm = z
  .object({
    partnerId: orEmpty(z.uuid({ error: 'partners.error.choosePartner' })),
    packageId: orEmpty(typedText()),
    title: orEmpty(requiredText(200, 'partners.error.titleTooLong')),
    instructions: orEmpty(typedText().pipe(z.string().max(4000, { error: 'partners.error.instructionsTooLong' }))),
    units: wholeNumber(1, 'partners.error.units'),
    unitPriceYen: wholeNumber(0, 'partners.error.unitPrice'),
    deliveryDate: orEmpty(requiredDate('partners.error.date')),
    disclosed: tickedBox(),
    upstreamPaymentDueOn: orEmpty(optionalDate('partners.error.date')),
  })
  .superRefine((form, context) => {
    // The schema holds both or neither: the disclosure is the upstream payment date told to the partner.
    if (form.disclosed && !form.upstreamPaymentDueOn) context.addIssue({ code: 'custom', path: ['upstreamPaymentDueOn'], message: 'partners.error.paymentDueNeeded' });
    if (!form.disclosed && form.upstreamPaymentDueOn) context.addIssue({ code: 'custom', path: ['disclosed'], message: 'partners.error.disclosureNeeded' });
  });
export type SubcontractInput = z.output<typeof subcontractForm>;
