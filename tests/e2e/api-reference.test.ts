import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { describeInBrowser, useE2E } from './support/e2e';

describeInBrowser('API reference', () => {
  const e2e = useE2E();

  it('anyone reads the API reference, made from the OpenAPI document, and opens the document', async () => {
    const page = await e2e.newPage();
    await page.goto('/api/docs');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('APIリファレンス');
    for (const operation of [/^GET \/api\/v1\/orders The client/, /^POST \/api\/v1\/inquiries /, /^POST \/api\/v1\/partner\/offers /]) {
      await expect(page.getByRole('heading', { level: 3, name: operation }).isVisible()).resolves.toBe(true);
    }
    await expectNoAxeViolations(page, 'the API reference');
    const document = await page.request.get('/api/v1/openapi.json');
    expect(((await document.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });
});
