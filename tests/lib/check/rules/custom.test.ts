import { describe, expect, it } from 'vitest';
import { CheckDoc } from '../../../../lib/check/doc';
import { runCustomRules } from '../../../../lib/check/rules/custom';
import { DEFAULT_POLICY } from '../../../../lib/policy/default';
import type { CustomRule, Policy } from '../../../../lib/policy/types';

const withRules = (customRules: CustomRule[]): Policy => ({ ...DEFAULT_POLICY, customRules });
const spans = (text: string, policy: Policy) => runCustomRules(new CheckDoc(text), policy).map((f) => ({ span: text.slice(f.start, f.end), rule: f.rule, category: f.category, severity: f.severity, message: f.message, fixes: f.fixes }));

const competitor: CustomRule = { id: 'no-competitor', kind: 'terms', terms: ['Lakeside Clinic', 'Northwind Health'], severity: 'warn', message: 'Do not name other providers ({{text}}).', snippet: 'hand-hygiene-en' };
const cure: CustomRule = { id: 'no-cure-words', kind: 'phrase', match: '(cure|cures|cured) #Noun', severity: 'block', message: 'Avoid "cure" claims.', category: 'OUTCOME_GUARANTEE' };
const ticket: CustomRule = { id: 'no-tickets', kind: 'regex', pattern: 'INC\\d{6}', flags: '', severity: 'info', message: 'Internal ticket number {{text}}.' };

describe('custom rules', () => {
  it.each([
    ['Better coffee than Lakeside Clinic, honestly.', [competitor], 'Lakeside Clinic'],
    ['northwind health opened a new site', [competitor], 'northwind health'],
    ['This tea cures arthritis, they say.', [cure], 'cures arthritis'],
    ['Filed INC004211 for the printer.', [ticket], 'INC004211'],
    ['Se habla de Lakeside Clinic en el barrio.', [competitor], 'Lakeside Clinic'],
  ])('finds %j', (text, rules, span) => {
    expect(spans(text, withRules(rules)).map((s) => s.span)).toEqual([span]);
  });

  it.each([
    ['Lakeside Clinical trials are recruiting.', [competitor]],
    ['Filed inc004211 for the printer.', [ticket]],
    ['There is no single cure for the common cold.', [cure]],
  ])('passes %j', (text, rules) => {
    expect(spans(text, withRules(rules))).toEqual([]);
  });

  it('reports custom:<id> with the rule\'s severity, category, message and snippet', () => {
    expect(spans('Lakeside Clinic', withRules([competitor, cure]))).toEqual([
      { span: 'Lakeside Clinic', rule: 'custom:no-competitor', category: 'CUSTOM', severity: 'warn', message: 'Do not name other providers (Lakeside Clinic).', fixes: [{ kind: 'snippet', snippetId: 'hand-hygiene-en' }] },
    ]);
    expect(spans('it cures gout', withRules([cure]))[0]).toMatchObject({ category: 'OUTCOME_GUARANTEE', severity: 'block' });
  });

  it('skips a rule that is switched off', () => {
    expect(spans('Lakeside Clinic', withRules([{ ...competitor, enabled: false }]))).toEqual([]);
  });
});
