import { describe, expect, it } from 'vitest';
import { compile, fastFlags, findPattern, findTerms, termsRegex } from '../../../../lib/check/rules/text';
import { DEFAULT_POLICY } from '../../../../lib/policy/default';

/** Every string in a rule's options that is a list of regular expressions (…Patterns, patterns). */
function defaultPatterns(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (where: string, value: unknown, key: string) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        if (typeof v === 'string' && /patterns$/i.test(key)) out.push([`${where}[${i}]`, v]);
        else walk(`${where}[${i}]`, v, key);
      });
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(`${where}.${k}`, v, k);
    }
  };
  for (const [id, setting] of Object.entries(DEFAULT_POLICY.rules)) walk(id, setting.options, '');
  return out;
}

describe('policy regexes', () => {
  // regression: an escaped quote is invalid in unicode mode, so a pattern silently never matched
  it.each(defaultPatterns())('%s compiles as the rules compile it', (_where, pattern) => {
    expect(compile(pattern)).toBeInstanceOf(RegExp);
    expect(() => new RegExp(pattern, 'giu')).not.toThrow();
  });

  it('keeps the unicode flag only where a pattern needs it', () => {
    expect(fastFlags('\\bcure[sd]?\\b', 'iu')).toBe('ig');
    expect(fastFlags('(?<![\\p{L}])no', 'iu')).toBe('iug');
  });

  it('compiles a pattern once and matches accented words case-insensitively without the flag', () => {
    expect(compile('\\bniña\\b')).toBe(compile('\\bniña\\b'));
    expect('Una NIÑA llegó'.match(compile('\\bniña\\b')!)?.[0]).toBe('NIÑA');
  });

  it('finds every match on each call, skipping empty ones, although the compiled regex is shared', () => {
    expect(findPattern('aa b aa', 'a*').map((m) => [m.start, m.end])).toEqual([[0, 2], [5, 7]]);
    expect(findPattern('aa b aa', 'a*')).toHaveLength(2);
    const terms = ['drug seeker', 'frequent flyer'];
    expect(findTerms('two drug seekers and a frequent flyer', terms).map((m) => m.text)).toEqual(['drug seekers', 'frequent flyer']);
    expect(findTerms('another drug seeker', terms).map((m) => m.text)).toEqual(['drug seeker']);
  });

  it('builds one regex per term list, looked up by the list itself and by its contents', () => {
    const list = ['pill seeker'];
    expect(termsRegex(list)).toBe(termsRegex(list));
    expect(termsRegex(['pill seeker'])).toBe(termsRegex(list));
    expect(termsRegex([])).toBeUndefined();
  });
});
