import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../lib/policy/default';
import { parsePolicyJson, validatePolicy, type PolicyError } from '../../../lib/policy/validate';

const errorsOf = (doc: unknown): PolicyError[] => {
  const r = validatePolicy(doc);
  return r.ok ? [] : r.errors;
};
const snippet = { id: 'hydrate', title: 'Drink water', body: 'Drink water on hot days.', tags: ['heat'], language: 'en', sourceUrl: 'https://www.cdc.gov/heat-health/', lastReviewed: '2025-06-01' };

describe('validatePolicy', () => {
  it('accepts the embedded default policy as it is', () => {
    expect(validatePolicy(DEFAULT_POLICY)).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });

  it('accepts a partial document and fills the rest from the default, section by section', () => {
    const r = validatePolicy({ schemaVersion: 1, organization: { name: 'Riverside Health' }, rules: { misinformation: { severity: 'warn' } } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.organization.name).toBe('Riverside Health');
    expect(r.policy.rules.misinformation.severity).toBe('warn');
    expect(r.policy.rules.misinformation.options).toEqual(DEFAULT_POLICY.rules.misinformation.options);
    expect(r.policy.snippets).toEqual(DEFAULT_POLICY.snippets);
  });

  it('replaces lists wholesale: an organisation\'s snippets are its whole library', () => {
    const r = validatePolicy({ schemaVersion: 1, snippets: [snippet], rules: { misinformation: { enabled: false } } });
    expect(r.ok && r.policy.snippets).toEqual([snippet]);
  });

  it.each([
    [{ schemaVersion: 1, snippets: [{ ...snippet, sourceUrl: 'http://example.org' }] }, '/snippets/0/sourceUrl', 'must be a web address starting with https://'],
    [{ schemaVersion: 1, snippets: [{ ...snippet, lastReviewed: '1 June 2025' }] }, '/snippets/0/lastReviewed', 'must be a date written YYYY-MM-DD, e.g. 2025-09-30'],
    [{ schemaVersion: 1, snippets: [{ ...snippet, title: undefined }] }, '/snippets/0/title', 'is required but missing'],
    [{ schemaVersion: 1, rules: { 'patient-story': { severity: 'high' } } }, '/rules/patient-story/severity', 'must be one of: "block", "warn", "info"'],
    [{ schemaVersion: 1, rules: { 'no-such-rule': { enabled: true } } }, '/rules/no-such-rule', 'is not a rule PostSafe knows; check the spelling'],
    [{ schemaVersion: 1, orgnization: { name: 'x' } }, '/orgnization', 'is not a setting PostSafe knows; check the spelling'],
    [{ schemaVersion: 1, phi: { minScore: 3 } }, '/phi/minScore', 'must be 1 or less'],
    [{ schemaVersion: 1, overrides: { allowPause: 'yes' } }, '/overrides/allowPause', 'must be true or false'],
    [{ schemaVersion: 1, allowlists: { domains: ['https://cdc.gov/flu'] } }, '/allowlists/domains/0', 'must be a domain name like example.org (no https://, no path)'],
    [{ schemaVersion: 1, organization: { name: '' } }, '/organization/name', 'must not be empty'],
    [{ schemaVersion: 1, policyText: 'be nice' }, '/policyText', 'must be a list in [ ]'],
    [{ schemaVersion: 2 }, '/schemaVersion', 'is 2, but this PostSafe reads schema version 1'],
    [{ organization: { name: 'x' } }, '/schemaVersion', 'is required but missing: add "schemaVersion": 1'],
  ])('reports %j at its path in plain words', (doc, path, message) => {
    expect(errorsOf(doc)).toContainEqual({ path, message });
  });

  it('rejects an invalid regular expression in a custom rule', () => {
    const errors = errorsOf({ schemaVersion: 1, customRules: [{ id: 'bad', kind: 'regex', pattern: 'MRN(\\d+', severity: 'warn', message: 'x' }] });
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe('/customRules/0/pattern');
    expect(errors[0].message).toMatch(/^is not a valid regular expression \(/);
  });

  it('rejects an invalid regular expression in a rule option', () => {
    const errors = errorsOf({ schemaVersion: 1, rules: { 'outcome-guarantee': { options: { patterns: ['(unclosed'] } } } });
    expect(errors.map((e) => e.path)).toEqual(['/rules/outcome-guarantee/options/patterns/0']);
  });

  it('rejects duplicate ids and names the first use', () => {
    expect(errorsOf({ schemaVersion: 1, snippets: [snippet, snippet], rules: { misinformation: { enabled: false } } })).toEqual([
      { path: '/snippets/1/id', message: 'the snippet id "hydrate" is already used by /snippets/0; ids must be unique' },
    ]);
    const rule = { id: 'a', kind: 'terms', terms: ['x'], severity: 'warn', message: 'm' };
    expect(errorsOf({ schemaVersion: 1, customRules: [rule, rule] }).map((e) => e.path)).toEqual(['/customRules/1/id']);
  });

  it('rejects references to snippets, sections and templates that do not exist', () => {
    const errors = errorsOf({
      schemaVersion: 1,
      customRules: [{ id: 'a', kind: 'terms', terms: ['x'], severity: 'warn', message: 'm', snippet: 'nope', section: 'nowhere' }],
      rules: { 'medical-advice': { options: { replyTemplates: { en: 'missing-template' } } } },
    });
    expect(errors.map((e) => e.path).sort()).toEqual(['/customRules/0/section', '/customRules/0/snippet', '/rules/medical-advice/options/replyTemplates/en']);
  });

  it('requires the field each custom rule kind needs', () => {
    const errors = errorsOf({ schemaVersion: 1, customRules: [{ id: 'a', kind: 'terms', severity: 'warn', message: 'm' }, { id: 'b', kind: 'phrase', severity: 'warn', message: 'm' }] });
    expect(errors.map((e) => e.path)).toEqual(['/customRules/0/terms', '/customRules/1/match']);
  });

  it('reports every error at once, and never returns a half-applied policy', () => {
    const r = validatePolicy({ schemaVersion: 1, organization: { name: 'Good name' }, phi: { minScore: -1 }, sites: { enabled: 'on' } });
    expect(r.ok).toBe(false);
    expect(r).not.toHaveProperty('policy');
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['/phi/minScore', '/sites/enabled']);
  });

  it('rejects a "__proto__" key instead of letting it change the merged object', () => {
    const doc = JSON.parse('{"schemaVersion":1,"__proto__":{"polluted":true}}');
    expect(errorsOf(doc)).toContainEqual({ path: '/__proto__', message: 'is not a setting PostSafe knows; check the spelling' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a broken regex together with shape errors, in one pass', () => {
    const errors = errorsOf({ schemaVersion: 1, phi: { minScore: 2 }, customRules: [{ id: 'a', kind: 'regex', pattern: '([a-z]', severity: 'warn', message: 'm' }] });
    expect(errors.map((e) => e.path)).toEqual(['/phi/minScore', '/customRules/0/pattern']);
  });

  it('caps a flood of errors with a summary line', () => {
    const snippets = Array.from({ length: 300 }, (_, i) => ({ ...snippet, id: `s${i}`, sourceUrl: 'ftp://x' }));
    const errors = errorsOf({ schemaVersion: 1, snippets });
    expect(errors).toHaveLength(101);
    expect(errors.at(-1)).toEqual({ path: '', message: 'and 200 more error(s) like these; fix the ones above first' });
  });

  it.each([null, 42, 'policy', [], true])('rejects %j as a whole', (doc) => {
    expect(errorsOf(doc)).toEqual([{ path: '', message: 'the policy must be a JSON object in { }' }]);
  });
});

describe('parsePolicyJson', () => {
  it('names the place of a syntax error', () => {
    const r = parsePolicyJson('{\n  "schemaVersion": 1,\n  "organization": { "name": "x" ,, }\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/^not valid JSON at line 3, column \d+/);
  });

  it('rejects every truncation of a valid document with a clear error, never a crash', () => {
    const text = JSON.stringify({ schemaVersion: 1, organization: { name: 'Riverside Health' }, snippets: [snippet], rules: { misinformation: { enabled: false } } });
    for (let cut = 0; cut < text.length; cut++) {
      const r = parsePolicyJson(text.slice(0, cut));
      expect(r.ok, `cut at ${cut}`).toBe(false);
      if (!r.ok) expect(r.errors[0].message.length).toBeGreaterThan(5);
    }
    expect(parsePolicyJson(text).ok).toBe(true);
  });

  it('survives fuzzed documents: each result is a policy or errors with paths', () => {
    const base = JSON.stringify(DEFAULT_POLICY);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const junk = ['"', '{', '}', '[', ']', ',', ':', '0', 'null', 'true', '"x"', '-1', '\\'];
    for (let i = 0; i < 150; i++) {
      const at = Math.floor(random() * base.length);
      const fuzzed = base.slice(0, at) + junk[Math.floor(random() * junk.length)] + base.slice(at + Math.floor(random() * 3));
      const r = parsePolicyJson(fuzzed);
      if (!r.ok) for (const e of r.errors) expect(typeof e.path === 'string' && e.message.length > 0).toBe(true);
    }
  });

  it('refuses an empty file', () => {
    expect(parsePolicyJson('  ')).toEqual({ ok: false, errors: [{ path: '', message: 'the policy file is empty' }] });
  });
});
