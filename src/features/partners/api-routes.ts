import { z } from 'zod';
import { apiRoute, type ApiCaller } from '../../api/define-api-route';
import { problemResponse } from '../../api/problem';
import type { AppContext } from '../../app-env';
import { receivePartnerOffer } from './receive-partner-offer';
import { receivePartnerStatus } from './receive-partner-status';
import { subcontractStatuses } from './schema';

/** Work only: what to do, how much, by when; nothing about who will do it. */
const offerBody = z.object({
  reference: z.uuid().meta({ description: 'The sending town’s id for this sub-contract; answers and updates name it.' }),
  title: z.string().min(1).max(200),
  instructions: z.string().max(4000),
  units: z.number().int().min(1),
  unitPriceYen: z.number().int().min(0),
  deliveryDate: z.iso.date(),
  upstreamPaymentDueOn: z.iso.date().nullable().meta({
    description: '再委託の開示: when the sending town is paid by its own client. Given, it tells the receiving town the work is sub-contracted, so its pay to workers may fall due 30 days after this date.',
  }),
});

const statusBody = z.object({
  reference: z.uuid().meta({ description: 'The sending town’s id for the sub-contract (the offer’s reference).' }),
  orderId: z.uuid().meta({ description: 'The receiving town’s order for it.' }),
  status: z.enum(subcontractStatuses),
  acceptedUnits: z.number().int().min(0).meta({ description: 'Units the receiving town has accepted in review, in total.' }),
});

/** The partner the token stands for; a partner token is the only way in. */
function partnerOf(c: AppContext, caller: ApiCaller) {
  return caller.kind === 'partner' && caller.partnerId ? caller.partnerId : problemResponse(c, 403, 'api.error.scope', { detail: 'partner.exchange' });
}

/** Between partner towns' installations: offers of work one way, its progress the other. */
export const partnerApiRoutes = [
  apiRoute({
    method: 'post',
    path: '/partner/offers',
    operationId: 'receivePartnerOffer',
    summary: 'A partner town offers work (再委託); it becomes an inquiry from that town',
    description:
      'The receiving installation records the offer as an inquiry from the client record standing for the calling town, for its director to review and take on. The same reference sent again answers 200 with the same order.',
    tag: 'Partner towns',
    scopes: ['partner.exchange'],
    body: offerBody,
    responses: {
      201: { description: 'The offer was received as a new order.', schema: z.object({ orderId: z.uuid() }) },
      200: { description: 'This offer had been received before: its order.', schema: z.object({ orderId: z.uuid() }) },
      409: { description: 'This installation has no client record for the calling town yet.' },
    },
    handler: async (c, { caller, body }) => {
      const partnerId = partnerOf(c, caller);
      if (partnerId instanceof Response) return partnerId;
      const received = await receivePartnerOffer(c.var.deps.db, partnerId, body);
      if (!received.ok) return problemResponse(c, 409, 'partners.api.noClient');
      return { status: received.created ? 201 : 200, body: { orderId: received.orderId } };
    },
  }),
  apiRoute({
    method: 'post',
    path: '/partner/status',
    operationId: 'receivePartnerStatus',
    summary: 'A partner town reports where work it was offered stands',
    description: 'Status and accepted units of the receiving town’s order for a sub-contract; the sending town’s sub-contract takes them. Totals only, never who did the work.',
    tag: 'Partner towns',
    scopes: ['partner.exchange'],
    body: statusBody,
    responses: { 204: { description: 'The sub-contract was updated.' } },
    handler: async (c, { caller, body }) => {
      const partnerId = partnerOf(c, caller);
      if (partnerId instanceof Response) return partnerId;
      const outcome = await receivePartnerStatus(c.var.deps.db, partnerId, body);
      if (outcome === 'unknown') return problemResponse(c, 404, 'api.error.notFound');
      if (outcome === 'tooMany') return problemResponse(c, 400, 'partners.api.tooManyUnits');
      return { status: 204, body: null };
    },
  }),
];
