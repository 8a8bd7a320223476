/**
 * A strict RuleTester after ESLint's: `valid` drafts must raise nothing; every `invalid` draft lists each
 * expected finding with its message id and the exact text of its span, and raises nothing else.
 * Options default to the rule's settings in the embedded default policy, so the tests exercise the
 * vocabulary an unmanaged clinician really gets.
 */
import { describe, expect, it } from 'vitest';
import { CheckDoc } from '../../../../lib/check/doc';
import { runRule } from '../../../../lib/check/rules';
import type { Rule } from '../../../../lib/check/rules/rule';
import type { Finding } from '../../../../lib/check/types';
import { DEFAULT_POLICY } from '../../../../lib/policy/default';
import type { Policy } from '../../../../lib/policy/types';

export interface ExpectedError {
  messageId: string;
  /** the exact text the finding spans */
  span: string;
}

export interface Case {
  text: string;
  /** replaces rules[id].options wholesale */
  options?: Record<string, unknown>;
  /** changes to the policy for this case (merged one level deep) */
  policy?: Partial<Policy>;
  phi?: Finding[];
}

export interface InvalidCase extends Case {
  errors: ExpectedError[];
}

function policyFor(rule: Rule<never>, c: Case): Policy {
  const policy: Policy = { ...DEFAULT_POLICY, ...c.policy, rules: { ...DEFAULT_POLICY.rules, ...c.policy?.rules } };
  const setting = { ...policy.rules[rule.meta.id], enabled: true };
  if (c.options) setting.options = c.options;
  policy.rules = { ...policy.rules, [rule.meta.id]: setting };
  return policy;
}

function run(rule: Rule<never>, c: Case): Finding[] {
  return runRule(rule, new CheckDoc(c.text), policyFor(rule, c), c.phi ?? []);
}

/** The message id is recovered from the rule's templates (the tester runs without message overrides). */
function messageIdOf(rule: Rule<never>, f: Finding): string | undefined {
  return Object.entries(rule.meta.messages).find(([, template]) => {
    const re = new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{\s*\w+\s*\\\}\\\}/g, '[\\s\\S]*')}$`);
    return re.test(f.message);
  })?.[0];
}

export function ruleTester(rule: Rule<never>, cases: { valid: (string | Case)[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it.each(cases.valid.map((c) => (typeof c === 'string' ? { text: c } : c)).map((c) => [c.text, c]))('valid: %s', (_t, c) => {
      expect(run(rule, c as Case)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.text, c]))('invalid: %s', (_t, c) => {
      const invalid = c as InvalidCase;
      expect(invalid.errors.length, 'an invalid case must list its errors').toBeGreaterThan(0);
      for (const e of invalid.errors) {
        expect(e.messageId, 'every expected error names a message id').toBeTruthy();
        expect(rule.meta.messages[e.messageId], `unknown message id ${e.messageId}`).toBeDefined();
        expect(e.span, 'every expected error names its span').toBeTruthy();
      }
      const found = run(rule, invalid);
      const actual = found.map((f) => ({ messageId: messageIdOf(rule, f), span: invalid.text.slice(f.start, f.end) }));
      expect(actual).toEqual(invalid.errors);
      for (const f of found) {
        expect(f.category).toBe(rule.meta.category);
        expect(f.rule).toBe(rule.meta.id);
        expect(f.message).not.toMatch(/\{\{/);
      }
    });
  });
}
