import type { AppContext } from '../app-env';
import { renderPage } from '../ui/layout';
import type { OpenApiDocument } from './openapi-document';

type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security: { bearerToken: string[] }[];
  parameters: { name: string; in: string; required: boolean; description?: string; schema: unknown }[];
  requestBody?: { content: { 'application/json': { schema: unknown } } };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};

const json = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The API reference for people: each operation of the OpenAPI document by tag — method and path,
 * scopes, parameters, request and response schemas — made from the document itself, so it says
 * what the code does. The document is linked for tools.
 */
export function renderApiReference(c: AppContext, document: OpenApiDocument) {
  const { t } = c.var;
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation: operation as Operation })),
  );
  return renderPage(c, {
    title: t('api.reference.title'),
    children: (
      <>
        <p>{t('api.reference.lead', { version: document.info.version })}</p>
        <p>{document.info.description}</p>
        <ul>
          <li>
            <a href="/api/v1/openapi.json">{t('api.reference.document')}</a>
          </li>
        </ul>
        <h2>{t('api.reference.authentication')}</h2>
        <p>{t('api.reference.authenticationText')}</p>
        {document.tags.map((tag) => (
          <section aria-labelledby={`tag-${tag.name.replace(/\W+/g, '-')}`}>
            <h2 id={`tag-${tag.name.replace(/\W+/g, '-')}`}>{tag.name}</h2>
            {operations
              .filter(({ operation }) => operation.tags.includes(tag.name))
              .map(({ path, method, operation }) => (
                <article aria-labelledby={`op-${operation.operationId}`} class="api-operation">
                  <h3 id={`op-${operation.operationId}`}>
                    <code>
                      {method.toUpperCase()} {document.servers[0]!.url}
                      {path}
                    </code>{' '}
                    {operation.summary}
                  </h3>
                  {operation.description ? <p>{operation.description}</p> : null}
                  <p>{t('api.reference.scopes', { scopes: operation.security.flatMap((item) => item.bearerToken).join(', ') })}</p>
                  {operation.parameters.length > 0 ? (
                    // Long schemas may make the table scroll sideways: it takes focus so keyboards can scroll it.
                    <table class="data-table" tabindex={0}>
                      <caption>{t('api.reference.parameters')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('api.reference.name')}</th>
                          <th scope="col">{t('api.reference.in')}</th>
                          <th scope="col">{t('api.reference.required')}</th>
                          <th scope="col">{t('api.reference.schema')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {operation.parameters.map((parameter) => (
                          <tr>
                            <th scope="row">
                              <code>{parameter.name}</code>
                            </th>
                            <td>{parameter.in}</td>
                            <td>{parameter.required ? t('api.reference.yes') : t('api.reference.no')}</td>
                            <td>
                              <code>{JSON.stringify(parameter.schema)}</code>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ) : null}
                  {operation.requestBody ? (
                    <>
                      <h4>{t('api.reference.requestBody')}</h4>
                      <pre tabindex={0}>{json(operation.requestBody.content['application/json'].schema)}</pre>
                    </>
                  ) : null}
                  <h4>{t('api.reference.responses')}</h4>
                  <dl>
                    {Object.entries(operation.responses).map(([status, response]) => {
                      const content = response.content?.['application/json'];
                      // Errors (problem+json) and downloads (octet-stream) say what they send.
                      const otherType = Object.keys(response.content ?? {}).find((type) => type !== 'application/json');
                      return (
                        <>
                          <dt>
                            <code>{status}</code>
                            {otherType ? (
                              <>
                                {' '}
                                <code>{otherType}</code>
                              </>
                            ) : null}
                          </dt>
                          <dd>
                            {response.description}
                            {content ? <pre tabindex={0}>{json(content.schema)}</pre> : null}
                          </dd>
                        </>
                      );
                    })}
                  </dl>
                </article>
              ))}
          </section>
        ))}
      </>
    ),
  });
}
