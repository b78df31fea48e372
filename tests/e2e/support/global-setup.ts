import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  interface ProvidedContext {
    /** A folder for this run's seeded demo data folders (see `startServer`). */
    e2eTemplateRoot: string;
  }
}

/** Gives the browser test files one folder to share seeded demo data in, removed after the run. */
export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(tmpdir(), 'machiwork-e2e-templates-'));
  project.provide('e2eTemplateRoot', root);
  return async () => {
    await rm(root, { recursive: true, force: true });
  };
}
