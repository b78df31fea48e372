import { z } from 'zod';
import { apiRoute } from '../../api/define-api-route';
import { problemResponse } from '../../api/problem';
import { sendUpload } from '../../files/send-upload';
import { todayInJapan } from '../availability/calendar';
import { orderStatuses } from '../orders/schema';
import { inquiryForm } from '../orders/validation';
import { summarizeOrderProgress } from '../review/summarize-order-progress';
import { listAcceptedDeliverables } from './list-accepted-deliverables';
import { listClientOrders } from './list-client-orders';
import { sendClientInquiry } from './send-client-inquiry';

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

/** When the rest will be done at the pace of the last two weeks, as the portal's 見通し says. */
const forecastSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('done') }),
    z.object({ kind: z.literal('noData') }),
    z.object({
      kind: z.literal('projected'),
      unitsPerDay: z.number(),
      remainingUnits: z.number().int(),
      finishOn: z.iso.date(),
      dueOn: z.iso.date().nullable(),
      onTrack: z.boolean().nullable(),
    }),
  ])
  .meta({ description: 'done: all accepted; noData: nothing accepted lately to project from; projected: the finish date at the recent pace, and whether that is by the delivery date.' });

/** One order's progress as the portal's order page shows it: the whole, its forecast, and each work package. */
const orderProgressSchema = clientOrderSchema.extend({
  unitName: z.string().nullable().meta({ description: 'What the units count (e.g. 件), when every package counts the same thing.' }),
  forecast: forecastSchema,
  packages: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      deadline: z.iso.date(),
      unitName: z.string().nullable(),
      totalUnits: z.number().int().min(0),
      acceptedUnits: z.number().int().min(0),
    }),
  ),
});

const deliverableSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  sizeBytes: z.number().int().min(0),
  contentType: z.string(),
  part: z.string().meta({ description: 'The piece of work (task) it was handed in for.' }),
  acceptedOn: z.iso.date().nullable(),
});

const orderPath = z.object({ orderId: z.uuid() });

/** The inquiry form's own fields (the same rules as the staff form), and the date the client would like it done by. */
const inquiryBody = z.object({
  title: inquiryForm.shape.title,
  inquiry: inquiryForm.shape.inquiry.optional().meta({ description: 'What the work is: amount, format, anything the quote needs.' }),
  desiredDeliveryDate: z.iso
    .date({ error: 'order.error.date' })
    .refine((date) => date >= todayInJapan(), { error: 'portal.api.error.pastDate' })
    .optional()
    .meta({ description: 'The delivery date the client would like (YYYY-MM-DD); staff confirm or change it in the quote.' }),
});

/** The order, if it is one of this token's client's own (not lost); otherwise nothing, as in the portal. */
async function clientOrder(db: Parameters<typeof listClientOrders>[0], clientId: string | null, orderId: string) {
  return clientId ? (await listClientOrders(db, clientId, orderId))[0] : undefined;
}

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
  apiRoute({
    method: 'post',
    path: '/inquiries',
    operationId: 'sendInquiry',
    summary: 'Send an inquiry; it becomes an order in status inquiry that staff quote',
    description:
      'Orders start as inquiries, as on the phone: staff agree the terms and send a quote, and the order moves on from there (follow it with GET /orders/{orderId}). Send an Idempotency-Key to retry safely: the same key from the same client again answers the inquiry it created first.',
    tag: 'Client orders',
    scopes: ['orders.write'],
    body: inquiryBody,
    headers: z.object({
      'idempotency-key': z
        .string()
        .regex(/^[\x21-\x7e]{1,200}$/, { error: 'portal.api.error.idempotencyKey' })
        .optional()
        .meta({ description: 'Any unique string (e.g. a UUID) for this inquiry; a retry with the same key creates nothing new.' }),
    }),
    responses: { 201: { description: 'The inquiry was received; Location names the new order.', schema: z.object({ id: z.uuid() }), headers: { Location: 'The new order in the API.' } } },
    handler: async (c, { caller, body, headers }) => {
      if (!caller.clientId) return problemResponse(c, 403, 'api.error.scope', { detail: 'orders.write' });
      const inquiry = { title: body.title, inquiry: body.inquiry ?? null, deliveryDate: body.desiredDeliveryDate ?? null };
      const { id } = await sendClientInquiry(c.var.deps.db, caller.clientId, inquiry, headers['idempotency-key'] ?? null);
      return { status: 201, body: { id }, headers: { location: `/api/v1/orders/${id}` } };
    },
  }),
  apiRoute({
    method: 'get',
    path: '/orders/{orderId}',
    operationId: 'getOrder',
    summary: 'One of the client’s orders with its progress, whole and per work package',
    tag: 'Client orders',
    scopes: ['orders.read'],
    params: orderPath,
    responses: { 200: { description: 'The order and its progress.', schema: orderProgressSchema } },
    handler: async (c, { caller, params }) => {
      const db = c.var.deps.db;
      const order = await clientOrder(db, caller.clientId, params.orderId);
      const progress = order ? await summarizeOrderProgress(db, order.id, todayInJapan()) : null;
      if (!order || !progress) return problemResponse(c, 404, 'api.error.notFound');
      const packages = progress.packages.map(({ id, title, deadline, unitName, totalUnits, acceptedUnits }) => ({ id, title, deadline, unitName, totalUnits, acceptedUnits }));
      return { status: 200, body: { ...order, unitName: progress.unitName, forecast: progress.forecast, packages } };
    },
  }),
  apiRoute({
    method: 'get',
    path: '/orders/{orderId}/deliverables',
    operationId: 'listDeliverables',
    summary: 'The files of the order’s accepted work',
    tag: 'Client orders',
    scopes: ['deliverables.read'],
    params: orderPath,
    responses: { 200: { description: 'The accepted deliverables, in the order they were accepted.', schema: z.object({ deliverables: z.array(deliverableSchema) }) } },
    handler: async (c, { caller, params }) => {
      const db = c.var.deps.db;
      const order = await clientOrder(db, caller.clientId, params.orderId);
      if (!order) return problemResponse(c, 404, 'api.error.notFound');
      const files = await listAcceptedDeliverables(db, order.id);
      return { status: 200, body: { deliverables: files.map(({ taskTitle, ...file }) => ({ ...file, part: taskTitle })) } };
    },
  }),
  apiRoute({
    method: 'get',
    path: '/orders/{orderId}/deliverables/{fileId}',
    operationId: 'downloadDeliverable',
    summary: 'Download one accepted deliverable’s bytes',
    tag: 'Client orders',
    scopes: ['deliverables.read'],
    params: orderPath.extend({ fileId: z.uuid() }),
    responses: { 200: { description: 'The file (its name in Content-Disposition, its type in the deliverables list).', binary: true } },
    handler: async (c, { caller, params }) => {
      const db = c.var.deps.db;
      const order = await clientOrder(db, caller.clientId, params.orderId);
      // Only work already accepted, as the portal lets the client's people download it.
      const file = order ? (await listAcceptedDeliverables(db, order.id)).find((deliverable) => deliverable.id === params.fileId) : undefined;
      const notFound = () => problemResponse(c, 404, 'api.error.notFound');
      if (!file) return notFound();
      return sendUpload(c, { id: file.id, originalName: file.name, contentType: 'application/octet-stream' }, notFound);
    },
  }),
];
