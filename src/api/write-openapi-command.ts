import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openApiDocument } from './routes';

// `npm run lint:openapi` writes the document where the linter reads it; the server serves the same object.
const target = process.argv[2] ?? 'build/openapi.json';
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(openApiDocument, null, 2)}\n`);
console.log(`wrote ${target}`);
