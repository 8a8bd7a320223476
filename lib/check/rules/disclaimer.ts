/**
 * MISSING_DISCLAIMER: the organisation requires a disclaimer (policy.disclaimer.required) and the post
 * gives health information (or every post, when appliesTo is "always") without it. Off by default:
 * only an organisation can decide its posts need one. The fix appends the policy's disclaimer text.
 */
import { defineRule } from './rule';
import { findTerms, trimSpan } from './text';

export interface DisclaimerOptions {
  /** words that make a post "health information" */
  healthWords: string[];
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export default defineRule<DisclaimerOptions>({
  meta: {
    id: 'disclaimer',
    category: 'MISSING_DISCLAIMER',
    scope: 'post',
    description: 'A post that gives health information lacks the disclaimer the organisation requires.',
    messages: {
      missing: 'Your organisation asks for this disclaimer on health information: "{{disclaimer}}"',
    },
    defaultSeverity: 'info',
    defaultEnabled: false,
    section: 'disclaimer',
    options: {
      type: 'object',
      properties: {
        healthWords: { type: 'array', items: { type: 'string' }, description: 'words that make a post health information' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { doc, policy, options } = context;
    const d = policy.disclaimer;
    if (!d?.required || !d.text.trim()) return;
    if (squash(doc.text).includes(squash(d.text))) return;
    if (d.appliesTo !== 'always' && !findTerms(doc.text, options.healthWords ?? []).length) return;
    const last = doc.sentences.at(-1);
    if (!last) return;
    const span = trimSpan(doc.text, last.start, last.end);
    const kept = doc.text.slice(span.start, span.end);
    context.report({
      start: span.start,
      end: span.end,
      messageId: 'missing',
      data: { disclaimer: d.text },
      fixes: [{ kind: 'replace', replacement: `${kept}\n\n${d.text}`, label: 'Add the disclaimer' }],
    });
  },
});
