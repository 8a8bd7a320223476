/**
 * The shape every PHI recognizer follows (Presidio's PatternRecognizer): named patterns with base
 * scores, whole-word context words that raise the score, `validate` (checksums) and `invalidate`
 * (known false positives). One recognizer per file; the registry is lib/check/phi/index.ts.
 */
import type { CheckDoc } from '../doc';
import type { PhiCategory } from '../types';
import type { Policy } from '../../policy/types';

/** A possible identifier before context, thresholds and allowlists are applied. */
export interface Candidate {
  start: number;
  end: number;
  category: PhiCategory;
  /** base confidence 0..1 */
  score: number;
  recognizer: string;
  pattern: string;
  /** set when the recognizer itself already used a context word (e.g. "DOB 04-11-1957") */
  context?: string;
  /** the recognizer weighed the context itself: the registry's context words must not raise it again */
  contextApplied?: boolean;
}

export interface RecognizerContext {
  doc: CheckDoc;
  policy: Policy;
}

export interface Recognizer {
  /** file name without extension, e.g. "phone" */
  id: string;
  categories: readonly PhiCategory[];
  /** whole words or short phrases near a candidate that make it more likely to be PHI */
  context?: readonly string[];
  recognize(ctx: RecognizerContext): Candidate[];
}

export interface PatternDef {
  name: string;
  /** must be global (g); avoid nested quantifiers: every recognizer is fed 100 KB of adversarial input */
  regex: RegExp;
  score: number;
  /** which capture group is the identifier (default: the whole match); give the regex the `d` flag */
  group?: number;
}

export interface PatternRecognizerSpec {
  id: string;
  category: PhiCategory;
  patterns: readonly PatternDef[];
  context?: readonly string[];
  /** true: definitely valid (checksum passed) -> score 1; false: drop; undefined: keep score */
  validate?: (value: string) => boolean | undefined;
  /** true: a known false positive -> drop */
  invalidate?: (value: string, ctx: RecognizerContext, start: number, end: number) => boolean;
}

/** Builds a regex-driven recognizer from named patterns. */
export function patternRecognizer(spec: PatternRecognizerSpec): Recognizer {
  return {
    id: spec.id,
    categories: [spec.category],
    context: spec.context,
    recognize(ctx) {
      const out: Candidate[] = [];
      for (const p of spec.patterns) {
        p.regex.lastIndex = 0;
        for (const m of ctx.doc.text.matchAll(p.regex)) {
          const value = p.group ? m[p.group] : m[0];
          if (value === undefined) continue;
          // With the `d` flag the group's own offset is exact; otherwise find it inside the match.
          const start = p.group ? (m.indices?.[p.group]?.[0] ?? m.index + m[0].indexOf(value)) : m.index;
          const end = start + value.length;
          if (spec.invalidate?.(value, ctx, start, end)) continue;
          const valid = spec.validate?.(value);
          if (valid === false) continue;
          out.push({ start, end, category: spec.category, score: valid ? Math.max(p.score, 1) : p.score, recognizer: spec.id, pattern: p.name });
        }
      }
      return out;
    },
  };
}
