/**
 * Chrome's storage.managed_schema, derived from the policy schema. Chrome understands only a subset of
 * JSON Schema (type, properties, additionalProperties as a schema, patternProperties, items, enum,
 * description, title, minimum, maximum, pattern, $ref, id), so everything else is dropped here and
 * enforced by validatePolicy when the extension reads the policy. The whole policy sits under one key,
 * `policy`, so an admin pushes one object and precedence stays all-or-nothing.
 */
import { buildPolicySchema, type JsonSchema } from './schema';

const KEPT = new Set(['type', 'properties', 'additionalProperties', 'patternProperties', 'items', 'enum', 'description', 'title', 'minimum', 'maximum', 'pattern', '$ref', 'id']);

function strip(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!KEPT.has(key)) continue;
    // Chrome refuses to load an extension whose managed schema bounds a non-integer ("Only integers
    // can have minimum and maximum") — and only says so once a policy is pushed. Bounds on numbers are
    // enforced by validatePolicy instead.
    if ((key === 'minimum' || key === 'maximum') && schema.type !== 'integer') continue;
    // Chrome allows enum only on strings and integers.
    if (key === 'enum' && schema.type !== 'string' && schema.type !== 'integer') continue;
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [k, strip(v)]));
    } else if (key === 'items' || key === 'additionalProperties') {
      // Chrome wants a schema here; `false` is enforced later by validatePolicy.
      if (typeof value === 'object' && value !== null) out[key] = strip(value as JsonSchema);
    } else {
      out[key] = value;
    }
  }
  return out;
}

export function buildManagedSchema(): JsonSchema {
  const full = buildPolicySchema();
  // "$schema" only helps editors of a file; an admin console has no use for it.
  const { $schema: _editorsOnly, ...properties } = full.properties as Record<string, JsonSchema>;
  return {
    type: 'object',
    properties: {
      policy: { ...strip({ ...full, properties }), description: `${String(full.description)} Pushed by the organisation through browser management.` },
    },
  };
}
