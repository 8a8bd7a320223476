import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../../lib/check';
import { parsePolicyJson, validatePolicy } from '../../../lib/policy/validate';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('docs/examples/org-policy.json', () => {
  const result = parsePolicyJson(read('docs/examples/org-policy.json'));

  it('is a valid policy', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is in force as written: its custom rules fire and its severities apply', () => {
    if (!result.ok) return;
    const text = 'Better than Lakeview Medical, and see INC0042117 for the outage.';
    const found = check(text, result.policy).filter((f) => f.rule.startsWith('custom:'));
    expect(found.map((f) => [f.rule, text.slice(f.start, f.end), f.severity])).toEqual([
      ['custom:no-competitors', 'Lakeview Medical', 'warn'],
      ['custom:no-internal-tickets', 'INC0042117', 'block'],
    ]);
    expect(result.policy.rules['patient-story'].severity).toBe('block');
  });
});

describe('docs/deploy.md', () => {
  /** Every JSON example, wherever it nests the policy (Chrome file, Admin console, Firefox). */
  const blocks = [...read('docs/deploy.md').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]) as Record<string, unknown>);
  const policyIn = (doc: unknown): unknown => {
    if (!doc || typeof doc !== 'object') return undefined;
    const o = doc as Record<string, unknown>;
    if ('schemaVersion' in o) return o;
    for (const [k, v] of Object.entries(o)) {
      const found = k === 'Value' || k === 'policy' || typeof v === 'object' ? policyIn(v) : undefined;
      if (found) return found;
    }
    return undefined;
  };

  it('has examples for Chrome, the Admin console and Firefox', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((b, i) => [i, b]))('example %i carries a valid policy', (_i, block) => {
    const policy = policyIn(block);
    expect(policy).toBeDefined();
    const r = validatePolicy(policy);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('names the Firefox add-on id the manifest uses', () => {
    expect(read('docs/deploy.md')).toContain('postsafe@postsafe.invalid');
    expect(read('wxt.config.ts')).toContain('postsafe@postsafe.invalid');
  });
});
