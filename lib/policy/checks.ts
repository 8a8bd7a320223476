/**
 * What JSON Schema cannot say: ids must be unique, references must point at something that exists,
 * and every regular expression must compile. Each problem comes back with its JSON path.
 */
import type { Policy } from './types';
import type { PolicyError } from './validate';

function duplicates(items: readonly { id: string }[] | undefined, path: string, what: string): PolicyError[] {
  const seen = new Map<string, number>();
  const out: PolicyError[] = [];
  (items ?? []).forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else out.push({ path: `${path}/${i}/id`, message: `the ${what} id "${item.id}" is already used by ${path}/${first}; ids must be unique` });
  });
  return out;
}

function regexError(pattern: string, flags: string): string | undefined {
  try {
    new RegExp(pattern, flags);
    return undefined;
  } catch (e) {
    return (e as Error).message.replace(/^Invalid regular expression: /, '');
  }
}

/** Every string list under an options key that holds regular expressions. */
function optionPatterns(options: Record<string, unknown> | undefined, path: string): { path: string; pattern: string }[] {
  const out: { path: string; pattern: string }[] = [];
  for (const [key, value] of Object.entries(options ?? {})) {
    if (/patterns$/i.test(key) && Array.isArray(value)) {
      value.forEach((p, i) => typeof p === 'string' && out.push({ path: `${path}/${key}/${i}`, pattern: p }));
    }
    if (key === 'claims' && Array.isArray(value)) {
      value.forEach((claim: { patterns?: unknown }, i) => {
        if (Array.isArray(claim?.patterns)) claim.patterns.forEach((p, j) => typeof p === 'string' && out.push({ path: `${path}/claims/${i}/patterns/${j}`, pattern: p }));
      });
    }
  }
  return out;
}

/** The options a document itself sets for a rule (not those it inherits from the default). */
function ownOptions(doc: unknown, ruleId: string): Record<string, unknown> {
  const rules = (doc as { rules?: Record<string, { options?: Record<string, unknown> }> })?.rules;
  const options = rules && typeof rules === 'object' ? rules[ruleId]?.options : undefined;
  return options && typeof options === 'object' ? options : {};
}

/**
 * `policy` is the merged document, `doc` what the organisation wrote. References a built-in rule
 * inherits from the default (a claim's snippet, a reply template) may point at nothing once the
 * organisation replaces its snippet library: the finding then simply has no fix. References the
 * organisation wrote itself must exist.
 */
export function semanticErrors(policy: Policy, doc: unknown = policy): PolicyError[] {
  const errors: PolicyError[] = [
    ...duplicates(policy.policyText, '/policyText', 'section'),
    ...duplicates(policy.customRules, '/customRules', 'custom rule'),
    ...duplicates(policy.snippets, '/snippets', 'snippet'),
    ...duplicates(policy.replyTemplates, '/replyTemplates', 'reply template'),
  ];
  const sections = new Set(policy.policyText.map((s) => s.id));
  const snippets = new Set(policy.snippets.map((s) => s.id));
  const templates = new Set(policy.replyTemplates.map((t) => t.id));

  policy.customRules.forEach((rule, i) => {
    const at = `/customRules/${i}`;
    if (rule.kind === 'terms' && !rule.terms?.length) errors.push({ path: `${at}/terms`, message: 'a "terms" rule needs a list of at least one term' });
    if (rule.kind === 'phrase' && !rule.match) errors.push({ path: `${at}/match`, message: 'a "phrase" rule needs a match phrase' });
    if (rule.kind === 'regex') {
      if (!rule.pattern) errors.push({ path: `${at}/pattern`, message: 'a "regex" rule needs a pattern' });
      else {
        const problem = regexError(rule.pattern, rule.flags ?? 'i');
        if (problem) errors.push({ path: `${at}/pattern`, message: `is not a valid regular expression (${problem})` });
      }
    }
    if (rule.snippet && !snippets.has(rule.snippet)) errors.push({ path: `${at}/snippet`, message: `names the snippet "${rule.snippet}", which is not in /snippets` });
    if (rule.section && !sections.has(rule.section)) errors.push({ path: `${at}/section`, message: `names the section "${rule.section}", which is not in /policyText` });
  });

  for (const [ruleId, setting] of Object.entries(policy.rules)) {
    const at = `/rules/${ruleId}`;
    if (setting.section && !sections.has(setting.section)) errors.push({ path: `${at}/section`, message: `names the section "${setting.section}", which is not in /policyText` });
    for (const { path, pattern } of optionPatterns(setting.options, `${at}/options`)) {
      const problem = regexError(pattern, 'iu');
      if (problem) errors.push({ path, message: `is not a valid regular expression (${problem})` });
    }
    const claims = (setting.options?.claims ?? []) as { id: string; snippet: string }[];
    errors.push(...duplicates(claims, `${at}/options/claims`, 'claim'));
    const own = ownOptions(doc, ruleId);
    if (own.claims) claims.forEach((c, i) => {
      if (!snippets.has(c.snippet)) errors.push({ path: `${at}/options/claims/${i}/snippet`, message: `names the snippet "${c.snippet}", which is not in /snippets` });
    });
    const replies = (own.replyTemplates ?? {}) as Record<string, string>;
    for (const [lang, templateId] of Object.entries(replies)) {
      if (!templates.has(templateId)) errors.push({ path: `${at}/options/replyTemplates/${lang}`, message: `names the reply template "${templateId}", which is not in /replyTemplates` });
    }
  }

  policy.snippets.forEach((s, i) => {
    if (s.expires && s.expires < s.lastReviewed) errors.push({ path: `/snippets/${i}/expires`, message: 'must be after lastReviewed' });
  });
  if (policy.disclaimer.required && !policy.disclaimer.text.trim()) errors.push({ path: '/disclaimer/text', message: 'must not be empty when the disclaimer is required' });
  return errors;
}
