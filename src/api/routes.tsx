import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { allow } from '../auth/middleware';
import { partnerApiRoutes } from '../features/partners/api-routes';
import { clientApiRoutes } from '../features/portal/api-routes';
import { buildApiRouter } from './api-router';
import type { ApiRoute } from './define-api-route';
import { buildOpenApiDocument } from './openapi-document';
import { renderApiReference } from './reference-page';

/** Every operation of `/api/v1`, in the order the reference lists them. */
export const apiOperations: readonly ApiRoute[] = [...clientApiRoutes, ...partnerApiRoutes];

/** The API's version: the document's `info.version`; a breaking change means /api/v2. */
export const apiVersion = '1.0.0';

/** What each group of operations is for, in the reference and the document. */
const tagDescriptions: Record<string, string> = {
  'Client orders': 'For a client’s own systems: the same orders, progress and deliverables its people see in the portal.',
  'Partner towns': 'Between two towns’ Machiwork installations: one offers work (sub-contracting), the other reports how it stands. Work and totals cross, never a worker’s personal data.',
};

export const openApiDocument = buildOpenApiDocument(apiOperations, apiVersion, tagDescriptions);

/** The API, its OpenAPI document and its readable reference. */
export const apiRoutes = new Hono<AppEnv>();
apiRoutes.get('/api/v1/openapi.json', allow('public'), (c) => c.json(openApiDocument));
apiRoutes.get('/api/docs', allow('public'), (c) => renderApiReference(c, openApiDocument));
apiRoutes.route('/', buildApiRouter(apiOperations));
