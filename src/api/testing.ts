import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { App } from '../app';
import { openApiDocument } from './routes';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'machiwork-openapi', components: openApiDocument.components });

type ResponseSpec = { content?: Record<string, { schema: Record<string, unknown> }> };

/** The schema the document gives for an operation's answer with this status and content type; throws when it gives none. */
function documentedSchema(method: string, template: string, status: number, contentType: string) {
  const operation = (openApiDocument.paths as Record<string, Record<string, { responses: Record<string, ResponseSpec> }>>)[template]?.[method];
  if (!operation) throw new Error(`${method.toUpperCase()} ${template} is not in the OpenAPI document`);
  const response = operation.responses[String(status)];
  if (!response) throw new Error(`${method.toUpperCase()} ${template} answered ${status}, which the document does not list`);
  if (status === 204) return undefined;
  const mediaType = contentType.split(';')[0]!.trim();
  const schema = response.content?.[mediaType]?.schema;
  if (!schema) throw new Error(`${method.toUpperCase()} ${template} ${status} answered ${mediaType}, which the document does not describe`);
  // References point into the document's components, registered above.
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"machiwork-openapi#/components/')) as Record<string, unknown>;
}

/**
 * Calls the API through the app (as `app.request`) and checks the answer against the OpenAPI
 * document — status listed, content type and body matching its schema — so every response a test
 * sees is one the document promises; a download's body is its bytes (Uint8Array). `template` is the documented path (`/orders/{orderId}`).
 */
export async function callApi(
  app: App,
  request: { method: 'get' | 'post' | 'put' | 'delete'; template: string; path?: string; token?: string; body?: unknown; headers?: Record<string, string> },
  // The body is checked against the document's schema below; tests then read it freely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any; headers: Headers }> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const response = await app.request(`/api/v1${request.path ?? request.template}`, {
    method: request.method.toUpperCase(),
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  const contentType = response.headers.get('content-type') ?? '';
  const schema = documentedSchema(request.method, request.template, response.status, contentType);
  // A download (documented as application/octet-stream) arrives as its bytes; there is no JSON to check.
  if (contentType.startsWith('application/octet-stream')) return { status: response.status, body: new Uint8Array(await response.arrayBuffer()), headers: response.headers };
  const text = await response.text();
  const body = text === '' ? undefined : JSON.parse(text);
  if (schema) {
    const validate = ajv.compile(schema);
    if (!validate(body)) throw new Error(`${request.method.toUpperCase()} ${request.template} ${response.status} does not match the document: ${ajv.errorsText(validate.errors)}\n${text}`);
  }
  return { status: response.status, body, headers: response.headers };
}
