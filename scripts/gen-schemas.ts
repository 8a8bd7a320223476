/**
 * Writes the published policy schema and Chrome's managed-storage schema from lib/policy/schema.ts.
 * Run after changing the Policy shape or a rule's options: `npx tsx scripts/gen-schemas.ts`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLISHED_SCHEMA_FILES } from '../lib/policy/published';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [file, build] of Object.entries(PUBLISHED_SCHEMA_FILES)) {
  writeFileSync(join(root, file), build());
  console.log(`wrote ${file}`);
}
