/**
 * The shape of a policy rule, after ESLint's: `meta` says what the rule is, which messages it speaks and
 * which options it reads; `create(context)` looks at the draft and calls `context.report`. Term lists and
 * claims come from the policy (rules[id].options), so an organisation can tune a rule without code.
 */
import type { CheckDoc } from '../doc';
import type { Evidence, Finding, Fix, PolicyCategory, Severity } from '../types';
import type { Policy } from '../../policy/types';

/** A JSON Schema fragment (draft-07) for a rule's options; also published in the policy schema. */
export type OptionsSchema = Record<string, unknown>;

export interface RuleMeta {
  id: string;
  category: PolicyCategory;
  description: string;
  /** message templates by id; `{{name}}` is replaced from the report's data */
  messages: Record<string, string>;
  defaultSeverity: Severity;
  /** rules that need an admin's decision (the disclaimer) are off unless the policy turns them on */
  defaultEnabled: boolean;
  /** policy text section that explains the rule */
  section?: string;
  /**
   * 'post': the rule judges the whole post (a missing disclaimer) and always sees all of it.
   * 'passage' (default): findings come from the passage that triggered them, so a long draft may be
   * checked a paragraph at a time and unchanged paragraphs reuse their results.
   */
  scope?: 'post' | 'passage';
  options: OptionsSchema;
}

export interface Report {
  start: number;
  end: number;
  messageId: string;
  data?: Record<string, string | number>;
  fixes?: Fix[];
  evidence?: Partial<Evidence>;
}

export interface RuleContext<O> {
  doc: CheckDoc;
  policy: Policy;
  /** PHI findings already made on this text (a name plus a clinical event supports a patient story) */
  phi: readonly Finding[];
  options: O;
  report(report: Report): void;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta;
  create(context: RuleContext<O>): void;
}

/** Identity helper that keeps each rule file's option type checked against its `create`. */
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}

/** Fills `{{name}}` placeholders; unknown names are left visible so a broken override is noticed. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
