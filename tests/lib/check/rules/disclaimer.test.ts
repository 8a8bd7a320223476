import { describe, expect, it } from 'vitest';
import { CheckDoc } from '../../../../lib/check/doc';
import { runRule } from '../../../../lib/check/rules';
import disclaimer from '../../../../lib/check/rules/disclaimer';
import type { Rule } from '../../../../lib/check/rules/rule';
import { DEFAULT_POLICY } from '../../../../lib/policy/default';
import type { Policy } from '../../../../lib/policy/types';
import { ruleTester } from './rule-tester';

const required: Partial<Policy> = { disclaimer: { ...DEFAULT_POLICY.disclaimer, required: true } };
const always: Partial<Policy> = { disclaimer: { ...DEFAULT_POLICY.disclaimer, required: true, appliesTo: 'always' } };
const text = DEFAULT_POLICY.disclaimer.text;

ruleTester(disclaimer as Rule<never>, {
  valid: [
    // required: false in the default policy
    { text: 'Get your flu vaccine this week.' },
    { text: 'Happy Nurses Week to our whole team!', policy: required },
    { text: `Get your flu vaccine this week. ${text}`, policy: required },
    { text: `Get your flu vaccine this week.\n\n${text.toUpperCase()}`, policy: required },
    { text: 'Vacúnese contra la gripe. General information, not medical advice! Talk to your own clinician about your care', policy: required },
  ],
  invalid: [
    { text: 'Get your flu vaccine this week.', policy: required, errors: [{ messageId: 'missing', span: 'Get your flu vaccine this week.' }] },
    { text: 'Happy Nurses Week! Cake at 2.', policy: always, errors: [{ messageId: 'missing', span: 'Cake at 2.' }] },
    { text: 'La vacuna contra la gripe protege a su familia.', policy: required, errors: [{ messageId: 'missing', span: 'La vacuna contra la gripe protege a su familia.' }] },
  ],
});

describe('disclaimer', () => {
  it('is off by default: an unmanaged clinician is never asked for one', () => {
    expect(DEFAULT_POLICY.rules.disclaimer.enabled).toBe(false);
    expect(DEFAULT_POLICY.disclaimer.required).toBe(false);
  });

  it('offers to append the policy text', () => {
    const policy = { ...DEFAULT_POLICY, ...required, rules: { ...DEFAULT_POLICY.rules, disclaimer: { ...DEFAULT_POLICY.rules.disclaimer, enabled: true } } };
    const [f] = runRule(disclaimer as Rule<never>, new CheckDoc('Wear sunscreen. '), policy, []);
    expect(f.fixes).toEqual([{ kind: 'replace', replacement: `Wear sunscreen.\n\n${text}`, label: 'Add the disclaimer' }]);
  });
});
