/**
 * Chrome loads an extension only if its managed schema follows Chrome's own rules — and says so only
 * once an organisation pushes a policy (the extension then silently fails to load). Regression: a
 * `minimum` on a number (phi.minScore) kept the extension from loading on managed machines.
 */
import { describe, expect, it } from 'vitest';
import managed from '../../../public/managed_schema.json';

type Node = Record<string, unknown>;
const ALLOWED = new Set(['type', 'properties', 'additionalProperties', 'patternProperties', 'items', 'enum', 'description', 'title', 'minimum', 'maximum', 'pattern', '$ref', 'id', 'required', 'sensitiveValue']);
const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

function walk(node: Node, path: string, problems: string[]) {
  for (const key of Object.keys(node)) if (!ALLOWED.has(key)) problems.push(`${path}: "${key}" is not a Chrome schema keyword`);
  if (!('$ref' in node) && !TYPES.has(node.type as string)) problems.push(`${path}: type must be one Chrome type, got ${JSON.stringify(node.type)}`);
  if (('minimum' in node || 'maximum' in node) && node.type !== 'integer') problems.push(`${path}: minimum/maximum only on integers`);
  if ('enum' in node && node.type !== 'string' && node.type !== 'integer') problems.push(`${path}: enum only on strings and integers`);
  for (const k of ['properties', 'patternProperties'] as const) {
    for (const [name, child] of Object.entries((node[k] ?? {}) as Record<string, Node>)) walk(child, `${path}/${name}`, problems);
  }
  for (const k of ['items', 'additionalProperties'] as const) {
    if (typeof node[k] === 'object' && node[k] !== null) walk(node[k] as Node, `${path}/${k}`, problems);
  }
}

describe('public/managed_schema.json follows Chrome\'s schema rules', () => {
  it('uses only keywords and shapes Chrome accepts', () => {
    const problems: string[] = [];
    walk(managed as Node, '', problems);
    expect(problems).toEqual([]);
  });
});
