/**
 * Policy rules: post-level findings (patient story, advice, misinformation, ...). The registry lists
 * every built-in rule once; runRules applies the policy's settings (enabled, severity, message, section,
 * options) to each and then runs the organisation's custom rules.
 */
import type { CheckDoc } from '../doc';
import type { Finding } from '../types';
import type { Policy } from '../../policy/types';
import { runCustomRules } from './custom';
import disclaimer from './disclaimer';
import medicalAdvice from './medical-advice';
import misinformation from './misinformation';
import outcomeGuarantee from './outcome-guarantee';
import patientStory from './patient-story';
import { formatMessage, type Rule } from './rule';
import unprofessional from './unprofessional';

/** One line per rule file. The option types differ per rule; the registry only needs the common shape. */
export const RULES: readonly Rule<never>[] = [
  patientStory, medicalAdvice, misinformation, unprofessional, outcomeGuarantee, disclaimer,
] as readonly Rule<never>[];

export function runRule(rule: Rule<never>, doc: CheckDoc, policy: Policy, phi: readonly Finding[]): Finding[] {
  const setting = policy.rules?.[rule.meta.id];
  if (!(setting?.enabled ?? rule.meta.defaultEnabled)) return [];
  const out: Finding[] = [];
  rule.create({
    doc,
    policy,
    phi,
    options: (setting?.options ?? {}) as never,
    report(r) {
      const template = setting?.message ?? rule.meta.messages[r.messageId] ?? r.messageId;
      out.push({
        start: r.start,
        end: r.end,
        category: rule.meta.category,
        rule: rule.meta.id,
        severity: setting?.severity ?? rule.meta.defaultSeverity,
        message: formatMessage(template, r.data),
        evidence: { recognizer: rule.meta.id, score: 1, ...r.evidence },
        ...(r.fixes?.length ? { fixes: r.fixes } : {}),
        ...((setting?.section ?? rule.meta.section) ? { section: setting?.section ?? rule.meta.section } : {}),
      });
    },
  });
  return out;
}

/** Which rules to run: all of them, only the whole-post ones, or only the passage ones. */
export type RuleScope = 'all' | 'post' | 'passage';

export function runRules(doc: CheckDoc, policy: Policy, phi: readonly Finding[], scope: RuleScope = 'all'): Finding[] {
  const rules = scope === 'all' ? RULES : RULES.filter((r) => (r.meta.scope ?? 'passage') === scope);
  const custom = scope === 'post' ? [] : runCustomRules(doc, policy);
  return [...rules.flatMap((rule) => runRule(rule, doc, policy, phi)), ...custom];
}
