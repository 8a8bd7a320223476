import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compile, fastFlags, findPattern, findTerms, termsRegex } from '../../../../lib/check/rules/text';
import { requiredLiterals } from '../../../../lib/check/rules/needles';
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
  it('reads the exact strings a sequence of plain pieces can match', () => {
    expect(requiredLiterals('\\bflu (?:shot|jab)s? causes flu')).toEqual(['flu shots causes flu', 'flu shot causes flu', 'flu jabs causes flu', 'flu jab causes flu']);
    expect(requiredLiterals('\\bgo back to (?:your|their) country|\\bque se regresen\\b')).toEqual(['go back to your country', 'go back to their country', 'que se regresen']);
    expect(requiredLiterals('colou?r')).toEqual(['colour', 'color']);
    expect(requiredLiterals('diab[èe]te\\w*')).toEqual(['diabète', 'diabete']);
    expect(requiredLiterals('\\b(?:diabetes|cancer)\\b')).toEqual(['diabetes', 'cancer']);
  });

  it('keeps the best run around pieces it cannot spell', () => {
    expect(requiredLiterals('a{0,3}bcd')).toEqual(['bcd']);
    expect(requiredLiterals('\\p{Lu}\\p{Ll}+ing')).toEqual(['ing']);
    expect(requiredLiterals('[abc]+def')).toEqual(['def']);
    expect(requiredLiterals('(?<=before )word\\s+(?!after)x')).toEqual(['word']); // lookarounds need nothing
    expect(requiredLiterals('(?:rat(?:e|ed)|scor(?:e|ed))\\s+(?:my|our)')).toEqual(['rate', 'rated', 'score', 'scored']);
  });

  it('gives up when an alternative needs no plain word, or on syntax it does not read', () => {
    expect(requiredLiterals('abc|\\d+')).toBeUndefined();
    expect(requiredLiterals('ab|cd')).toBeUndefined(); // two letters are too weak a filter to be worth it
    expect(requiredLiterals('(?:abc)?\\d')).toBeUndefined();
    expect(requiredLiterals('[a-z]{3,}ed')).toBeUndefined();
    expect(requiredLiterals('(?i:abc)def')).toBeUndefined();
    expect(requiredLiterals('\\u00e9t\\u00e9')).toBeUndefined();
  });

  it('never drops a match: every default pattern and term list on real drafts finds what the regex alone finds', () => {
    const patterns: string[] = [];
    const termLists: string[][] = [];
    // everything under a key ending in "patterns" or under claims and cues is a list of regexes; other lists are terms
    const walk = (value: unknown, regexes: boolean) => {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
        if (regexes) patterns.push(...value);
        else termLists.push(value);
      } else if (Array.isArray(value)) value.forEach((v) => walk(v, regexes));
      else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, regexes || /patterns$|^claims$|^cues$/i.test(k)));
    };
    for (const setting of Object.values(DEFAULT_POLICY.rules)) walk(setting.options ?? {}, false);
    const drafts = ['fresh24', 'fresh25', 'fresh26', 'fresh27'].flatMap((name) => readFileSync(`tests/eval/corpus-${name}.jsonl`, 'utf8').split('\n').filter(Boolean)
      .map((line) => (JSON.parse(line) as { text_marked: string }).text_marked.replace(/\[\[[A-Z_0-9]+\|([^\]]*)\]\]/g, '$1')));
    let filtered = 0;
    let matched = 0;
    const same = (re: RegExp | undefined, find: (text: string) => number[], label: string) => {
      if (!re || !requiredLiterals(re.source)) return;
      filtered++;
      for (const text of drafts) {
        const direct = [...text.matchAll(new RegExp(re.source, re.flags))].filter((m) => m[0].length).map((m) => m.index);
        expect(find(text), label).toEqual(direct);
        matched += direct.length;
      }
    };
    for (const pattern of patterns) same(compile(pattern), (text) => findPattern(text, pattern).map((m) => m.start), pattern);
    for (const terms of termLists) same(termsRegex(terms), (text) => findTerms(text, terms).map((m) => m.start), terms.join('|'));
    expect(filtered).toBeGreaterThan(500); // most of the default patterns do get a filter
    expect(matched).toBeGreaterThan(300); // and the drafts do exercise them
  }, 60_000);
});

