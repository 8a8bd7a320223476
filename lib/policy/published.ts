/**
 * The text of the published schema files, exactly as committed: schema/policy.schema.json and
 * public/managed_schema.json, and the precompiled validator. scripts/gen-schemas.ts writes them; a unit test compares them.
 */
import { buildManagedSchema } from './managed-schema';
import { buildPolicySchema } from './schema';
import { buildValidatorSource } from './validator-source';

export const PUBLISHED_SCHEMA_FILES: Record<string, () => string> = {
  'schema/policy.schema.json': () => `${JSON.stringify(buildPolicySchema(), null, 2)}\n`,
  'public/managed_schema.json': () => `${JSON.stringify(buildManagedSchema(), null, 2)}\n`,
  'lib/policy/generated/policy-validator.js': buildValidatorSource,
};
