import type { z } from 'zod';
import type { AppContext } from '../app-env';
import type { ApiScope } from '../features/api-tokens/schema';

/** The token a request came with, once authenticated: whose it is and what it may do. */
export type ApiCaller = { id: string; kind: 'client' | 'partner'; clientId: string | null; partnerId: string | null; scopes: ApiScope[] };

/** A JSON answer's schema, or `binary` for a download (bytes as application/octet-stream). */
export type ApiResponseSpec = { description: string; schema?: z.ZodType; binary?: true; headers?: Record<string, string> };

/**
 * One operation of the `/api/v1` API. The same Zod schemas validate the request, type the handler
 * and describe the operation in the OpenAPI document (`openapi-document.ts`), so the document
 * cannot drift from what the code accepts and answers.
 */
export type ApiRoute<Params extends z.ZodType = z.ZodType, Query extends z.ZodType = z.ZodType, Body extends z.ZodType = z.ZodType, Headers extends z.ZodType = z.ZodType> = {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Under /api/v1, in OpenAPI form: `/orders/{orderId}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** The token must hold every one of these. */
  scopes: readonly ApiScope[];
  params?: Params;
  query?: Query;
  body?: Body;
  /** Request headers the operation reads, by lower-case name (e.g. `idempotency-key`). */
  headers?: Headers;
  /** Success and the errors particular to this operation (400, 401, 403, 404 and 429 are added for every one); a handler answers an error with `problemResponse`. */
  responses: Record<number, ApiResponseSpec>;
  handler: (
    c: AppContext,
    input: { caller: ApiCaller; params: z.output<Params>; query: z.output<Query>; body: z.output<Body>; headers: z.output<Headers> },
  ) => Promise<{ status: number; body: unknown; headers?: Record<string, string> } | Response>;
};

/** Declares an operation, keeping its handler's input typed by its schemas. */
export function apiRoute<Params extends z.ZodType, Query extends z.ZodType, Body extends z.ZodType, Headers extends z.ZodType>(
  route: ApiRoute<Params, Query, Body, Headers>,
): ApiRoute {
  return route as unknown as ApiRoute;
}
