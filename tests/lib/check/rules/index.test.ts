import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CheckDoc } from '../../../../lib/check/doc';
import { RULES, runRules } from '../../../../lib/check/rules';
import { DEFAULT_POLICY } from '../../../../lib/policy/default';
import type { Policy } from '../../../../lib/policy/types';

const here = dirname(fileURLToPath(import.meta.url));
const ruleDir = join(here, '../../../../lib/check/rules');
const helpers = new Set(['index.ts', 'rule.ts', 'text.ts', 'needles.ts', 'custom.ts']);

const tweak = (ruleId: string, setting: Record<string, unknown>): Policy => ({
  ...DEFAULT_POLICY,
  rules: { ...DEFAULT_POLICY.rules, [ruleId]: { ...DEFAULT_POLICY.rules[ruleId], ...setting } },
});
const claim = 'vaccines cause autism, wake up';

describe('rule registry (conventions)', () => {
  const files = readdirSync(ruleDir).filter((f) => f.endsWith('.ts') && !helpers.has(f));

  it.each(files)('%s is registered, tested and configured in the default policy', (file) => {
    const id = file.replace(/\.ts$/, '');
    const rule = RULES.find((r) => r.meta.id === id);
    expect(rule, `${file} is missing from RULES`).toBeDefined();
    expect(readdirSync(here)).toContain(`${id}.test.ts`);
    expect(DEFAULT_POLICY.rules[id], `default policy has no rules.${id}`).toBeDefined();
    const section = DEFAULT_POLICY.rules[id].section ?? rule!.meta.section;
    expect(DEFAULT_POLICY.policyText.map((s) => s.id)).toContain(section);
  });

  it.each(RULES.map((r) => [r.meta.id, r]))('%s has a description, messages and an options schema', (_id, rule) => {
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    expect(rule.meta.options).toMatchObject({ type: 'object' });
  });
});

describe('runRules applies the policy settings', () => {
  const run = (text: string, policy: Policy) => runRules(new CheckDoc(text), policy, []);

  it('uses the policy severity, or the rule default', () => {
    expect(run(claim, DEFAULT_POLICY)[0].severity).toBe('block');
    expect(run(claim, tweak('misinformation', { severity: 'info' }))[0].severity).toBe('info');
  });

  it('honours a message override with placeholders', () => {
    const [f] = run(claim, tweak('misinformation', { message: 'Our policy forbids this claim: {{claim}}.' }));
    expect(f.message).toBe('Our policy forbids this claim: vaccines cause autism.');
  });

  it('switches a rule off', () => {
    expect(run(claim, tweak('misinformation', { enabled: false }))).toEqual([]);
  });

  it('points each finding at its policy section and names its rule', () => {
    const [f] = run(claim, DEFAULT_POLICY);
    expect(f).toMatchObject({ category: 'MISINFORMATION', rule: 'misinformation', section: 'claims' });
    expect(claim.slice(f.start, f.end)).toBe('vaccines cause autism');
  });

  it('raises nothing on plain health education', () => {
    expect(run('Flu shots are free this Saturday, 9 to 1, in the main lobby. Bring your insurance card.', DEFAULT_POLICY)).toEqual([]);
  });
});
