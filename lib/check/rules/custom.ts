/**
 * The organisation's own rules (policy.customRules): a term list, a compromise match phrase or a regular
 * expression, each with its id, severity, message and an optional snippet to suggest. Reported as
 * `custom:<id>`; the category is the rule's own (default CUSTOM).
 */
import type { CheckDoc } from '../doc';
import type { Finding } from '../types';
import type { CustomRule, Policy } from '../../policy/types';
import { formatMessage } from './rule';
import { findPattern, findTerms, type Match } from './text';

interface Offset {
  offset: { start: number; length: number };
  text: string;
}

function phraseMatches(doc: CheckDoc, match: string): Match[] {
  try {
    const found = doc.nlp.match(match).out('offset') as Offset[];
    // compromise counts trailing punctuation into a term's offset; the span should end on the word.
    return found.map((m) => {
      const start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[\s\p{P}]/u.test(doc.text[end - 1])) end--;
      return { start, end, text: doc.text.slice(start, end) };
    });
  } catch {
    return [];
  }
}

function matches(doc: CheckDoc, rule: CustomRule): Match[] {
  switch (rule.kind) {
    case 'terms':
      return findTerms(doc.text, rule.terms ?? []);
    case 'phrase':
      return rule.match ? phraseMatches(doc, rule.match) : [];
    case 'regex':
      return rule.pattern ? findPattern(doc.text, rule.pattern, rule.flags ?? 'i') : [];
  }
}

export function runCustomRules(doc: CheckDoc, policy: Policy): Finding[] {
  const out: Finding[] = [];
  for (const rule of policy.customRules ?? []) {
    if (rule.enabled === false) continue;
    for (const m of matches(doc, rule)) {
      if (m.end <= m.start) continue;
      out.push({
        start: m.start,
        end: m.end,
        category: rule.category ?? 'CUSTOM',
        rule: `custom:${rule.id}`,
        severity: rule.severity,
        message: formatMessage(rule.message, { text: m.text }),
        evidence: { recognizer: 'custom', pattern: rule.kind, score: 1 },
        ...(rule.snippet ? { fixes: [{ kind: 'snippet' as const, snippetId: rule.snippet }] } : {}),
        ...(rule.section ? { section: rule.section } : {}),
      });
    }
  }
  return out;
}
