/** Shared by the recognizer tests: run one recognizer through the real pipeline (context, threshold). */
import { CheckDoc } from '../../../../lib/check/doc';
import { detectPhi } from '../../../../lib/check/phi';
import type { Recognizer } from '../../../../lib/check/phi/recognizer';
import type { PhiCategory } from '../../../../lib/check/types';
import { DEFAULT_POLICY } from '../../../../lib/policy/default';

export interface Span {
  start: number;
  end: number;
  category: string;
}

/** What the recognizer reports on `text` under the default policy, as plain spans. */
export function spans(recognizer: Recognizer, text: string): Span[] {
  return detectPhi(new CheckDoc(text), DEFAULT_POLICY, [recognizer]).map((f) => ({ start: f.start, end: f.end, category: f.category }));
}

/** The spans expected for each surface string (searched left to right, so repeats are found in turn). */
export function expected(text: string, category: PhiCategory, ...surfaces: string[]): Span[] {
  let from = 0;
  return surfaces.map((s) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`"${s}" is not in the row's text`);
    from = start + s.length;
    return { start, end: start + s.length, category };
  });
}

/** The findings' evidence, for rows that check why a finding was raised. */
export function evidence(recognizer: Recognizer, text: string) {
  return detectPhi(new CheckDoc(text), DEFAULT_POLICY, [recognizer]).map((f) => f.evidence);
}
