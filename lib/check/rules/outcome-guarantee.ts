/**
 * OUTCOME_GUARANTEE: promises of a cure or a guaranteed result, and unqualified outcome testimonials.
 * A sentence that is itself a qualifier ("results vary", "we can't guarantee") is not a promise.
 */
import { defineRule } from './rule';
import { findPatterns, findTerms } from './text';

export interface OutcomeGuaranteeOptions {
  terms: string[];
  patterns: string[];
  qualifiers: string[];
}

const list = { type: 'array', items: { type: 'string' } };

export default defineRule<OutcomeGuaranteeOptions>({
  meta: {
    id: 'outcome-guarantee',
    category: 'OUTCOME_GUARANTEE',
    description: 'Promises a cure or a guaranteed result, or an unqualified testimonial of outcome.',
    messages: {
      promise: '"{{text}}" promises an outcome. Results vary; describe what the treatment can do and for whom.',
    },
    defaultSeverity: 'warn',
    defaultEnabled: true,
    section: 'claims',
    options: {
      type: 'object',
      properties: {
        terms: { ...list, description: 'words and phrases that promise a result, matched as whole words' },
        patterns: { ...list, description: 'regular expressions for promises ("100% success", "cures ... for good")' },
        qualifiers: { ...list, description: 'phrases that make a sentence a qualifier rather than a promise' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { doc, options } = context;
    const hits = [...findTerms(doc.text, options.terms ?? []), ...findPatterns(doc.text, options.patterns ?? [])]
      .sort((a, b) => a.start - b.start);
    for (const hit of hits) {
      const sentence = doc.sentenceAt(hit.start);
      const around = (sentence?.text ?? hit.text).toLowerCase();
      if (findTerms(around, options.qualifiers ?? []).length) continue;
      // "no guarantee", "can't guarantee", "not guaranteed": the negation sits just before the word.
      const before = doc.lower.slice(Math.max(0, hit.start - 16), hit.start);
      if (/\b(no|not|never|can't|cannot|can not|don't|won't|ni|sin|pas)\s+(\w+\s+)?$/.test(before)) continue;
      context.report({ start: hit.start, end: hit.end, messageId: 'promise', data: { text: hit.text.trim() } });
      return;
    }
  },
});
