import { z } from 'zod';
import { apiRoute } from '../../api/define-api-route';
import { orderStatuses } from '../orders/schema';
import { listClientOrders } from './list-client-orders';

/** An order as its client sees it in the portal: where it stands and how much is done. */
export const clientOrderSchema = z.object({
  id: z.uuid(),
  number: z.number().int().nullable().meta({ description: '受注番号 (none while an inquiry)' }),
  title: z.string(),
  status: z.enum(orderStatuses.filter((status) => status !== 'lost') as [string, ...string[]]),
  deliveryDate: z.iso.date().nullable(),
  totalUnits: z.number().int().min(0),
  acceptedUnits: z.number().int().min(0),
});

/** The client API: the portal's views for a client's own systems, with the portal's permissions. */
export const clientApiRoutes = [
  apiRoute({
    method: 'get',
    path: '/orders',
    operationId: 'listOrders',
    summary: 'The client’s orders, newest first, with units accepted of the total',
    tag: 'Client orders',
    scopes: ['orders.read'],
    responses: { 200: { description: 'The orders.', schema: z.object({ orders: z.array(clientOrderSchema) }) } },
    handler: async (c, { caller }) => ({ status: 200, body: { orders: caller.clientId ? await listClientOrders(c.var.deps.db, caller.clientId) : [] } }),
  }),
];
