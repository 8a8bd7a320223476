import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compile, fastFlags, findPattern, findTerms, requiredLiterals, termsRegex } from '../../../../lib/check/rules/text';
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

describe('words a pattern needs before it is run', () => {
  it('reads the longest plain run of each top-level alternative', () => {
    expect(requiredLiterals('\\bflu (?:shot|jab)s? causes flu')).toEqual(['causes']);
    expect(requiredLiterals('\\bgo back to (?:your|their) country|\\bque se regresen\\b')).toEqual(['country', 'regresen']);
    expect(requiredLiterals('colou?r')).toEqual(['colo']); // the optional letter is not needed
    expect(requiredLiterals('a{0,3}bcd')).toEqual(['bcd']);
    expect(requiredLiterals('\\p{Lu}\\p{Ll}+ing')).toEqual(['ing']);
    expect(requiredLiterals('[abc]+def')).toEqual(['def']);
  });

  it('gives up when an alternative needs no plain word', () => {
    expect(requiredLiterals('\\b(?:diabetes|cancer)\\b')).toBeUndefined();
    expect(requiredLiterals('abc|\\d+')).toBeUndefined();
    expect(requiredLiterals('ab|cd')).toBeUndefined(); // two letters are too weak a filter to be worth it
  });

  it('never drops a match: every default pattern on real drafts finds what the regex alone finds', () => {
    const patterns: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') patterns.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    for (const setting of Object.values(DEFAULT_POLICY.rules)) {
      for (const [key, value] of Object.entries(setting.options ?? {})) if (/patterns$|^claims$|^cues$/i.test(key)) walk(value);
    }
    const drafts = ['fresh26', 'fresh27'].flatMap((name) => readFileSync(`tests/eval/corpus-${name}.jsonl`, 'utf8').split('\n').filter(Boolean)
      .map((line) => (JSON.parse(line) as { text_marked: string }).text_marked.replace(/\[\[[A-Z_0-9]+\|([^\]]*)\]\]/g, '$1')));
    let matched = 0;
    for (const pattern of patterns) {
      const re = compile(pattern);
      if (!re || !requiredLiterals(pattern)) continue;
      for (const text of drafts) {
        const direct = [...text.matchAll(new RegExp(re.source, re.flags))].filter((m) => m[0].length).map((m) => m.index);
        expect(findPattern(text, pattern).map((m) => m.start), pattern).toEqual(direct);
        matched += direct.length;
      }
    }
    expect(matched).toBeGreaterThan(50); // the drafts do exercise the patterns
  }, 60_000);
});

