import { z } from 'zod';
import type { ApiResponseSpec, ApiRoute } from './define-api-route';

/** JSON Schema for OpenAPI 3.1 (draft 2020-12) without the `$schema` line each schema would repeat. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

const problemSchema = {
  type: 'object',
  description: 'An error (RFC 9457). `title` is in the language asked for with Accept-Language (ja or en).',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      description: 'For invalid input: each field (path.x, query.x or body.x) and what is wrong with it.',
      items: { type: 'object', properties: { name: { type: 'string' }, message: { type: 'string' } }, required: ['name', 'message'] },
    },
  },
  required: ['type', 'title', 'status'],
};

const commonErrors: Record<number, ApiResponseSpec> = {
  400: { description: 'Invalid input: which fields and why.' },
  401: { description: 'No token, or a token unknown, expired or revoked.' },
  403: { description: 'The token lacks a scope this operation needs.' },
  404: { description: 'Nothing of that id that this token may see.' },
  429: { description: 'Too many requests this minute; the Retry-After header says when to try again.' },
};

/** The parameters of one location (path, query or header) from an object schema. */
function parameters(schema: z.ZodType | undefined, location: 'path' | 'query' | 'header') {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (object.required ?? []).includes(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }));
}

/**
 * The OpenAPI 3.1 document of the `/api/v1` API, made from the same operation list and Zod
 * schemas the router serves (served at /api/v1/openapi.json, linted in CI).
 */
export function buildOpenApiDocument(routes: readonly ApiRoute[], version: string, tagDescriptions: Record<string, string>) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const responses: Record<string, unknown> = {};
    for (const [status, spec] of Object.entries({ ...commonErrors, ...route.responses })) {
      const isError = Number(status) >= 400;
      const content = isError
        ? { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
        : spec.binary
          ? { 'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } }
          : spec.schema
            ? { 'application/json': { schema: jsonSchema(spec.schema, 'output') } }
            : undefined;
      const headers = spec.headers ? Object.fromEntries(Object.entries(spec.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }])) : undefined;
      responses[status] = { description: spec.description, ...(headers ? { headers } : {}), ...(content ? { content } : {}) };
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method] = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      security: [{ bearerToken: [...route.scopes] }],
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query'), ...parameters(route.headers, 'header')],
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } } : {}),
      responses,
    };
  }
  const tags = [...new Set(routes.map((route) => route.tag))].map((name) => ({ name, description: tagDescriptions[name] ?? name }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Machiwork API',
      version,
      description:
        'The API of one Machiwork installation (one town). Clients send inquiries and orders, follow progress and fetch accepted deliverables; partner towns exchange sub-contracted work. Authenticate with `Authorization: Bearer <token>`; tokens are issued by the operator with scopes and an expiry.',
    },
    servers: [{ url: '/api/v1' }],
    tags,
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: { bearerToken: { type: 'http', scheme: 'bearer', description: 'An API token issued by the operator (mw_…).' } },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
