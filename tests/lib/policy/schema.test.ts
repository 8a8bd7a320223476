import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../lib/policy/default';
import { buildManagedSchema } from '../../../lib/policy/managed-schema';
import { PUBLISHED_SCHEMA_FILES } from '../../../lib/policy/published';
import { HINT } from '../../../lib/policy/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** What Chrome's managed_schema understands (developer.chrome.com, "Manifest - storage"). */
const CHROME_KEYWORDS = new Set(['type', 'properties', 'additionalProperties', 'patternProperties', 'items', 'enum', 'description', 'title', 'minimum', 'maximum', 'pattern', '$ref', 'id']);
const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

function keywordsOf(schema: Record<string, unknown>, out: string[] = []): string[] {
  for (const [key, value] of Object.entries(schema)) {
    out.push(key);
    if (key === 'properties' || key === 'patternProperties') for (const v of Object.values(value as Record<string, Record<string, unknown>>)) keywordsOf(v, out);
    if ((key === 'items' || key === 'additionalProperties') && typeof value === 'object') keywordsOf(value as Record<string, unknown>, out);
  }
  return out;
}

describe('published schemas', () => {
  it.each(Object.entries(PUBLISHED_SCHEMA_FILES))('%s is up to date (run: npx tsx scripts/gen-schemas.ts)', (file, build) => {
    expect(readFileSync(join(root, file), 'utf8')).toBe(build());
  });

  it('the published schema, read as any JSON Schema tool would, accepts the default policy', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schema/policy.schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    expect(ajv.validate(schema, DEFAULT_POLICY), JSON.stringify(ajv.errors)).toBe(true);
    expect(schema.properties.schemaVersion.enum).toEqual([1]);
  });

  it('the managed schema keeps the whole policy under one key, using only what Chrome understands', () => {
    const managed = buildManagedSchema() as { type: string; properties: Record<string, Record<string, unknown>> };
    expect(managed.type).toBe('object');
    expect(Object.keys(managed.properties)).toEqual(['policy']);
    const used = new Set(keywordsOf(managed as unknown as Record<string, unknown>));
    expect([...used].filter((k) => !CHROME_KEYWORDS.has(k))).toEqual([]);
    expect(used.has(HINT)).toBe(false);
    const types = JSON.stringify(managed).match(/"type":"[^"]+"/g) ?? [];
    for (const t of types) expect(CHROME_TYPES.has(t.slice(8, -1)), t).toBe(true);
  });
});
