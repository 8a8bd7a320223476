/**
 * The language recognizers (NAME, DATE, LOCATION, AGE_90_PLUS) come back with valid spans on 100 KB of
 * hostile input: repeated capitalised words, titles and prepositions, long digit runs, repeated
 * separators. No timing assertion (bench/ records speed); "it returns with sane spans" is the test.
 */
import { describe, expect, it } from 'vitest';
import { CheckDoc } from '../../../../lib/check/doc';
import { detectPhi } from '../../../../lib/check/phi';
import { age } from '../../../../lib/check/phi/age';
import { date } from '../../../../lib/check/phi/date';
import { location } from '../../../../lib/check/phi/location';
import { name } from '../../../../lib/check/phi/name';
import { DEFAULT_POLICY } from '../../../../lib/policy/default';

const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const HOSTILE: Record<string, string> = {
  'capitalised words': fill('Maria '),
  'capitalised run without spaces': fill('Aa'),
  'full names': fill('Maria Gonzalez Lopez '),
  'titles': fill('Mr. '),
  'patient words': fill('pt pt '),
  'relations': fill('her son Devon '),
  'possessives': fill("Grace's "),
  'initials': fill('J.R.'),
  'hyphens': fill('García-'),
  'apostrophes': fill("O'"),
  'digit run': fill('9'),
  'slashes': fill('1/'),
  'dashes': fill('12-'),
  'dots': fill('3.'),
  'ordinals': fill('the 14th '),
  'months': fill('March 14 '),
  'spanish dates': fill('14 de '),
  'ages': fill('99 '),
  'years old': fill('9 y/o '),
  'streets': fill('1 Oak '),
  'street types': fill('Oak St '),
  'prepositions': fill('in In '),
  'places': fill('from San de la '),
  'zip': fill('in 12345-'),
};

describe.each([name, date, location, age])('$id recognizer on 100 KB of hostile input', (recognizer) => {
  // The timeout only guards against a hang on a slow machine; `npm run bench` records speed.
  it.each(Object.entries(HOSTILE))('%s', { timeout: 60_000 }, (_label, text) => {
    const findings = detectPhi(new CheckDoc(text), DEFAULT_POLICY, [recognizer]);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });
});
