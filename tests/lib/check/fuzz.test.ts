/**
 * Hostile input never breaks the checker: whatever the draft, check() returns findings whose spans lie
 * inside the text, on valid boundaries, and it always returns.
 */
import { describe, expect, it } from 'vitest';
import { check, MAX_CHECK_LENGTH } from '../../../lib/check';
import { DEFAULT_POLICY } from '../../../lib/policy/default';

/** A small deterministic PRNG so a failure can be replayed from its seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const PIECES = [
  'Mrs. ', 'DOB ', 'MRN ', '555-201-3344', '@', '.', '/', '-', '(', ')', ' ', '\n', '\t', '\u0000', '\u202e',
  '\u0301', '\ud83d\ude00', '\ud800', '\udfff', 'é', 'Ω', '9', '0', 'a', 'Z', 'http://', 'www.', '+1 ', '#', '[[',
  'ß', 'İ', '\u200b', 'María ', 'né le 3 avril', '92yo', '3/14/25', 'room 4', '\r\n',
];

function randomText(seed: number, length: number): string {
  const r = rng(seed);
  let out = '';
  while (out.length < length) {
    out += r() < 0.7 ? PIECES[Math.floor(r() * PIECES.length)] : String.fromCharCode(Math.floor(r() * 0xffff));
  }
  return out;
}

function expectValidSpans(text: string) {
  const findings = check(text, DEFAULT_POLICY);
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(['block', 'warn', 'info']).toContain(f.severity);
    expect(typeof f.message).toBe('string');
  }
  return findings;
}

describe('check() on hostile input', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('random Unicode draft, seed %i', (seed) => {
    expectValidSpans(randomText(seed, 50 + seed * 37));
  });

  it.each([
    ['empty', ''],
    ['only spaces', ' '.repeat(1000)],
    ['control characters', Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('').repeat(50)],
    ['lone surrogates', '\ud800\udbff\udc00\udfff'.repeat(500)],
    ['combining marks', 'a' + '\u0301\u0300\u0302'.repeat(3000)],
    ['long digit run', '9'.repeat(100_000)],
    ['repeated separators', '1-'.repeat(50_000)],
    ['at-sign chain', 'a@'.repeat(50_000)],
    ['dotted numbers', '1.'.repeat(50_000)],
    ['capitalised words', 'Maria '.repeat(15_000)],
    ['slashes', '3/'.repeat(50_000)],
    ['parentheses', '('.repeat(50_000) + ')'.repeat(50_000)],
  ])('%s', (_name, text) => {
    expectValidSpans(text);
  });

  it('a 1 MB draft returns spans inside the checked prefix only', () => {
    const text = 'Call me at 555-201-3344 about the flu clinic. '.repeat(Math.ceil(1_000_000 / 46));
    const findings = expectValidSpans(text);
    for (const f of findings) expect(f.end).toBeLessThanOrEqual(MAX_CHECK_LENGTH);
  });

  it('checking never changes the text it was given', () => {
    const text = 'Mrs. Alvarez, DOB 04-11-1957, MRN 00482913';
    const copy = text.slice();
    check(text, DEFAULT_POLICY);
    expect(text).toBe(copy);
  });
});
